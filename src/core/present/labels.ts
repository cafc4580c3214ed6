// Message keys for the view model's enumerations, so the popup and the Markdown export name things
// the same way.
import type { ImpactLevel } from '../score/index.ts';
import type { Category } from '../taxonomy/categories.ts';
import type { Grade } from './catalog-view.ts';
import type { MessageKey, Translate } from './i18n.ts';
import type { DocumentedVsObserved, FieldView, VendorView } from './view-model.ts';

export const categoryKey = (c: Category) => `cat_${c.replaceAll('-', '_')}` as MessageKey;
export const gradeKey = (g: Grade) => `grade_${g}` as MessageKey;
export const levelKey = (l: ImpactLevel) => `level_${l.replaceAll('-', '_')}` as MessageKey;

const VENDOR_KEYS: Record<VendorView['role'], MessageKey> = {
  payment: 'vendor_payment',
  'identity-verification': 'vendor_identity',
  captcha: 'vendor_captcha',
};
export const vendorText = (t: Translate, v: VendorView) =>
  t(v.role === 'payment' && v.via === 'script' ? 'vendor_payment_script' : VENDOR_KEYS[v.role], v.name);

export const stepText = (t: Translate, f: { step: number; stepName: string }) =>
  f.stepName ? t('stepNamed', [f.step, f.stepName]) : t('stepLabel', f.step);

export const categoryList = (t: Translate, categories: readonly Category[]) =>
  categories.length ? categories.map((c) => t(categoryKey(c)).toLowerCase()).join(t('listSeparator')) : t('none');

export const requiredText = (t: Translate, f: FieldView) => t(f.required ? 'required' : 'optional');

export const verificationKey = (step: string) => `verify_${step.replaceAll('-', '_')}` as MessageKey;

/** A documented verification step in words; an id the messages do not know is shown as it is. */
export const verificationText = (t: Translate, step: string) => t(verificationKey(step)) || step;

export const verificationList = (t: Translate, steps: readonly string[]) =>
  steps.length ? steps.map((s) => verificationText(t, s)).join(t('listSeparator')) : t('none');

/** "Documented: card and phone." / "Observed here: also identity documents." — one sentence a line. */
export function documentedSentences(t: Translate, d: DocumentedVsObserved): string[] {
  const lines = [t('documentedList', categoryList(t, d.documented))];
  if (d.conditional.length) lines.push(t('documentedSometimes', categoryList(t, d.conditional)));
  if (d.verification.length) lines.push(t('documentedVerification', verificationList(t, d.verification)));
  lines.push(d.observedNotDocumented.length ? t('observedAlso', categoryList(t, d.observedNotDocumented)) : t('observedAsDocumented'));
  if (d.documentedNotObserved.length) lines.push(t('documentedNotSeen', categoryList(t, d.documentedNotObserved)));
  return lines;
}
