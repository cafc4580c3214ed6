// How a provider's flow changed between two snapshots: fields, categories and requirements added,
// removed, made required or optional, and vendors that appeared or went. Fields are matched by meaning
// (field type and its n-th occurrence), not by selector or label, so a redesigned page with the same
// questions shows no change. The workspace timeline and the CLI's `kyc-lens timeline` share this.
import type { ObservedField } from '../flow/model.ts';
import { CATEGORIES, type Category } from '../taxonomy/categories.ts';
import { fieldTypeDef } from '../taxonomy/field-types.ts';
import { type CategoryStatus, categoryStatuses, type Snapshot } from './snapshot.ts';

export interface FieldRef {
  /** What matched the field across snapshots: `email#1`, or `unknown:"promo"#1` for unrecognised fields. */
  identity: string;
  fieldType: string;
  category: Category;
  label: string;
  required: boolean;
  stepIndex: number;
}

export interface VendorRef {
  vendorId: string;
  role: Snapshot['vendors'][number]['role'];
}

export interface SnapshotDiff {
  from: { id: string; savedAt: number };
  to: { id: string; savedAt: number };
  fieldsAdded: FieldRef[];
  fieldsRemoved: FieldRef[];
  fieldsMadeRequired: FieldRef[];
  fieldsMadeOptional: FieldRef[];
  categoriesAdded: Category[];
  categoriesRemoved: Category[];
  categoriesMadeRequired: Category[];
  categoriesMadeOptional: Category[];
  requirementsAdded: string[];
  requirementsRemoved: string[];
  vendorsAdded: VendorRef[];
  vendorsRemoved: VendorRef[];
  steps: { from: number; to: number };
  /** True when nothing above changed (times, URLs and versions are not compared). */
  unchanged: boolean;
}

type DiffInput = Pick<Snapshot, 'id' | 'savedAt' | 'fields' | 'vendors' | 'steps'>;

const normalLabel = (label: string) => label.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Fields keyed by meaning, in flow order; repeats of a type get #2, #3… */
export function fieldIdentities(fields: readonly ObservedField[]): Map<string, FieldRef> {
  const counts = new Map<string, number>();
  const out = new Map<string, FieldRef>();
  for (const f of fields) {
    const base = fieldTypeDef(f.fieldType) && f.fieldType !== 'unknown' ? f.fieldType : `${f.fieldType}:"${normalLabel(f.label)}"`;
    const n = (counts.get(base) ?? 0) + 1;
    counts.set(base, n);
    const identity = `${base}#${n}`;
    out.set(identity, { identity, fieldType: f.fieldType, category: f.category, label: f.label, required: f.required, stepIndex: f.stepIndex });
  }
  return out;
}

const vendorKey = (v: VendorRef) => `${v.role}:${v.vendorId}`;
function vendorSet(vendors: Snapshot['vendors']): Map<string, VendorRef> {
  const out = new Map<string, VendorRef>();
  for (const v of vendors) out.set(vendorKey(v), { vendorId: v.vendorId, role: v.role });
  return out;
}

const requirementSet = (fields: readonly ObservedField[]) => new Set(fields.flatMap((f) => f.requirements));
const categoryOrder = (a: Category, b: Category) => CATEGORIES.indexOf(a) - CATEGORIES.indexOf(b);

