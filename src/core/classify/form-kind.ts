// What a form is for, from what it asks (passwords, card fields, codes, documents) and what it says
// (button, heading, page title, URL words in many languages). Each kind gets a score; best wins.
import type { FormFeatures, PageFeatures } from '../features.ts';
import type { FormKind } from '../report.ts';
import type { FieldScore } from './scoreboard.ts';
import { cuesOf, lengthFactor } from './signals/text.ts';
import { C, CUE_COUNT, type Cue, T, TYPE_CATEGORY, TYPE_COUNT } from './terms.ts';

const SOURCE = { button: 6, otherButton: 1.5, formHeading: 3.5, action: 1, names: 2, url: 3.5, title: 1.2, pageHeading: 1 } as const;

// A button saying "Subscribe" or "Search" is a cue even though the lexicon files the word as a type.
const TYPE_CUE = new Map<number, number>([
  [T['marketing-opt-in'], C['cue:newsletter']],
  [T.search, C['cue:search']],
  [T['one-time-code'], C['cue:verification']],
  [T['phone-verification-code'], C['cue:sms']],
]);

const scratch = new Float64Array(CUE_COUNT);

/** Add the strongest mention of each cue in one text. */
function addCues(into: number[], raw: string, weight: number, attribute = false): void {
  if (!raw) return;
  const hits = cuesOf(raw, attribute);
  if (hits.length === 0) return;
  scratch.fill(0);
  for (const h of hits) {
    let c: number;
    let w = h.weight * weight;
    if (h.code < TYPE_COUNT) {
      const alias = TYPE_CUE.get(h.code);
      if (alias === undefined) continue;
      c = alias;
      w *= 0.6;
    } else c = h.code - TYPE_COUNT;
    if (scratch[c]! < w) scratch[c] = w;
  }
  for (let c = 0; c < CUE_COUNT; c++) if (scratch[c]! > 0) into[c]! += scratch[c]!;
}

