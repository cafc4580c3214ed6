// Context rule `number-length`: where a country gives a person's and a company's number the same
// name, the box's length says whose it is. Its place in the order: context.ts CONTEXT_RULES.
import { normalizeText, splitIdentifier } from '../normalize.ts';
import type { FieldScore } from '../scoreboard.ts';
import { T, type TypeId } from '../terms.ts';
import { catOf, overrule } from './shared.ts';

interface NumberFamily {
  /** Who uses it, for the evidence. */
  readonly name: string;
  /** Words (folded as normalizeText folds them) that name the family in a caption or an attribute name. */
  readonly words: readonly string[];
  /** Lengths (characters, as maxlength or a pattern's digit count gives them) of the person's number and the company's. */
  readonly person: readonly number[];
  readonly company: readonly number[];
  readonly personType: TypeId;
}

/**
 * Number families whose person's and company's numbers have different fixed lengths: one name for
 * both (ИНН, codice fiscale, RFC), or two names a page often puts on one box ("Vergi No / TC Kimlik
 * No", "CPF/CNPJ", "PESEL/NIP"). Only a length that cannot hold the other number decides.
 */
export const NUMBER_FAMILIES: readonly NumberFamily[] = [
  // ИНН: 12 digits for a person, 10 for an organization.
  { name: 'INN (RU)', words: ['инн', 'inn'], person: [12], company: [10], personType: 'personal-tax-id' },
  // Codice fiscale: 16 letters and digits for a person, 11 digits (the partita IVA) for a company.
  { name: 'codice fiscale (IT)', words: ['codice fiscale', 'codicefiscale', 'cod fiscale'], person: [16], company: [11], personType: 'personal-tax-id' },
  // RFC: 13 characters for a person (four letters of the name), 12 for a company (three).
  { name: 'RFC (MX)', words: ['rfc'], person: [13], company: [12], personType: 'personal-tax-id' },
  // T.C. Kimlik No: 11 digits; Vergi Kimlik No of a company: 10.
  { name: 'Turkish identity or tax number', words: ['tc kimlik', 'tckn', 'kimlik no', 'vergi no', 'vergi numarasi', 'vkn'], person: [11], company: [10], personType: 'national-id' },
  // CPF: 11 digits; CNPJ: 14 (a written CPF is 14 characters too, so only exact patterns tell 14).
  { name: 'CPF or CNPJ (BR)', words: ['cpf', 'cnpj'], person: [11], company: [14], personType: 'national-id' },
  // PESEL: 11 digits; NIP: 10.
  { name: 'PESEL or NIP (PL)', words: ['pesel', 'nip'], person: [11], company: [10], personType: 'national-id' },
];

/**
 * The box's length: a pattern like \d{11} or [0-9]{10} fixes it; a maxlength only bounds it (a box
 * of 12 also takes a number of 10).
 */
function boxLength(fs: FieldScore): { length: number; exact: boolean } | null {
  const f = fs.features;
  const m = /^\^?(?:\\d|\[0-9\])\{(\d+)\}\$?$/.exec(f.pattern);
  if (m) return { length: Number(m[1]), exact: true };
  if (f.maxLength !== null && f.maxLength > 0) return { length: f.maxLength, exact: false };
  return null;
}

function familyOf(fs: FieldScore): NumberFamily | undefined {
  const f = fs.features;
  const text = ` ${[...f.labels, f.placeholder, f.ariaLabel, f.title, f.nearbyText].map(normalizeText).join(' ')} ${[f.name, f.id].map(splitIdentifier).join(' ')} `;
  return NUMBER_FAMILIES.find((fam) => fam.words.some((w) => text.includes(` ${w} `)));
}

/** The box holds this side's number and cannot hold the other's. */
const only = (box: { length: number; exact: boolean }, mine: readonly number[], other: readonly number[]) =>
  mine.includes(box.length) && (box.exact || other.every((n) => n > box.length));

/**
 * A box already read as an identity or tax number, named for a family whose person and company
 * numbers differ in length: a box too short for the one holds the other ("ИНН" of maxlength 10 is
 * an organization's, "Codice fiscale" of maxlength 11 a company's, "ИНН" of pattern \d{12} a person's).
 */
export function resolveNumberLength(fields: FieldScore[]): void {
  for (const fs of fields) {
    const cat = catOf(fs);
    if (cat !== 'government-id' && cat !== 'tax-id') continue;
    const box = boxLength(fs);
    if (box === null) continue;
    const fam = familyOf(fs);
    if (!fam) continue;
    if (cat === 'tax-id' && only(box, fam.person, fam.company)) overrule(fs, T[fam.personType], fs.topScore + 0.5, `${box.length} characters: a person's ${fam.name}`);
    else if (cat === 'government-id' && only(box, fam.company, fam.person)) overrule(fs, T['vat-number'], fs.topScore + 0.5, `${box.length} characters: a company's ${fam.name}`);
  }
}
