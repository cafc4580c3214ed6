// Context rules: what a field is often depends on its neighbours and its form. Each rule adds a
// vote with its own evidence, so the report can say why ("next to card fields", "past years").
import { Rule } from './rule-groups.ts';
import type { FormKind } from '../report.ts';
import { retally } from './field.ts';
import { contextCueOf, cueOf, Ev, type FieldScore, type Vote, vote } from './scoreboard.ts';
import { accountKindChoices } from './signals/options.ts';
import { C, type Cue, T, TYPE_CATEGORY, TYPE_IDS } from './terms.ts';

const PAYMENT_FIELDS = new Set<number>([T['cc-number'], T['cc-exp'], T['cc-exp-month'], T['cc-exp-year'], T['cc-csc'], T['cc-type']]);
const NAME_FIELDS = new Set<number>([T.name, T['given-name'], T['family-name'], T['additional-name']]);
const BIRTH_PARTS = new Set<number>([T.bday, T['bday-day'], T['bday-month'], T['bday-year']]);
const EXPIRY_PARTS = new Set<number>([T['cc-exp'], T['cc-exp-month'], T['cc-exp-year']]);
const PASSWORDS = new Set<number>([T['current-password'], T['new-password']]);
const CODES = new Set<number>([T['one-time-code'], T['phone-verification-code']]);

/**
 * A rule that finds what the field's words meant all along (a "security code" with no card is a
 * login code) moves their votes to that type, rather than outvoting them: the learned combination
 * then weighs the same words for what they name.
 */
function reinterpret(fs: FieldScore, from: (v: Vote) => boolean, to: number): void {
  const moved = fs.votes.filter((v) => v.weight > 0 && from(v));
  for (const v of moved) {
    fs.votes.push({ ...v, type: to });
    v.weight = 0;
  }
}

/**
 * A context rule that overrules the field's reading: the votes for what the field read as move to
 * what the rule says it is (reinterpret), and the rule adds its own vote with its evidence.
 */
function overrule(fs: FieldScore, to: number, weight: number, evidence: string): void {
  const was = fs.top;
  if (was >= 0 && was !== to) reinterpret(fs, (v) => v.type === was, to);
  vote(fs, Rule.context, to, weight, evidence);
}

const catOf = (fs: FieldScore | undefined) => (fs && fs.top >= 0 ? TYPE_CATEGORY[fs.top]! : null);
const is = (fs: FieldScore | undefined, set: ReadonlySet<number>) => !!fs && fs.top >= 0 && set.has(fs.top);
const cue = (fs: FieldScore, c: Cue) => cueOf(fs, C[c]);
const ctx = (fs: FieldScore, c: Cue) => contextCueOf(fs, C[c]);

export interface FormSignals {
  kind: FormKind;
  /** Cue strengths from the form's heading, buttons and the page (title, URL), by cue index. */
  cues: ArrayLike<number>;
}

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
  if (fs.top >= 0 && fs.topScore >= 3.5) return null;
  const d = cue(fs, 'cue:day');
  const m = cue(fs, 'cue:month');
  const y = cue(fs, 'cue:year');
  const max = Math.max(d, m, y);
  if (max < 1.5) return null;
  // "TT.MM.JJJJ", "Day / Month / Year": the whole date in one field, not a part.
  if ((d >= 1.5 ? 1 : 0) + (m >= 1.5 ? 1 : 0) + (y >= 1.5 ? 1 : 0) >= 2) return null;
  return max === m ? 'month' : max === y ? 'year' : 'day';
}

/** Day/month/year parts: a birth date or a card expiry? Own words first, then the surroundings. */
function resolveDateParts(fields: FieldScore[], form: FormSignals, hasCard: boolean, hasBirth: boolean): void {
  fields.forEach((fs, i) => {
    const part = datePart(fs);
    if (!part) return;
    let birth = cue(fs, 'cue:birth') + ctx(fs, 'cue:birth') + form.cues[C['cue:birth']]! * 0.3;
    let expiry = cue(fs, 'cue:expiry') + cue(fs, 'cue:payment') + ctx(fs, 'cue:expiry') + ctx(fs, 'cue:payment') * 0.8;
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
    vote(fs, Rule.context, type, 4, `${part} list, ${why}`);
  });
}