export function diffSnapshots(a: DiffInput, b: DiffInput): SnapshotDiff {
  const fa = fieldIdentities(a.fields);
  const fb = fieldIdentities(b.fields);
  const fieldsAdded = [...fb.values()].filter((f) => !fa.has(f.identity));
  const fieldsRemoved = [...fa.values()].filter((f) => !fb.has(f.identity));
  const both = [...fb.values()].filter((f) => fa.has(f.identity));
  const fieldsMadeRequired = both.filter((f) => f.required && !fa.get(f.identity)!.required);
  const fieldsMadeOptional = both.filter((f) => !f.required && fa.get(f.identity)!.required);

  const ca: Map<Category, CategoryStatus> = categoryStatuses(a);
  const cb: Map<Category, CategoryStatus> = categoryStatuses(b);
  const categoriesAdded = [...cb.keys()].filter((c) => !ca.has(c)).sort(categoryOrder);
  const categoriesRemoved = [...ca.keys()].filter((c) => !cb.has(c)).sort(categoryOrder);
  const categoriesMadeRequired = [...cb.keys()].filter((c) => cb.get(c) === 'required' && ca.get(c) === 'optional').sort(categoryOrder);
  const categoriesMadeOptional = [...cb.keys()].filter((c) => cb.get(c) === 'optional' && ca.get(c) === 'required').sort(categoryOrder);

  const ra = requirementSet(a.fields);
  const rb = requirementSet(b.fields);
  const requirementsAdded = [...rb].filter((r) => !ra.has(r)).sort();
  const requirementsRemoved = [...ra].filter((r) => !rb.has(r)).sort();

  const va = vendorSet(a.vendors);
  const vb = vendorSet(b.vendors);
  const vendorsAdded = [...vb.values()].filter((v) => !va.has(vendorKey(v)));
  const vendorsRemoved = [...va.values()].filter((v) => !vb.has(vendorKey(v)));

  const steps = { from: a.steps.length, to: b.steps.length };
  const unchanged =
    fieldsAdded.length + fieldsRemoved.length + fieldsMadeRequired.length + fieldsMadeOptional.length === 0 &&
    categoriesAdded.length + categoriesRemoved.length + categoriesMadeRequired.length + categoriesMadeOptional.length === 0 &&
    requirementsAdded.length + requirementsRemoved.length + vendorsAdded.length + vendorsRemoved.length === 0 &&
    steps.from === steps.to;
  return {
    from: { id: a.id, savedAt: a.savedAt },
    to: { id: b.id, savedAt: b.savedAt },
    fieldsAdded,
    fieldsRemoved,
    fieldsMadeRequired,
    fieldsMadeOptional,
    categoriesAdded,
    categoriesRemoved,
    categoriesMadeRequired,
    categoriesMadeOptional,
    requirementsAdded,
    requirementsRemoved,
    vendorsAdded,
    vendorsRemoved,
    steps,
    unchanged,
  };
}

export const CATEGORY_TITLES: Record<Category, string> = {
  name: 'Name',
  email: 'Email',
  phone: 'Phone',
  address: 'Address',
  payment: 'Payment',
  'date-of-birth': 'Date of birth',
  'government-id': 'Government ID',
  nationality: 'Nationality',
  'tax-id': 'Tax ID',
  organization: 'Organization',
  'identity-document': 'Identity document',
  'intended-use': 'Intended use',
  credentials: 'Credentials',
  other: 'Other',
};

const ROLE_TITLES: Record<VendorRef['role'], string> = {
  payment: 'payment processor',
  'identity-verification': 'ID-verification vendor',
  captcha: 'captcha',
};

const fieldName = (f: FieldRef) => (f.label ? `${f.label} (${f.fieldType})` : f.fieldType);

/** The diff as short sentences, most significant first; empty when unchanged. */
export function describeDiff(d: SnapshotDiff): string[] {
  const out: string[] = [];
  for (const c of d.categoriesAdded) out.push(`New category: ${CATEGORY_TITLES[c]}`);
  for (const c of d.categoriesMadeRequired) out.push(`${CATEGORY_TITLES[c]} is now required`);
  for (const c of d.categoriesMadeOptional) out.push(`${CATEGORY_TITLES[c]} is now optional`);
  for (const c of d.categoriesRemoved) out.push(`Category no longer asked: ${CATEGORY_TITLES[c]}`);
  for (const v of d.vendorsAdded) out.push(`New ${ROLE_TITLES[v.role]}: ${v.vendorId}`);
  for (const v of d.vendorsRemoved) out.push(`No longer seen: ${ROLE_TITLES[v.role]} ${v.vendorId}`);
  for (const f of d.fieldsAdded) out.push(`Field added: ${fieldName(f)}${f.required ? ', required' : ''}`);
  for (const f of d.fieldsMadeRequired) out.push(`Field made required: ${fieldName(f)}`);
  for (const f of d.fieldsMadeOptional) out.push(`Field made optional: ${fieldName(f)}`);
  for (const f of d.fieldsRemoved) out.push(`Field removed: ${fieldName(f)}`);
  for (const r of d.requirementsAdded) out.push(`Now answers requirement ${r}`);
  for (const r of d.requirementsRemoved) out.push(`No longer answers requirement ${r}`);
  if (d.steps.from !== d.steps.to) out.push(`Steps: ${d.steps.from} → ${d.steps.to}`);
  return out;
}