const SCHEME_AND_HOST = /^[a-z][a-z0-9+.-]*:(?:\/\/[^/?#]*)?/i;
/** Path, query and fragment of a URL: the words a site puts there ("/account/register?step=2"). */
const urlWords = (url: string): string => url.replace(SCHEME_AND_HOST, '');

const NOISE = TYPE_COUNT + C['cue:noise'];
const NEXT_STEP = TYPE_COUNT + C['cue:next-step'];
/** Whether a button's text says anything about what the form is for ("Continue" does not: every flow has one). */
function saysSomething(text: string): boolean {
  for (const h of cuesOf(text)) if (h.code >= TYPE_COUNT ? h.code !== NOISE && h.code !== NEXT_STEP : TYPE_CUE.has(h.code)) return true;
  return false;
}

const saysNextStep = (text: string): boolean => cuesOf(text).some((h) => h.code === NEXT_STEP);

/** Cue strengths from the page around every form: its URL, title and main headings. */
export function pageCues(page: PageFeatures): number[] {
  const cues = new Array<number>(CUE_COUNT).fill(0);
  addCues(cues, urlWords(page.url), SOURCE.url, true);
  addCues(cues, page.title, SOURCE.title);
  // A heading names a form when it is short ("Create your account"); a long one is a tagline
  // ("Website hosting, server rental and domain registration") whose words are not about the form.
  for (const h of page.headings.slice(0, 3)) addCues(cues, h, SOURCE.pageHeading * lengthFactor(h));
  return cues;
}

/**
 * Cue strengths from the form's own texts (buttons, heading, action URL) on top of the page's.
 * The buttons that submit the form say what it does; the others (a "Sign up" tab beside a "Log in"
 * submit, menus, links to the other flow) say little about this form, so they weigh less when the
 * report tells them apart (`submitButtons`; older reports do not, and all buttons count alike).
 */
export function formCues(form: FormFeatures, page: readonly number[]): number[] {
  const cues = page.slice();
  const split = form.submitButtons ? Math.min(form.submitButtons, form.buttons.length) : 0;
  // When no button is known to submit (script-driven forms of type=button), a "Continue"/"Next"
  // button is the form's own action and the others beside it are ways out ("Create account").
  const primary = split > 0 ? form.buttons.slice(0, split) : form.buttons.filter(saysNextStep);
  const rest = split > 0 ? form.buttons.slice(split) : form.buttons.filter((b) => !primary.includes(b));
  const submit = uniqueSaying(primary);
  const other = uniqueSaying(rest).filter((b) => !submit.includes(b));
  addButtons(cues, submit, SOURCE.button);
  addButtons(cues, other, primary.length > 0 ? SOURCE.otherButton : SOURCE.button);
  addCues(cues, form.heading, SOURCE.formHeading * lengthFactor(form.heading));
  addCues(cues, urlWords(form.action), SOURCE.action, true);
  // The developer's own name for the form ("login-form", "registration"), read like the URL's words.
  addCues(cues, form.names ?? '', SOURCE.names, true);
  // "Continue"/"Next" counts only on the button that submits the form (any button when the report
  // cannot tell, and `primary` then holds exactly those): a "Next" in a carousel beside a
  // "Subscribe" submit is no step of this form.
  cues[C['cue:next-step']] = primary.some(saysNextStep) ? SOURCE.button : 0;
  return cues;
}

/** Repeated buttons ("Register" three times in a tab bar) say it once; buttons that say nothing about the form ("Show", "Sign in with Google") are left out. */
const uniqueSaying = (captions: readonly string[]): string[] => [...new Set(captions)].filter(saysSomething);

/** A group of buttons shares its weight, so that many buttons do not outweigh a few. */
function addButtons(cues: number[], captions: readonly string[], weight: number): void {
  const each = weight / Math.sqrt(Math.max(1, Math.min(captions.length, 3)));
  for (const b of captions) addCues(cues, b, each);
}

/** The form's kind: the best of `formKindScores`. */
export function detectFormKind(fields: readonly FieldScore[], cues: ArrayLike<number>): FormKind {
  const score = formKindScores(fields, cues);
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

/** A score per kind, from the field mix and the cue strengths around the form (exported for tests and the bench's error listing). */
export function formKindScores(fields: readonly FieldScore[], cues: ArrayLike<number>): Record<FormKind, number> {
  const q = (c: Cue) => cues[C[c]]!;
  let passwords = 0;
  let newPassword = 0;
  let currentPassword = 0;
  let card = 0;
  let codes = 0;
  let documents = 0;
  let searches = 0;
  let emails = 0;
  let confirmEmail = 0;
  let usernames = 0;
  let personal = 0;
  let birth = 0;
  let addressish = 0;
  let consent = 0;
  let optIn = 0;
  let entries = 0;
  let hasAccount = 0;
  let noAccount = 0;
  let newsletterNear = 0;
  let visiblePasswords = 0;
  let confirmations = 0;
  let stayIn = 0;
  let phones = 0;
  let forgot = 0;
  for (let i = 0; i < fields.length; i++) {
    const fs = fields[i]!;
    // The "already have an account? / no account yet?" line usually sits next to a field.
    hasAccount = Math.max(hasAccount, fs.cues[C['cue:has-account']]!, fs.cues[CUE_COUNT + C['cue:has-account']]!);
    noAccount = Math.max(noAccount, fs.cues[C['cue:no-account']]!, fs.cues[CUE_COUNT + C['cue:no-account']]!);
    // "Get our newsletter" as a field's caption or the line beside it.
    newsletterNear = Math.max(newsletterNear, fs.cues[C['cue:newsletter']]!, fs.cues[CUE_COUNT + C['cue:newsletter']]!);
    const top = fs.top;
    const isPassword = (fs.kind === 'password' && top < 0) || top === T['current-password'] || top === T['new-password'];
    // A plain text box read as a password right beside a real password box is that box's twin: the
    // show-password copy, or the placeholder decoy a script swaps for it. It is the same password,
    // not a second one (a confirm box is itself a password box, and says "confirm").
    if (isPassword && fs.kind !== 'password' && fs.cues[C['cue:confirm']]! < 1 && (fields[i - 1]?.kind === 'password' || fields[i + 1]?.kind === 'password')) continue;
    if (isPassword) {
      // A second password box that says "confirm"/"repeat" (or asks for a new one) is the
      // confirm-password of an account being made; two plain ones are often a show/hide pair.
      if (passwords > 0 && (fs.cues[C['cue:confirm']]! >= 1 || fs.cues[C['cue:new']]! >= 1 || fs.features.autocomplete.includes('new-password'))) confirmations++;
      if (fs.features.visible) visiblePasswords++;
      passwords++;
      // "Forgot password?" beside a password box: only a sign-in offers to recover the password it
      // asks for, and that outweighs the rules hint a login form may show too ("at least 8 characters").
      const forgotHere = Math.max(fs.cues[C['cue:reset']]!, fs.cues[CUE_COUNT + C['cue:reset']]!);
      forgot = Math.max(forgot, forgotHere);
      // (Read before the context rules: "New password" is the box's own word for it.)
      if (fs.features.autocomplete.includes('new-password') || (forgotHere < 1 && (top === T['new-password'] || fs.cues[C['cue:new']]! >= 1 || fs.cues[CUE_COUNT + C['cue:new']]! >= 0.5))) newPassword++;
      if (fs.features.autocomplete.includes('current-password') || fs.cues[C['cue:current']]! >= 1) currentPassword++;
    }
    if (fs.kind !== 'choice' && fs.kind !== 'file') entries++;
    // "Remember me" / "Keep me signed in" beside a field or on a checkbox only sits in login forms.
    else if (fs.kind === 'choice') stayIn = Math.max(stayIn, fs.cues[C['cue:login']]!);
    if (top < 0) continue;
    const c = TYPE_CATEGORY[top]!;
    if (top === T['cc-number'] || top === T['cc-csc'] || top === T['cc-exp'] || top === T['cc-exp-month'] || top === T['cc-exp-year']) card++;
    if (top === T['one-time-code'] || top === T['phone-verification-code']) codes++;
    if (c === 'identity-document') documents++;
    if (top === T.search) searches++;
    if (top === T.email) emails++;
    if (top === T['email-confirm']) confirmEmail++;
    if (top === T.username) usernames++;
    if (top === T.consent) consent++;
    if (top === T['marketing-opt-in']) optIn++;
    if (c === 'date-of-birth') birth++;
    // A calling code or an extension is part of the phone number beside it, not one more thing asked.
    const phonePart = top === T['tel-country-code'] || top === T['tel-extension'];
    if ((c === 'phone' && !phonePart) || c === 'name' || c === 'date-of-birth' || c === 'government-id' || c === 'nationality' || c === 'organization') personal++;
    if (c === 'address') addressish++;
    if (c === 'phone' && !phonePart) phones++;
  }
  const identifiers = emails + usernames + confirmEmail;
  const changePassword = passwords >= 2 && (currentPassword > 0 || q('cue:change-password') >= 1) && newPassword > 0;
  const onlyContact = passwords === 0 && emails >= 1 && confirmEmail === 0 && entries <= emails + 2 && addressish === 0 && birth === 0;

  const score: Record<FormKind, number> = {
    // Trial words ("Start free trial") need an account even on a lone email box; "sign up" there may sign up for emails.
    signup: q('cue:create-account') * 1.2 + q('cue:trial') + q('cue:signup') * (onlyContact ? 0.4 : 1),
    login: q('cue:login'),
    checkout: q('cue:checkout') * 0.7,
    profile: q('cue:profile') * 0.7 + q('cue:change-password'),
    verification: q('cue:verification') * 0.6,
    'identity-verification': q('cue:identity') * 0.5,
    newsletter: q('cue:newsletter'),
    search: q('cue:search') * 0.5,
    other: 1.5 + q('cue:reset') * 0.8,
  };

  // Only beside the fields: as a heading, "Already have an account?" titles the login box itself.
  score.signup += hasAccount * 4;
  score.login += noAccount * 4;

  // Hidden password boxes (a second form's, a template's) do not make a visible one a pair.
  const pair = passwords >= 2 && (visiblePasswords >= 2 || visiblePasswords === 0);
  if (changePassword) score.profile += 4;
  else if (pair && identifiers + personal > 0) score.signup += confirmations > 0 ? 3.5 : 1.2;
  else if (passwords >= 2) score.other += 2; // setting a new password after a reset link
  if (newPassword > 0 && passwords === 1 && !changePassword && identifiers + personal > 0) score.signup += 4;
  if (passwords >= 1 && personal + addressish >= 2) score.signup += 2.5;
  if (passwords >= 1 && emails >= 1 && usernames >= 1) score.signup += 1.5;
  // A sign-in asks for one identifier (a phone number is often offered as the other way in); a
  // password with two or more things about the person makes an account.
  else if (passwords >= 1 && Math.min(identifiers, 1) + personal - phones + addressish >= 2) score.signup += 1.2;
  if (confirmEmail > 0) score.signup += 3;
  if (passwords >= 1 && (consent > 0 || optIn > 0)) score.signup += 1.5;
  // More than contact details with "Sign up" and no password (the password comes by email or later);
  // a name and an email alone are what a newsletter asks for.
  if (passwords === 0 && !onlyContact && identifiers >= 1 && personal >= 2 && Math.max(q('cue:signup'), q('cue:trial')) >= 1) score.signup += 1;
  if (birth > 0 && addressish === 0 && card === 0) score.signup += 1.5;

  // A phone number is a sign-in identifier as often as an email address: with no email or user
  // name beside it, one phone number is the identifier, not a fact about the person.
  const aboutThePerson = personal - Math.min(phones, identifiers === 0 ? 1 : 0);
  if (passwords === 1 && entries <= 3 && aboutThePerson === 0) score.login += 3;
  if (passwords === 1 && newPassword === 0) score.login += stayIn * 2.5 + Math.min(forgot, 1) * 4;
  if (passwords === 1 && newPassword === 0 && identifiers <= 1 && aboutThePerson === 0 && addressish === 0) score.login += 1;
  if (passwords >= 2) score.login -= 1.5;

  if (card >= 2) score.checkout += 5;
  else if (card === 1) score.checkout += 2;
  if (addressish >= 3 && passwords === 0) score.checkout += 1;
  if (card >= 2) score.signup -= 1.5;
  // A password with no card, billing or address field makes an account or signs in to one: payment
  // words on its button ("Pay $1 now and finish", "Continue to payment") are the next step of a paid
  // sign-up, which takes the card in a form of its own.
  if (passwords >= 1 && card === 0 && addressish === 0) score.checkout *= 0.4;

  if ((personal >= 2 || addressish >= 2) && passwords === 0) score.profile += 1.5;

  if (codes >= 1 && entries <= codes + 1 && passwords === 0) score.verification += 5;
  if (documents >= 1) score['identity-verification'] += 5 + q('cue:identity') * 0.5;

  // An email box alone is a newsletter when something says so; with a bare "Continue" it is as
  // likely the first step of a sign-in or sign-up.
  // ("Sign up" on a lone email box signs up for emails).
  const saysNewsletter = optIn > 0 || q('cue:newsletter') > 0 || newsletterNear >= 0.5;
  if (onlyContact) score.newsletter += 1.5 + (saysNewsletter ? 2 : q('cue:signup') > 0 ? 1 : 0);
  // One email box whose submit says "Continue"/"Next" and nothing about newsletters: the first step
  // of an email-first sign-in (account-creation words on the page or button still make it a signup).
  if (onlyContact && entries === 1 && !saysNewsletter) score.login += q('cue:next-step') * 0.4;
  // A name and an email whose submit says "Next": the first step of an account (a newsletter
  // subscribes in one step and says so).
  if (onlyContact && personal >= 1 && !saysNewsletter && q('cue:next-step') > 0) score.signup += 2;
  if (searches >= 1 && entries <= 2 && passwords === 0) score.search += 5;
  return score;
}
