// The form-kind rules in their one fixed order: the order of the weights in the data files.
import { CONTACT_ONLY_RULES } from './contact-only.ts';
import { DOCUMENT_CHECK_RULE } from './document-check.ts';
import { PASSWORD_RULES } from './passwords.ts';
import { PERSON_RULES } from './person.ts';
import { PHONE_CHECK_RULE } from './phone-check.ts';
import { PURCHASE_RULES } from './purchase.ts';
import { INVITE_RULE } from './invite.ts';
import type { FormRule } from './rule.ts';
import { TASK_RULES } from './tasks.ts';
import { AGE_CHECK_RULE } from './age-check.ts';
import { TWO_IDENTIFIERS_RULE } from './two-identifiers.ts';
import { WARRANTY_RULE } from './warranty.ts';
import { WORD_RULES } from './words.ts';

export const FORM_RULES: readonly FormRule[] = [...WORD_RULES, ...PASSWORD_RULES, ...PERSON_RULES, ...PURCHASE_RULES, ...CONTACT_ONLY_RULES, ...TASK_RULES, TWO_IDENTIFIERS_RULE, WARRANTY_RULE, AGE_CHECK_RULE, PHONE_CHECK_RULE, DOCUMENT_CHECK_RULE, INVITE_RULE];
export const FORM_RULE_IDS: readonly string[] = FORM_RULES.map((r) => r.id);

export type { FormRule } from './rule.ts';
export { type FormFacts, formFacts } from './facts.ts';
