// Context rule `radio-groups`: radio buttons sharing a name are one question.
// Its place in the order: context.ts CONTEXT_RULES.
import { Rule } from '../rule-groups.ts';
import { type FieldScore, vote } from '../scoreboard.ts';
import { accountKindChoices, documentChoices, salutationChoices } from '../signals/options.ts';
import { T } from '../terms.ts';
import { overrule } from './shared.ts';

/** A price in an option's label: a currency sign or code next to a number, or a rate ("/month", "per hour"). */
const PRICE =
  /(?:[$€£¥₹₽₺]|\b(?:US\$|USD|EUR|GBP|CHF|JPY|CNY|RMB|INR|PLN)\b)\s?\d|\d(?:[\d.,]*\d)?\s?(?:[$€£¥₹₽₺]|\b(?:USD|EUR|GBP|CHF|zł|kr|Kč)\b)|\/\s?(?:mo|month|yr|year|hr|hour)\b|\bper (?:month|year|hour)\b/i;

/**
 * Radio buttons sharing a name are one question: each option's label alone ("Corporate", "Voice
 * call") says little, together with the group's name and legend they say what is asked.
 */
export function resolveRadioGroups(fields: FieldScore[]): void {
  const groups = new Map<string, FieldScore[]>();
  for (const fs of fields) {
    if (fs.features.type !== 'radio' || !fs.features.name) continue;
    const g = groups.get(fs.features.name);
    if (g) g.push(fs);
    else groups.set(fs.features.name, [fs]);
  }
  for (const [name, members] of groups) {
    if (members.length < 2) continue;
    // Options that carry prices ("Developer – $29/month") choose a product or plan: what the words
    // around them say ("production workloads", "business") describes the plan, not the customer.
    const priced = members.filter((m) => PRICE.test(m.features.labels[0] || m.features.ariaLabel || '')).length;
    if (priced >= 2 && priced * 2 >= members.length) {
      for (const m of members) overrule(m, T['plan-choice'], Math.max(m.topScore, 1) + 2, `radio group "${name}": priced options (a plan choice)`);
      continue;
    }
    const kinds = accountKindChoices(members.map((m) => m.features.labels[0] || m.features.ariaLabel || ''));
    // "Business – for your work…" / "Personal – for your own projects": whatever the question's words
    // ("How do you plan to use this account?"), options that are kinds of account answer which one.
    if (kinds >= 2 && kinds * 2 >= members.length) {
      for (const m of members) overrule(m, T['account-type'], Math.max(m.topScore, 1) + 1, `radio group "${name}": account types`);
      continue;
    }
    // "M." / "Mme", "Herr" / "Frau": options that are salutations answer the salutation, whatever the
    // group's name says (PrestaShop calls it id_gender) or a caption beside the group that no box owns.
    const salutations = salutationChoices(members.map((m) => m.features.labels[0] || m.features.ariaLabel || ''));
    if (salutations >= 2 && salutations * 2 >= members.length) {
      for (const m of members) overrule(m, T['honorific-prefix'], Math.max(m.topScore, 1) + 1, `radio group "${name}": salutations`);
      continue;
    }
    // "Personalausweis" / "Reisepass", "주민등록증" / "운전면허증": options that are identity documents
    // choose which one the person shows, as a select listing them does.
    const documents = documentChoices(members.map((m) => m.features.labels[0] || m.features.ariaLabel || ''));
    if (documents >= 2 && documents * 2 >= members.length) {
      for (const m of members) overrule(m, T['national-id'], Math.max(m.topScore, 1) + 1, `radio group "${name}": identity documents`);
      continue;
    }
    // Otherwise the members share the strongest reading any of them has.
    let best: FieldScore | null = null;
    for (const m of members) if (m.top >= 0 && (!best || m.topScore > best.topScore)) best = m;
    if (!best) continue;
    for (const m of members) if (m.top !== best.top) vote(m, Rule.context, best.top, best.topScore, `radio group "${name}"`);
  }
}
