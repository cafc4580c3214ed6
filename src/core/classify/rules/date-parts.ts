// Context rule `date-parts`: day/month/year parts are a birth date or a card expiry, by their neighbours.
// Its place in the order: context.ts CONTEXT_RULES.
import { Rule } from '../rule-groups.ts';
import { type FieldScore, takeBack, vote } from '../scoreboard.ts';
import { C, T } from '../terms.ts';
import { PAYMENT_FIELDS, BIRTH_PARTS, EXPIRY_PARTS, is, cue, ctx, reinterpret, type FormSignals } from './shared.ts';

type DatePart = 'day' | 'month' | 'year';

function datePart(fs: FieldScore): DatePart | null {
  switch (fs.optionKind) {
    case 'day':
      return 'day';
    case 'month':
      return 'month';
    case 'birth-year':
    case 'expiry-year':
    case 'year':
      return 'year';
    default:
      break;
  }
  const t = fs.top;
  if (t === T['bday-day']) return 'day';
  if (t === T['bday-month'] || t === T['cc-exp-month']) return 'month';
  if (t === T['bday-year'] || t === T['cc-exp-year']) return 'year';
  // A box read as the whole birth date whose own words name one part ("dob-day" labeled "Day", GOV.UK's
  // date pattern) is that part; any other type its words name this strongly stays.
  if (fs.top >= 0 && fs.topScore >= 3.5 && fs.top !== T.bday) return null;
  // An earlier context rule already said what this field is ("From $29/month" is a priced plan).
  if (fs.votes.some((v) => v.group === Rule.context && v.weight > 0)) return null;
  const d = cue(fs, 'cue:day');
  const m = cue(fs, 'cue:month');
  const y = cue(fs, 'cue:year');
  const max = Math.max(d, m, y);
  if (max < 1.5) return null;
  // "TT.MM.JJJJ", "Day / Month / Year": the whole date in one field, not a part.
  if ((d >= 1.5 ? 1 : 0) + (m >= 1.5 ? 1 : 0) + (y >= 1.5 ? 1 : 0) >= 2) return null;
  return max === m ? 'month' : max === y ? 'year' : 'day';
}

/** Whether only the box's words make it a date part: no list of days, months or years, no date type read already. */
const wordsOnly = (fs: FieldScore): boolean => fs.optionKind === null && !is(fs, BIRTH_PARTS) && !is(fs, EXPIRY_PARTS);

/** Day/month/year parts: a birth date or a card expiry? Own words first, then the surroundings. */
export function resolveDateParts(fields: FieldScore[], form: FormSignals, hasCard: boolean, hasBirth: boolean): void {
  const parts = fields.map(datePart);
  fields.forEach((fs, i) => {
    const part = parts[i];
    if (!part) return;
    let birth = cue(fs, 'cue:birth') + ctx(fs, 'cue:birth') + form.cues[C['cue:birth']]! * 0.3;
    let expiry = cue(fs, 'cue:expiry') + cue(fs, 'cue:payment') + ctx(fs, 'cue:expiry') + ctx(fs, 'cue:payment') * 0.8;
    // A box that only a word calls a day, a month or a year ("Year", name="tag") is a date part when
    // other parts stand beside it or a birth or expiry is named; alone it is a year of study, a
    // vehicle's year or an English tag.
    // Another part means another one: two "years" side by side (years of experience, a salary a year) make no date.
    if (wordsOnly(fs) && birth + expiry === 0 && !fields.some((n, j) => j !== i && Math.abs(j - i) <= 2 && ((parts[j] !== null && parts[j] !== part) || is(n, BIRTH_PARTS) || is(n, EXPIRY_PARTS)))) return;
    let why = '';
    if (fs.optionKind === 'birth-year') birth += 3;
    if (fs.optionKind === 'expiry-year') expiry += 3;
    for (let j = Math.max(0, i - 2); j <= Math.min(fields.length - 1, i + 2); j++) {
      if (j === i) continue;
      const n = fields[j]!;
      if (is(n, BIRTH_PARTS) || n.optionKind === 'birth-year') birth += 2;
      if (is(n, EXPIRY_PARTS) || is(n, PAYMENT_FIELDS) || n.optionKind === 'expiry-year') expiry += 2;
      if (n.optionKind === 'day') birth += 1; // cards never ask for a day
    }
    if (part === 'day') expiry = 0;
    if (birth === expiry) {
      // Nothing decides: a card form asks for expiry, anything else for a birth date.
      if (hasCard && !hasBirth) expiry += 0.5;
      else birth += 0.5;
      why = hasCard && !hasBirth ? 'in a form with card fields' : 'date part outside any card block';
    }
    const toBirth = birth > expiry;
    const type = toBirth
      ? T[part === 'day' ? 'bday-day' : part === 'month' ? 'bday-month' : 'bday-year']
      : T[part === 'month' ? 'cc-exp-month' : 'cc-exp-year'];
    if (!why) why = toBirth ? 'birth-date context' : 'card-expiry context';
    // A list of months (or days, or years) holds one part of the date, whatever the caption over the
    // parts says ("Expiration date" on the month list): the caption's whole-date votes name that part.
    if (fs.optionKind !== null) reinterpret(fs, (v) => v.type === T['cc-exp'] || v.type === T.bday, type);
    // So does a box its own words call one beside the other parts ("Day", "Month", "Year" on GOV.UK's
    // dob-day, dob-month, dob-year): the container's or legend's birth date ("dob") names its part.
    else if (toBirth && fields.some((_, j) => j !== i && Math.abs(j - i) <= 2 && parts[j] !== null)) {
      reinterpret(fs, (v) => v.type === T.bday, type);
      // A form-wide prefix of its attribute names ("usernamereg-day") says which form, not which box.
      takeBack(fs, (v) => (v.group === Rule.name || v.group === Rule.id) && !BIRTH_PARTS.has(v.type) && !EXPIRY_PARTS.has(v.type));
    }
    vote(fs, Rule.context, type, 4, `${part} list, ${why}`);
  });
}