/** A name field among card fields is the cardholder's name. */
function resolveCardholder(fields: FieldScore[]): void {
  fields.forEach((fs, i) => {
    if (!is(fs, NAME_FIELDS)) return;
    const prev = fields[i - 1];
    const next = fields[i + 1];
    const ownCard = cue(fs, 'cue:payment');
    const ownPlace = Math.max(cue(fs, 'cue:address'), cue(fs, 'cue:billing'), cue(fs, 'cue:shipping'));
    if (ownCard >= 1.5 && ownCard > ownPlace) {
      reinterpret(fs, (v) => NAME_FIELDS.has(v.type), T['cc-name']);
      overrule(fs, T['cc-name'], fs.topScore + 1, 'name with card wording');
      return;
    }
    const nearCard = is(prev, PAYMENT_FIELDS) || is(next, PAYMENT_FIELDS) || (is(next, NAME_FIELDS) && is(fields[i + 2], PAYMENT_FIELDS));
    if (!nearCard) return;
    // A site that marks the field as a person's name (autocomplete) means it.
    if (fs.votes.some((v) => v.kind === Ev.Fixed && v.group === Rule.autocomplete && NAME_FIELDS.has(v.type))) return;
    const paymentSection = ctx(fs, 'cue:payment') >= 0.5 && ctx(fs, 'cue:billing') + ctx(fs, 'cue:shipping') < ctx(fs, 'cue:payment');
    const between = is(prev, PAYMENT_FIELDS) && is(next, PAYMENT_FIELDS);
    if (!paymentSection && !between) return;
    reinterpret(fs, (v) => NAME_FIELDS.has(v.type), T['cc-name']);
    overrule(fs, T['cc-name'], fs.topScore + 1, paymentSection ? 'name in the card section' : 'between card fields');
  });
}

const CARD_FIELDS = new Set<number>([...PAYMENT_FIELDS, T['cc-name']]);

/**
 * A house number only exists inside an address: a bare "Number" between card fields, with no
 * address field around it, is the card's number.
 */
function resolveCardNumber(fields: FieldScore[]): void {
  fields.forEach((fs, i) => {
    if (fs.top !== T['address-housenumber']) return;
    const near = [fields[i - 2], fields[i - 1], fields[i + 1], fields[i + 2]];
    if (near.some((f) => catOf(f) === 'address') || cue(fs, 'cue:address') >= 1) return;
    if (is(fields[i - 1], CARD_FIELDS) || is(fields[i + 1], CARD_FIELDS)) overrule(fs, T['cc-number'], fs.topScore + 1, 'number among card fields');
  });
}

/** A country list right before a phone number is the phone's calling code. */
function resolveCallingCode(fields: FieldScore[]): void {
  fields.forEach((fs, i) => {
    if (fs.top !== T.country || fs.optionKind === 'calling-code') return;
    const next = fields[i + 1];
    if (!next || next.top !== T.tel) return;
    const phoneWords = cue(fs, 'cue:phone') + cue(fs, 'cue:sms');
    const codeOnly = cue(fs, 'cue:code') >= 1 && cue(fs, 'cue:address') < 1 && catOf(fields[i - 1]) !== 'address';
    // "countryCode" names an ISO code as often as a calling code: only a box without options to
    // read (a searchable combobox) is taken at its name.
    const namedCode = fs.kind !== 'select' && fs.votes.some((v) => v.type === T['tel-country-code'] && v.weight >= 1);
    if (phoneWords < 1 && !codeOnly && !namedCode) return;
    reinterpret(fs, (v) => v.type === T.country, T['tel-country-code']);
    overrule(fs, T['tel-country-code'], fs.topScore + 1, 'right before the phone number');
  });
}

