// The shape of what a field expects: format masks and example values in the placeholder
// ("MM/YY", "TT.MM.JJJJ", "jane@example.com", "1234 5678 9012 3456"), inputmode, pattern and
// length limits.
import { type FieldScore, raiseCue, vote } from '../scoreboard.ts';
import { C, T } from '../terms.ts';
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

function digitCount(s: string): number {
  return s.match(DIGITS)?.length ?? 0;
}

export function scoreShape(fs: FieldScore): void {
  const f = fs.features;
  const ph = f.placeholder;
  if (ph) {
    if (CARD_EXPIRY_MASK.test(ph) || EXAMPLE_EXPIRY.test(ph)) vote(fs, T['cc-exp'], 4, `placeholder "${clip(ph)}"`);
    else if (DATE_MASK.test(ph) || EXAMPLE_DATE.test(ph)) {
      // A full day-month-year mask is a date the user was born on far more often than anything else.
      vote(fs, T.bday, 4.5, `placeholder "${clip(ph)}"`);
      raiseCue(fs, C['cue:birth'], 0.5);
    } else if (EXAMPLE_EMAIL.test(ph)) vote(fs, T.email, 3, `placeholder "${clip(ph)}"`);
    else if (EXAMPLE_CARD.test(ph) && digitCount(ph) !== 10) vote(fs, T['cc-number'], 3, `placeholder "${clip(ph)}"`);
    else if (EXAMPLE_PHONE.test(ph) && digitCount(ph) >= 7) vote(fs, T.tel, 2.5, `placeholder "${clip(ph)}"`);
  }
  // "+994" printed just before a text box: the box takes the rest of the phone number.
  if (fs.kind !== 'select' && fs.kind !== 'choice' && CALLING_CODE_ONLY.test(f.nearbyText)) vote(fs, T.tel, 2.5, `after the calling code "${clip(f.nearbyText)}"`);
  const mode = f.inputmode.toLowerCase();
  if (mode === 'email') vote(fs, T.email, 3, 'inputmode=email');
  else if (mode === 'tel') vote(fs, T.tel, 1, 'inputmode=tel');

  const pattern = f.pattern;
  if (pattern) {
    if (pattern.includes('@')) vote(fs, T.email, 1.5, `pattern ${clip(pattern, 24)}`);
  }
  // A run of one-character boxes is a one-time code typed digit by digit.
  if (f.maxLength === 1 && (mode === 'numeric' || f.type === 'tel' || f.type === 'number' || f.type === 'text')) {
    vote(fs, T['one-time-code'], 1.5, 'maxlength=1');
  }
}
