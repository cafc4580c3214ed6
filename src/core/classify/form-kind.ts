// What a form is for, from what it asks (passwords, card fields, codes, documents) and what it says
// (button, heading, page title, URL words in many languages). Each kind gets a score; best wins.
import type { FormFeatures, PageFeatures } from '../features.ts';
import type { FormKind } from '../report.ts';
import { categoryOf, type FieldType } from '../taxonomy/field-types.ts';
import type { FieldScore } from './scoreboard.ts';
import { cuesOf } from './signals/text.ts';
import { C, CUE_COUNT, type Cue, T, TYPE_COUNT, TYPE_IDS } from './terms.ts';

const SOURCE = { button: 3, formHeading: 2, action: 1.5, url: 1.5, title: 1.2, pageHeading: 1 } as const;

/** Add the strongest mention of each cue in one text. */
function addCues(into: Float64Array, raw: string, weight: number, attribute = false): void {
  if (!raw) return;
  const local = new Float64Array(CUE_COUNT);
  for (const h of cuesOf(raw, attribute)) {
    if (h.code < TYPE_COUNT) {
      // A button saying "Subscribe" or "Search" is a cue even though the lexicon files it as a type.
      const alias = TYPE_CUE[h.code];
      if (alias !== undefined) local[alias] = Math.max(local[alias]!, h.weight * weight * 0.6);
      continue;
    }
    const c = h.code - TYPE_COUNT;
    local[c] = Math.max(local[c]!, h.weight * weight);
  }
  for (let c = 0; c < CUE_COUNT; c++) into[c]! += local[c]!;
}

const TYPE_CUE: Partial<Record<number, number>> = {
  [T['marketing-opt-in']]: C['cue:newsletter'],
  [T.search]: C['cue:search'],
  [T['one-time-code']]: C['cue:verification'],
  [T['phone-verification-code']]: C['cue:sms'],
};

function urlWords(url: string): string {
  try {
    const u = new URL(url);
    return `${u.pathname} ${u.search} ${u.hash}`;
  } catch {
    return '';
  }
}

/** Cue strengths from the form's own texts and the page around it. */
export function formCues(form: FormFeatures, page: PageFeatures): Float64Array {
  const cues = new Float64Array(CUE_COUNT);
  for (const b of form.buttons) addCues(cues, b, SOURCE.button / Math.max(1, Math.min(form.buttons.length, 3)) ** 0.5);
  addCues(cues, form.heading, SOURCE.formHeading);
  addCues(cues, urlWords(form.action), SOURCE.action, true);
  addCues(cues, urlWords(page.url), SOURCE.url, true);
  addCues(cues, page.title, SOURCE.title);
  for (const h of page.headings.slice(0, 3)) addCues(cues, h, SOURCE.pageHeading);
  return cues;
}

const cat = (fs: FieldScore) => (fs.top >= 0 ? categoryOf(TYPE_IDS[fs.top]! as FieldType) : 'other');

export function detectFormKind(fields: readonly FieldScore[], cues: Float64Array): FormKind {
  const q = (c: Cue) => cues[C[c]]!;
  let passwords = 0;
  let newPassword = 0;
  let currentWording = 0;
  let card = 0;
  let codes = 0;
  let documents = 0;
  let searches = 0;
  let emails = 0;
  let confirmEmail = 0;
  let usernames = 0;
  let personal = 0;
  let addressish = 0;
  let consent = 0;
  let entries = 0;
  for (const fs of fields) {
    const top = fs.top;
    const isPassword = fs.kind === 'password' && (top < 0 || top === T['current-password'] || top === T['new-password']);
    if (isPassword) {
      passwords++;
      if (fs.features.autocomplete.includes('new-password')) newPassword++;
      if (fs.cues[C['cue:current']]! >= 1) currentWording++;
    }
    if (fs.kind !== 'choice' && fs.kind !== 'file') entries++;
    if (top < 0) continue;
    const c = cat(fs);
    if (top === T['cc-number'] || top === T['cc-csc'] || top === T['cc-exp'] || top === T['cc-exp-month'] || top === T['cc-exp-year']) card++;
    if (top === T['one-time-code'] || top === T['phone-verification-code']) codes++;
    if (c === 'identity-document') documents++;
    if (top === T.search) searches++;
    if (top === T.email) emails++;
    if (top === T['email-confirm']) confirmEmail++;
    if (top === T.username) usernames++;
    if (top === T.consent) consent++;
    if (c === 'name' || c === 'phone' || c === 'date-of-birth' || c === 'government-id' || c === 'nationality' || c === 'organization') personal++;
    if (c === 'address') addressish++;
  }
  const identifiers = emails + usernames;

  const score: Record<FormKind, number> = {
    signup: q('cue:signup'),
    login: q('cue:login'),
    checkout: q('cue:checkout') * 0.7,
    profile: q('cue:profile') * 0.7 + q('cue:change-password'),
    verification: q('cue:verification') * 0.6,
    'identity-verification': q('cue:identity'),
    newsletter: q('cue:newsletter'),
    search: q('cue:search') * 0.5,
    other: 1.5 + q('cue:reset') * 0.8,
  };

  if (passwords >= 2 && currentWording === 0 && q('cue:change-password') < 1) score.signup += 3.5;
  if (passwords >= 2 && (currentWording > 0 || q('cue:change-password') >= 1)) score.profile += 3;
  if (newPassword > 0 && passwords === 1) score.signup += 1.5;
  if (passwords >= 1 && personal + addressish >= 2) score.signup += 2.5;
  if (passwords >= 1 && emails >= 1 && usernames >= 1) score.signup += 1.5;
  if (confirmEmail > 0) score.signup += 1.5;
  if (passwords >= 1 && consent > 0) score.signup += 1;
  if (passwords === 0 && identifiers >= 1 && personal >= 2 && q('cue:signup') >= 1) score.signup += 1;

  if (passwords === 1 && entries <= 3 && personal === 0) score.login += 3.5;
  if (passwords === 1 && newPassword === 0 && identifiers <= 1 && personal === 0 && addressish === 0) score.login += 1;
  if (passwords >= 2) score.login -= 3;

  if (card >= 2) score.checkout += 5;
  else if (card === 1) score.checkout += 2;
  if (addressish >= 3 && passwords === 0) score.checkout += 1;
  if (card >= 2) score.signup -= 1.5;

  if ((personal >= 2 || addressish >= 2) && passwords === 0) score.profile += 1.5;

  if (codes >= 1 && entries <= codes + 1 && passwords === 0) score.verification += 5;
  if (documents >= 1) score['identity-verification'] += 5;

  if (emails === 1 && passwords === 0 && entries <= 2 && personal <= 1) score.newsletter += 2;
  if (searches >= 1 && entries <= 2 && passwords === 0) score.search += 5;

  let kind: FormKind = 'other';
  let top = Number.NEGATIVE_INFINITY;
  for (const [k, v] of Object.entries(score) as [FormKind, number][]) {
    if (v > top) {
      top = v;
      kind = k;
    }
  }
  return kind;
}