function resolveRepeats(fields: FieldScore[], form: FormSignals): void {
  let emailSeen = false;
  let passwordSeen = 0;
  const passwordCount = fields.filter((f) => f.kind === 'password' || is(f, PASSWORDS)).length;
  fields.forEach((fs, i) => {
    const prev = fields[i - 1];
    if (fs.top === T.email || fs.top === T['email-confirm']) {
      if (emailSeen && fs.top === T.email) {
        if (cue(fs, 'cue:confirm') >= 1) overrule(fs, T['email-confirm'], fs.topScore + 1, 'confirm wording after an email field');
        else if (prev && (prev.top === T.email || prev.top === T['email-confirm'])) overrule(fs, T['email-confirm'], fs.topScore * 0.5 + 0.5, 'repeats the email field above');
      }
      emailSeen = true;
    } else if (prev?.top === T.email && fs.kind !== 'password' && cue(fs, 'cue:confirm') >= 1 && fs.votes.some((v) => v.type === T.email || v.type === T['email-confirm'])) {
      // "Confirm your address" (name "reenter_email") right under the email field confirms the email.
      overrule(fs, T['email-confirm'], fs.topScore + 1, 'confirm wording after an email field');
    }
    if (fs.kind === 'password' || is(fs, PASSWORDS)) {
      if (!is(fs, PASSWORDS) && fs.top >= 0) return; // a CVC or PIN in a password box
      // Each rule outvotes the bare "type=password" reading; explicit wording comes first.
      const s = Math.max(fs.topScore, 1);
      if (cue(fs, 'cue:current') >= 1) vote(fs, Rule.context, T['current-password'], s + 1, 'current-password wording');
      else if (cue(fs, 'cue:confirm') >= 1 || cue(fs, 'cue:new') >= 1) vote(fs, Rule.context, T['new-password'], s + 1, 'new/confirm wording');
      else if (form.kind === 'signup') vote(fs, Rule.context, T['new-password'], s + 0.5, SIGNUP_FORM_PASSWORD);
      else if (passwordSeen > 0 && passwordCount >= 2) vote(fs, Rule.context, T['new-password'], s * 0.5, 'repeated password field');
      passwordSeen++;
    }
  });
}

const SIGNUP_FORM_PASSWORD = 'password of a signup form';
const LOGIN_IDENTIFIER = 'sign-in identifier of a login form';
const ASKS_FOR_EMAIL = 'asks for an email address';
const CAPTIONS = new Set(['label', 'aria-label', 'aria-labelledby', 'placeholder']);

/**
 * In a login form the field before the password is the sign-in identifier — a credential, whether
 * it asks for a user name, "email or username" or a phone number (an input of type email stays an
 * email address). Elsewhere a field the page labels as
 * an email address is one, even when its name attribute says "username" or "login".
 */
function resolveIdentifiers(fields: FieldScore[], form: FormSignals): void {
  if (form.kind === 'login') {
    const pw = fields.findIndex((f) => f.kind === 'password');
    fields.forEach((fs, i) => {
      if (fs.kind === 'password' || fs.kind === 'choice' || fs.kind === 'select' || fs.kind === 'file') return;
      const cat = catOf(fs);
      const justBefore = pw >= 0 && i === pw - 1 && (fs.top < 0 || cat === 'other');
      const identifierLike = (cat === 'email' || cat === 'phone' || fs.top === T.username || justBefore) && !is(fs, CODES);
      if (!identifierLike || (pw >= 0 && i > pw)) return;
      // An email input still asks for an email address, unless its text offers a user name or phone too.
      const alternative = fs.votes.some((v) => (v.type === T.username || v.type === T.tel) && v.kind !== Ev.Token && CAPTIONS.has(v.source));
      if (fs.kind === 'email' && !alternative) return;
      overrule(fs, T.username, Math.max(fs.topScore + 1, 2.5), LOGIN_IDENTIFIER);
    });
    return;
  }
  for (const fs of fields) {
    if (fs.top !== T.username) continue;
    const visibleEmail = fs.votes.some((v) => v.type === T.email && v.kind !== Ev.Token && v.kind !== Ev.Fixed);
    if (visibleEmail || fs.kind === 'email') overrule(fs, T.email, fs.topScore * 0.5 + 1, ASKS_FOR_EMAIL);
  }
}

/** Address parts a page lets people pick from a list, which a search box may filter. */
const LIST_PARTS = new Set<number>([T.country, T['address-level1'], T['address-level2'], T['address-level3'], T['tel-country-code']]);

