// The shape of what a field expects: format masks and example values in the placeholder
// ("MM/YY", "TT.MM.JJJJ", "jane@example.com", "1234 5678 9012 3456"), inputmode, pattern and
// length limits.
import { Rule } from '../rule-groups.ts';
import { type FieldScore, raiseCue, vote } from '../scoreboard.ts';
import { C, T, type TypeId } from '../terms.ts';
import { clip } from './text.ts';

const D = '(?:dd|tt|jj|gg|дд|дд)';
const M = '(?:mm|мм)';
const Y = '(?:yyyy|yy|jjjj|jj|aaaa|aa|rrrr|rr|гггг|гг|åååå|åå)';
const CARD_EXPIRY_MASK = new RegExp(`^\\s*${M}\\s*[/\\-. ]\\s*${Y}\\s*$`, 'i');
const DATE_MASK = new RegExp(`^\\s*(?:${D}\\s*[/\\-. ]\\s*${M}|${M}\\s*[/\\-. ]\\s*${D})\\s*[/\\-. ]\\s*${Y}\\s*$|^\\s*${Y}\\s*[/\\-. ]\\s*${M}\\s*[/\\-. ]\\s*${D}\\s*$`, 'i');
const EXAMPLE_EMAIL = /[^\s@]+@[^\s@]+\.[a-z]{2,}/i;
const EXAMPLE_CARD = /^\s*(?:[\d•*x]{4}[\s-]?){3}[\d•*x]{1,4}\s*$/i;
const EXAMPLE_PHONE = /^\s*\+?[\d\s().-]{7,20}\s*$/;
const EXAMPLE_DATE = /^\s*\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2}\s*$/;
const EXAMPLE_EXPIRY = /^\s*(?:0[1-9]|1[0-2])\s*\/\s*\d{2}\s*$/;
const DIGITS = /\d/g;
/** A calling code on its own ("+994", "(+44)"): the prefix a page prints in front of a phone box. */
const CALLING_CODE_ONLY = /^\s*\(?\+\d{1,4}\)?\s*$/;

