// Context rule `address-and-names`: a street split over lines or beside a house number box; "Name" beside "First name" is the family name, beside "Surname" the given name.
// Its place in the order: context.ts CONTEXT_RULES.
import { normalizeText } from '../normalize.ts';
import type { FieldScore } from '../scoreboard.ts';
import { T } from '../terms.ts';
import { captionHits, catOf, cue, overrule, reinterpret } from './shared.ts';

const STREET: ReadonlySet<number> = new Set<number>([T['street-address'], T['address-line1']]);
/** What a street box shares its address with when it holds only part of it: a second line, a house number. */
const REST_OF_STREET: ReadonlySet<number> = new Set<number>([T['street-address'], T['address-line2'], T['address-housenumber']]);

/**
 * Whether the street box at `i` holds only the first line of its address: a second line or a house
 * number box follows within the same address (Shopware puts "Adresszusatz" after the postcode and
 * city; the address ends at the first box of another kind or the next street box), or a house
 * number box or a second line stands before it in the same address.
 */
function firstLine(fields: readonly FieldScore[], i: number): boolean {
  // A house number or a second line before it in the same address: "Postcode, Huisnummer, Toevoeging,
  // Straat" (the Dutch lookup asks the number first and fills the street in), "Unit / apartment" then
  // "Street address" (Australia, South Africa); not a line before a box whose autocomplete token
  // says it takes the whole street ("C/O-adress" above "Gatuadress").
  const whole = /\bstreet-address\b/.test(fields[i]!.features.autocomplete);
  for (let j = i - 1; j >= 0; j--) {
    const f = fields[j]!;
    if (STREET.has(f.top) || catOf(f) !== 'address') break;
    if (f.top === T['address-housenumber'] || (f.top === T['address-line2'] && !whole)) return true;
  }
  const next = fields[i + 1];
  if (next && REST_OF_STREET.has(next.top)) return !(next.top === T['street-address'] && twoAddresses(fields[i]!, next));
  for (let j = i + 2; j < fields.length; j++) {
    const f = fields[j]!;
    if (STREET.has(f.top) || catOf(f) !== 'address') return false;
    if (f.top === T['address-line2'] || f.top === T['address-housenumber']) return true;
  }
  return false;
}

/**
 * Two street boxes each under a caption of its own that names a kind of address ("Юридический
 * адрес" then "Почтовый адрес", "Registered address" then "Postal address") are two addresses, not
 * two lines of one: a second line's caption is a number, a continuation or nothing.
 */
function twoAddresses(prev: FieldScore, fs: FieldScore): boolean {
  const a = normalizeText(prev.features.labels[0] ?? '');
  const b = normalizeText(fs.features.labels[0] ?? '');
  return a !== '' && b !== '' && a !== b && !/\d/.test(b) && !b.startsWith(a) && cue(prev, 'cue:address') >= 1 && cue(fs, 'cue:address') >= 1 && b.split(' ').length >= 2 && a.split(' ').length >= 2;
}

/**
 * A caption that asks for a whole name in a phrase of its own ("Nombre tal como aparecerá en el
 * certificado", "Nome do aluno", "Full name"), not the bare word some languages use for one part.
 */
const wholeNamePhrase = (fs: FieldScore): boolean => captionHits(fs).some((hits) => hits.some((h) => h.code === T.name && h.weight >= 1 && h.keyword.includes(' ')));

/** Refinements inside a category: the first and second address lines, "Name" beside "First name" or "Surname". */
export function resolveAddressAndNames(fields: FieldScore[]): void {
  fields.forEach((fs, i) => {
    const prev = fields[i - 1];
    const next = fields[i + 1];
    if (fs.top === T['street-address'] && prev && prev.top === T['street-address'] && twoAddresses(prev, fs)) return;
    if (fs.top === T['street-address'] && prev && (prev.top === T['street-address'] || prev.top === T['address-line1'])) {
      overrule(fs, T['address-line2'], fs.topScore + 0.5, 'second address line');
    } else if (fs.top === T['street-address'] && firstLine(fields, i)) {
      // The box's own words still say what it is; they now say which line. (No vote of the rule's
      // own: a new "a context rule chose it" reading on every such street box shifts the fitted
      // weight that reading shares with the rules that change a category.)
      reinterpret(fs, (v) => v.type === T['street-address'], T['address-line1']);
    }
    // A box asking for a whole name in so many words is one, wherever it stands (a certificate's or a child's name after the person's own parts).
    if (fs.top === T.name && wholeNamePhrase(fs)) return;
    // A middle-name box between the parts still leaves them beside each other ("Nome", "Secondo nome", "Cognome").
    const before = prev?.top === T['additional-name'] ? fields[i - 2] : prev;
    const after = next?.top === T['additional-name'] ? fields[i + 2] : next;
    if (fs.top === T.name && (before?.top === T['given-name'] || after?.top === T['given-name'])) {
      overrule(fs, T['family-name'], fs.topScore + 0.5, 'beside the given name');
    } else if (fs.top === T.name && (before?.top === T['family-name'] || after?.top === T['family-name'])) {
      // "Nome" / "Cognome", "Name" / "Surname": the name beside the family name is the given one.
      overrule(fs, T['given-name'], fs.topScore + 0.5, 'beside the family name');
    }
  });
}