/**
 * A search box among address fields looks an address up; one that names a part of it ("country",
 * "countryCode", "state") filters that part's list (a combobox), and is that part.
 */
function resolveLookups(fields: FieldScore[], form: FormSignals): void {
  if (form.kind === 'search') return;
  const addressFields = fields.filter((f) => catOf(f) === 'address').length;
  fields.forEach((fs, i) => {
    if (fs.top !== T.search) return;
    let part: Vote | null = null;
    for (const v of fs.votes) if (v.weight >= 1 && (TYPE_CATEGORY[v.type] === 'address' || TYPE_CATEGORY[v.type] === 'phone') && (!part || v.weight > part.weight)) part = v;
    // A search box named for the phone filters its list of calling codes: no one searches for a phone number.
    const listed = part && TYPE_CATEGORY[part.type] === 'phone' ? T['tel-country-code'] : part?.type;
    if (listed !== undefined && LIST_PARTS.has(listed)) {
      reinterpret(fs, (v) => v.type === T.search, listed);
      overrule(fs, listed, fs.topScore + 0.5, `search box of a ${TYPE_IDS[listed]} list`);
      retally(fs); // the calling-code rule reads what it became
      return;
    }
    const own = part !== null || cue(fs, 'cue:address') >= 1;
    const nearby = catOf(fields[i - 1]) === 'address' || catOf(fields[i + 1]) === 'address' || addressFields >= 2;
    if (!own && !nearby) return;
    reinterpret(fs, (v) => v.type === T.search, T['street-address']);
    overrule(fs, T['street-address'], fs.topScore + 0.5, own ? 'address search' : 'search box among address fields');
  });
}

/** A code the page says arrives by SMS is a phone verification code. */
function resolveCodes(fields: FieldScore[], form: FormSignals): void {
  for (const fs of fields) {
    if (!is(fs, CODES)) continue;
    const sms = cue(fs, 'cue:sms') + ctx(fs, 'cue:sms') + form.cues[C['cue:sms']]!;
    if (fs.top !== T['one-time-code'] || sms < 1) continue;
    reinterpret(fs, (v) => v.type === T['one-time-code'], T['phone-verification-code']);
    overrule(fs, T['phone-verification-code'], fs.topScore + 1, 'code sent to the phone (SMS)');
  }
}

const SECURITY_WORDING = /security|sicherheits|securite|sécurité|seguridad|sicurezza|seguranca|segurança/i;

/** A "security code" with no card anywhere near is a login or verification code. */
function resolveSecurityCode(fields: FieldScore[]): void {
  const payment = fields.filter((f) => is(f, PAYMENT_FIELDS)).length;
  for (const fs of fields) {
    if (fs.top !== T['cc-csc'] || payment > 1 || cue(fs, 'cue:payment') >= 1 || ctx(fs, 'cue:payment') >= 0.5) continue;
    const worded = (v: Vote) => v.type === T['cc-csc'] && v.kind !== Ev.Fixed && SECURITY_WORDING.test(v.detail);
    if (!fs.votes.some(worded)) continue;
    reinterpret(fs, worded, T['one-time-code']);
    overrule(fs, T['one-time-code'], fs.topScore + 0.5, 'security code without any card fields');
  }
}

/** Refinements inside a category: the second address line, "Name" beside "First name". */
function resolveAddressAndNames(fields: FieldScore[]): void {
  fields.forEach((fs, i) => {
    const prev = fields[i - 1];
    const next = fields[i + 1];
    if (fs.top === T['street-address'] && prev && (prev.top === T['street-address'] || prev.top === T['address-line1'])) {
      overrule(fs, T['address-line2'], fs.topScore + 0.5, 'second address line');
    }
    if (fs.top === T.name && (prev?.top === T['given-name'] || next?.top === T['given-name'])) {
      overrule(fs, T['family-name'], fs.topScore + 0.5, 'beside the given name');
    }
  });
}

