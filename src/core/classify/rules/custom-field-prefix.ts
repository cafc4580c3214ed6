// Context rule `custom-field-prefix`: a name that opens with "cf_" and goes on in words ("cf_cargo", "cf_tamanho_da_frota") is a custom field, not the Italian codice fiscale.
// Its place in the order: context.ts CONTEXT_RULES (first: it only takes back a vote of the field rules).
import { type FieldScore, takeBack } from '../scoreboard.ts';
import { T } from '../terms.ts';

/** "cf_" and at least one more word after it: a platform's prefix for the fields its users add (RD Station, many CRMs and form builders). */
const PREFIXED = /^cf[_-]\p{L}{2,}/iu;

/**
 * "cf" alone, or ending a name ("billing_cf"), is how Italian shops name the codice fiscale, so the
 * attribute vocabulary counts it (weakly) as a national identity number. Marketing platforms name
 * the custom fields of their lead forms "cf_" + the field's own words, where "cf" stands for
 * "custom field": that token says nothing about the box, and the words after it are left to speak.
 */
export function resolveCustomFieldPrefix(fields: FieldScore[]): void {
  for (const fs of fields) {
    const names = [fs.features.name, fs.features.id].filter((n): n is string => !!n && PREFIXED.test(n));
    if (names.length === 0) continue;
    takeBack(fs, (v) => v.type === T['national-id'] && /^(name|id)\b/.test(v.source) && v.detail === 'cf');
  }
}