/** Formats of national numbers, written with "d" for any digit (a mask's 0, 9, X, #, _ or an example's digits). */
const ID_MASKS = new Map<string, { type: TypeId; name: string }>([
  ['ddd-dd-dddd', { type: 'ssn', name: 'US Social Security number' }],
  ['ddd.ddd.ddd-dd', { type: 'national-id', name: 'CPF' }],
  ['dd.ddd.ddd/dddd-dd', { type: 'vat-number', name: 'CNPJ' }],
  ['dd-ddddddd', { type: 'vat-number', name: 'US EIN' }],
  ['dddd dddd dddd', { type: 'national-id', name: 'Aadhaar number' }],
  ['dddddd-dddd', { type: 'national-id', name: 'personal number (SE, DK, FI)' }],
  ['dddddd/dddd', { type: 'national-id', name: 'birth number (CZ, SK)' }],
  ['ddd-ddd-ddd dd', { type: 'national-id', name: 'SNILS' }],
]);
const maskOf = (text: string): string => text.trim().replace(/[0-9xX#_*]/g, 'd');
/** A pattern's regex as a mask: \d{3}-\d{2}-\d{4} → ddd-dd-dddd (anchors, optional marks and escapes dropped). */
function maskOfPattern(pattern: string): string {
  return pattern
    .replace(/^\^|\$$/g, '')
    .replace(/(?:\\d|\[0-9\])\{(\d)\}/g, (_, n: string) => 'd'.repeat(Number(n)))
    .replace(/\\d|\[0-9\]/g, 'd')
    .replace(/\?/g, '')
    .replace(/\\([.\-/ ])/g, '$1');
}
/** A pattern listing EU VAT numbers by their country prefixes ("ATU[0-9]{8}|BE[01][0-9]{9}|…"). */
const EU_VAT_PREFIXES = /ATU(?:\[0-9\]|\\d)/;
/** India's PAN: five letters, four digits, a letter ("ABCDE1234F"). */
const PAN_FORMAT = /^\s*[A-Z]{5}\d{4}[A-Z]\s*$/;

/** A whole placeholder that is an example address ("name@example.com"): its "name" and "example" are no caption. */
const ONLY_EXAMPLE_EMAIL = /^\s*[^\s@]+@[^\s@]+\.[a-z]{2,}\s*$/i;

/** A caption that is only an example address ("name@example.com" as Apple's label): a format, not words. */
export const isExampleEmail = (text: string): boolean => ONLY_EXAMPLE_EMAIL.test(text);

/**
 * A placeholder that is a format mask (a date, a card expiry, a national number) or an example
 * address: a format, not words to read as a caption.
 */
export function isFormatMask(placeholder: string): boolean {
  return CARD_EXPIRY_MASK.test(placeholder) || DATE_MASK.test(placeholder) || ID_MASKS.has(maskOf(placeholder)) || ONLY_EXAMPLE_EMAIL.test(placeholder);
}

function digitCount(s: string): number {
  return s.match(DIGITS)?.length ?? 0;
}

export function scoreShape(fs: FieldScore): void {
  const f = fs.features;
  const ph = f.placeholder;
  if (ph) {
    if (CARD_EXPIRY_MASK.test(ph) || EXAMPLE_EXPIRY.test(ph)) vote(fs, Rule.format, T['cc-exp'], 4, `placeholder "${clip(ph)}"`);
    else if (DATE_MASK.test(ph) || EXAMPLE_DATE.test(ph)) {
      // A full day-month-year mask is a date the user was born on far more often than anything else.
      vote(fs, Rule.format, T.bday, 4.5, `placeholder "${clip(ph)}"`);
      raiseCue(fs, C['cue:birth'], 0.5);
    } else if (EXAMPLE_EMAIL.test(ph)) vote(fs, Rule.format, T.email, 3, `placeholder "${clip(ph)}"`);
    else if (EXAMPLE_CARD.test(ph) && digitCount(ph) !== 10) vote(fs, Rule.format, T['cc-number'], 3, `placeholder "${clip(ph)}"`);
    // A national number's format ("000.000.000-00") is no phone number, though it has as many digits.
    else if (EXAMPLE_PHONE.test(ph) && digitCount(ph) >= 7 && !ID_MASKS.has(maskOf(ph))) vote(fs, Rule.format, T.tel, 2.5, `placeholder "${clip(ph)}"`);
  }
  // An example address as the label itself ("name@example.com" floating above the box) shows the format as a placeholder does.
  const shown = [f.labels[0] ?? '', f.ariaLabel, f.ariaLabelledBy].find(isExampleEmail);
  if (shown && shown !== ph) vote(fs, Rule.format, T.email, 3, `caption "${clip(shown)}"`);
  // "+994" printed just before a text box: the box takes the rest of the phone number.
  if (fs.kind !== 'select' && fs.kind !== 'choice' && CALLING_CODE_ONLY.test(f.nearbyText)) vote(fs, Rule.shape, T.tel, 2.5, `after the calling code "${clip(f.nearbyText)}"`);
  const mode = f.inputmode.toLowerCase();
  if (mode === 'email') vote(fs, Rule.shape, T.email, 3, 'inputmode=email');
  else if (mode === 'tel') vote(fs, Rule.shape, T.tel, 1, 'inputmode=tel');

  const pattern = f.pattern;
  if (pattern) {
    if (pattern.includes('@')) vote(fs, Rule.format, T.email, 1.5, `pattern ${clip(pattern, 24)}`);
    const id = ID_MASKS.get(maskOfPattern(pattern));
    if (id) vote(fs, Rule.format, T[id.type], 3, `pattern of a ${id.name}`);
    else if (EU_VAT_PREFIXES.test(pattern)) vote(fs, Rule.format, T['vat-number'], 3, 'pattern of EU VAT numbers');
  }
  if (ph) {
    const id = ID_MASKS.get(maskOf(ph));
    if (id) vote(fs, Rule.format, T[id.type], 3, `placeholder in the format of a ${id.name}`);
    else if (PAN_FORMAT.test(ph)) vote(fs, Rule.format, T.pan, 3, 'placeholder in the format of a PAN');
  }
}