/** Short numeric boxes next to the card number: the security code. */
function resolveCardShapes(fields: FieldScore[]): void {
  fields.forEach((fs, i) => {
    if (fs.top >= 0 && fs.topScore >= 3) return;
    const f = fs.features;
    const near = is(fields[i - 1], PAYMENT_FIELDS) || is(fields[i + 1], PAYMENT_FIELDS);
    if (!near || fs.kind === 'select' || fs.kind === 'choice') return;
    if (f.maxLength !== null && f.maxLength >= 3 && f.maxLength <= 4) vote(fs, Rule.context, T['cc-csc'], 2.5, `maxlength=${f.maxLength} next to card fields`);
    else if (f.maxLength !== null && f.maxLength >= 15 && f.maxLength <= 23) vote(fs, Rule.context, T['cc-number'], 2.5, `maxlength=${f.maxLength} next to card fields`);
  });
}

/**
 * Billing vs shipping vs contact: the type stays (a billing name is a name) but the evidence says
 * which block the field sits in, so a report can tell the billing address from the delivery one.
 */
function noteSections(fields: FieldScore[]): void {
  for (const fs of fields) {
    const c = catOf(fs);
    if (c !== 'name' && c !== 'address' && c !== 'email' && c !== 'phone') continue;
    const billing = cue(fs, 'cue:billing') + ctx(fs, 'cue:billing');
    const shipping = cue(fs, 'cue:shipping') + ctx(fs, 'cue:shipping');
    if (billing >= 0.5 && billing >= shipping) vote(fs, Rule.note, fs.top, 0.01, 'billing section');
    else if (shipping >= 0.5) vote(fs, Rule.note, fs.top, 0.01, 'shipping section');
  }
}

/** A price in an option's label: a currency sign or code next to a number, or a rate ("/month", "per hour"). */
const PRICE =
  /(?:[$€£¥₹₽₺]|\b(?:US\$|USD|EUR|GBP|CHF|JPY|CNY|RMB|INR|PLN)\b)\s?\d|\d(?:[\d.,]*\d)?\s?(?:[$€£¥₹₽₺]|\b(?:USD|EUR|GBP|CHF|zł|kr|Kč)\b)|\/\s?(?:mo|month|yr|year|hr|hour)\b|\bper (?:month|year|hour)\b/i;

/**
 * Radio buttons sharing a name are one question: each option's label alone ("Corporate", "Voice
 * call") says little, together with the group's name and legend they say what is asked.
 */
function resolveRadioGroups(fields: FieldScore[]): void {
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
    if (kinds >= 2 && kinds * 2 >= members.length) {
      for (const m of members) vote(m, Rule.context, T['account-type'], 4, `radio group "${name}": account types`);
      continue;
    }
    // Otherwise the members share the strongest reading any of them has.
    let best: FieldScore | null = null;
    for (const m of members) if (m.top >= 0 && (!best || m.topScore > best.topScore)) best = m;
    if (!best) continue;
    for (const m of members) if (m.top !== best.top) vote(m, Rule.context, best.top, best.topScore, `radio group "${name}"`);
  }
}

const COMPANY_FIELDS = new Set<number>([T.organization, T['vat-number'], T['company-registration-number']]);

/**
 * An unqualified "tax number" is the person's own (government-id) unless it belongs to a company:
 * the form asks for a company (its name, its number), or the field's own texts say "company" or
 * name a company-only number (VAT, EIN…) behind a generic caption ("NIP", name "vat_id").
 */
function resolveTaxOwner(fields: FieldScore[]): void {
  const companyForm = fields.some((f) => is(f, COMPANY_FIELDS));
  fields.forEach((fs) => {
    if (fs.top !== T['personal-tax-id']) return;
    const ownCompanyWord = fs.votes.some((v) => (v.type === T.organization || v.type === T['vat-number'] || v.type === T['company-registration-number']) && v.weight >= 1);
    if (!companyForm && !ownCompanyWord) return;
    reinterpret(fs, (v) => v.type === T['personal-tax-id'], T['vat-number']);
    overrule(fs, T['vat-number'], fs.topScore + 0.5, ownCompanyWord ? 'company tax number' : 'tax number in a form that asks for a company');
  });
}

const ID_NUMBERS = new Set<number>([T['national-id'], T.ssn, T.pan, T['passport-number'], T['drivers-licence-number'], T['personal-tax-id']]);

