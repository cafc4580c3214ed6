// Which categories a flow asked for: the one answer the popup (badge and score), the history list,
// the comparison matrix, the timeline, the exports and the CLI all give. A category is asked when a
// form field of it is, or when a vendor's frame stands for it: a payment processor's card form or an
// identity-verification check runs in the vendor's frame, whose fields the extension cannot read, so
// Scaleway's card and ID steps count as Payment and Identity document. Such a frame counts as
// required (the step cannot be skipped). A vendor seen only through its script does not count: a
// script loads on pages that ask for nothing.
import { CATEGORIES, type Category } from '../taxonomy/categories.ts';

export interface AskingField {
  readonly category: Category;
  readonly required: boolean;
}

export interface AskingVendor {
  readonly role: 'payment' | 'identity-verification' | 'captcha';
  /** How it was seen; absent means a frame (older records). */
  readonly via?: 'frame' | 'script';
}

export type AskedStatus = 'required' | 'optional';

export interface CategoryAsked {
  readonly category: Category;
  readonly status: AskedStatus;
  /** 'vendor' when no form field asks for it, only a vendor's frame. */
  readonly source: 'field' | 'vendor';
}

/** The category a vendor's frame stands for, if any (a captcha is not identity data). */
export function vendorCategory(role: AskingVendor['role']): Category | null {
  if (role === 'identity-verification') return 'identity-document';
  if (role === 'payment') return 'payment';
  return null;
}

/** The categories asked, in the taxonomy's order. */
export function categoriesAsked(flow: { readonly fields: readonly AskingField[]; readonly vendors?: readonly AskingVendor[] }): CategoryAsked[] {
  const seen = new Map<Category, { required: boolean; source: 'field' | 'vendor' }>();
  for (const f of flow.fields) {
    const prev = seen.get(f.category);
    seen.set(f.category, { required: (prev?.required ?? false) || f.required, source: 'field' });
  }
  for (const v of flow.vendors ?? []) {
    if (v.via === 'script') continue;
    const category = vendorCategory(v.role);
    if (!category) continue;
    seen.set(category, { required: true, source: seen.get(category)?.source ?? 'vendor' });
  }
  return CATEGORIES.flatMap((category) => {
    const s = seen.get(category);
    return s ? [{ category, status: s.required ? 'required' : 'optional', source: s.source } satisfies CategoryAsked] : [];
  });
}

/** The same answer as a lookup: category → required / optional (absent when not asked). */
export function askedStatuses(flow: Parameters<typeof categoriesAsked>[0]): Map<Category, AskedStatus> {
  return new Map(categoriesAsked(flow).map((a) => [a.category, a.status]));
}