/**
 * The box right after a list of identity documents ("Passport / ID card / Driving licence") takes the
 * chosen document's number, however plainly it is labeled ("Number", "Nº").
 */
function resolveDocumentNumber(fields: FieldScore[]): void {
  fields.forEach((fs, i) => {
    const prev = fields[i - 1];
    if (prev?.optionKind !== 'document-type' || fs.kind === 'select' || fs.kind === 'choice' || fs.kind === 'file') return;
    if (fs.top >= 0 && !ID_NUMBERS.has(fs.top) && fs.topScore >= NAMED) return;
    overrule(fs, T['national-id'], Math.max(fs.topScore, 1) + 1, 'number of the identity document chosen above');
  });
}
/** A field whose own words score this much names itself; the document rule leaves it alone. */
const NAMED = 4;

interface ContextRule {
  /** A stable name, for tests and for people reading the order. */
  readonly id: string;
  /** Why the rule exists, in one line. */
  readonly reason: string;
  readonly run: (fields: FieldScore[], form: FormSignals, card: CardAndBirth) => void;
  /** Re-rank every field after this rule, because the rules after it read the new tops. */
  readonly retally?: boolean;
}

interface CardAndBirth {
  hasCard: boolean;
  hasBirth: boolean;
}

/** The context rules, in the order they run: each reads what the ones before it settled. */
export const CONTEXT_RULES: readonly ContextRule[] = [
  { id: 'radio-groups', reason: 'radio buttons sharing a name are one question', run: (f) => resolveRadioGroups(f), retally: true },
  { id: 'card-shapes', reason: 'short numeric boxes beside the card number are its security code', run: (f) => resolveCardShapes(f) },
  { id: 'date-parts', reason: 'day/month/year parts are a birth date or a card expiry, by their neighbours', run: (f, form, c) => resolveDateParts(f, form, c.hasCard, c.hasBirth), retally: true },
  { id: 'cardholder', reason: 'a name among card fields is the cardholder', run: (f) => resolveCardholder(f) },
  { id: 'card-number', reason: 'a bare "Number" between card fields is the card number', run: (f) => resolveCardNumber(f) },
  { id: 'lookups', reason: 'a search box among address fields looks an address part up', run: (f, form) => resolveLookups(f, form) },
  { id: 'calling-code', reason: 'a country list right before a phone number is its calling code', run: (f) => resolveCallingCode(f) },
  { id: 'repeats', reason: 'a second email or password box confirms the first; a signup password is new', run: (f, form) => resolveRepeats(f, form) },
  { id: 'identifiers', reason: 'the field before a login password is the sign-in identifier', run: (f, form) => resolveIdentifiers(f, form) },
  { id: 'sms-codes', reason: 'a code the page says comes by SMS verifies the phone', run: (f, form) => resolveCodes(f, form) },
  { id: 'security-code', reason: 'a "security code" with no card around is a login code', run: (f) => resolveSecurityCode(f) },
  { id: 'address-and-names', reason: 'a second street line; "Name" beside "First name" is the family name', run: (f) => resolveAddressAndNames(f) },
  { id: 'tax-owner', reason: "a tax number is the person's unless the form is a company's", run: (f) => resolveTaxOwner(f) },
  { id: 'document-number', reason: 'the box after a list of identity documents takes its number', run: (f) => resolveDocumentNumber(f), retally: true },
  { id: 'sections', reason: 'billing or shipping block, for the evidence (never decides)', run: (f) => noteSections(f), retally: true },
];

/** Pass 2 over one form, after its kind is known: the context rules in their order. Mutates the field scores. */
export function applyContext(fields: FieldScore[], form: FormSignals): void {
  const card: CardAndBirth = {
    hasCard: fields.some((f) => f.top === T['cc-number'] || f.top === T['cc-csc']),
    hasBirth: fields.some((f) => is(f, BIRTH_PARTS) || cue(f, 'cue:birth') >= 2 || ctx(f, 'cue:birth') >= 1),
  };
  for (const rule of CONTEXT_RULES) {
    rule.run(fields, form, card);
    if (rule.retally) for (const fs of fields) retally(fs);
  }
}
