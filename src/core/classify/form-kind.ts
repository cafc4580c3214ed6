// What a form is for, from what it asks (passwords, card fields, codes, documents) and what it says
// (button, heading, page title, URL words in many languages). The cue words are gathered here; the
// form-kind rules (form-rules/) read them with the field mix, each kind's score is its rules' values
// times their weights (learned-form-weights.ts), and the best kind wins.
import type { FormFeatures, PageFeatures } from '../features.ts';
import { FORM_KINDS, type FormKind } from '../report.ts';
import { FORM_CUE_SOURCES as SOURCE, TYPE_WORD_AS_CUE } from './form-rule-priors.ts';
import { isEventDetail, isJobPaper, isProfileText } from './form-rules/facts.ts';
import { FORM_RULES, formFacts } from './form-rules/index.ts';
import { FORM_WEIGHTS, type FormWeights } from './form-weights.ts';
import type { FieldScore } from './scoreboard.ts';
import { cuesOf, lengthFactor } from './signals/text.ts';
import { C, CUE_COUNT, NOISE, T, TYPE_CATEGORY, TYPE_COUNT } from './terms.ts';

// A button saying "Subscribe" or "Search" is a cue even though the lexicon files the word as a type.
const TYPE_CUE = new Map<number, number>([
  [T['marketing-opt-in'], C['cue:newsletter']],
  [T.search, C['cue:search']],
  [T['one-time-code'], C['cue:verification']],
  [T['phone-verification-code'], C['cue:sms']],
]);

const scratch = new Float64Array(CUE_COUNT);

/**
 * Add the strongest mention of each cue in one text. `typeWords` = false reads cue words only: a
 * page's path names the section it sits in (/news/, /offers/), which the lexicon files as a field's
 * opt-in words, not what a form on it does.
 */
function addCues(into: number[], raw: string, weight: number, attribute = false, typeWords = true): void {
  if (!raw) return;
  const hits = cuesOf(raw, attribute);
  if (hits.length === 0) return;
  scratch.fill(0);
  for (const h of hits) {
    let c: number;
    let w = h.weight * weight;
    if (h.code < TYPE_COUNT) {
      const alias = TYPE_CUE.get(h.code);
      // A type word inside a longer cue phrase is part of that phrase: "Zapisz się" (subscribe) in
      // "Zapisz się na webinar" (an event), "offerte" (offers) in "Vraag een offerte aan" (a quote).
      if (alias === undefined || !typeWords || hits.some((o) => o.code >= TYPE_COUNT && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start)) continue;
      c = alias;
      w *= TYPE_WORD_AS_CUE;
    } else c = h.code - TYPE_COUNT;
    if (scratch[c]! < w) scratch[c] = w;
  }
  for (let c = 0; c < CUE_COUNT; c++) if (scratch[c]! > 0) into[c]! += scratch[c]!;
}

const SCHEME_AND_HOST = /^[a-z][a-z0-9+.-]*:(?:\/\/[^/?#]*)?/i;
/** A query value that is itself an address, plain or percent-encoded ("continue=https%3A%2F%2F…", "ReturnUrl=%2Flogin"). */
const ADDRESS_VALUE = /=(?:[a-z][a-z0-9+.-]*(?::|%3a)(?:\/\/|%2f%2f)|\/|%2f)[^&#]*/gi;
/**
 * Path, query and fragment of a URL: the words a site puts there ("/account/register?step=2"),
 * without the addresses it passes along: where the person goes next names another page.
 */
const urlWords = (url: string): string => url.replace(SCHEME_AND_HOST, '').replace(ADDRESS_VALUE, '=');

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
  addCues(cues, urlWords(page.url), SOURCE.url, true, false);
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
 * After the CUE_COUNT totals come the same cues from the page and the form's heading and action
 * alone, without any button: where the form is, as against what its buttons offer (a "Create
 * account" link beside a sign-in's "Next" is a way out, a /signup path is not).
 */
export function formCues(form: FormFeatures, page: readonly number[], fields: readonly FieldScore[]): number[] {
  // Where the form says it is: its heading and action.
  const ownPlace = new Array<number>(CUE_COUNT).fill(0);
  addCues(ownPlace, form.heading, SOURCE.formHeading * lengthFactor(form.heading));
  addCues(ownPlace, urlWords(form.action), SOURCE.action, true);
  const split = form.submitButtons ? Math.min(form.submitButtons, form.buttons.length) : 0;
  // When no button is known to submit (script-driven forms of type=button), a "Continue"/"Next"
  // button is the form's own action and the others beside it are ways out ("Create account").
  const primary = split > 0 ? form.buttons.slice(0, split) : form.buttons.filter(saysNextStep);
  const rest = split > 0 ? form.buttons.slice(split) : form.buttons.filter((b) => !primary.includes(b));
  const submit = uniqueSaying(primary);
  const other = uniqueSaying(rest).filter((b) => !submit.includes(b));
  const said = new Array<number>(CUE_COUNT).fill(0);
  addButtons(said, submit, SOURCE.button);
  // The form's own visible words alone: its heading, action and submit button, not its page's
  // words, its developer's names or the other buttons beside it (a header's "Login/Register" link).
  const own = ownPlace.map((x, c) => x + said[c]!);
  // The page's words are about the page's main form. A form whose own visible words or action
  // (heading, submit button) name a task of their own — the header's sign-in on a /register
  // page, a newsletter box under a "Create account" title — takes them at a fraction.
  const share = ownTaskElsewhere(ownPlace, said, page, writesToTheSite(fields)) ? SOURCE.pageBehindOwnWords : 1;
  // The developer's own name for the form ("login-form", "registration"), read like the URL's words.
  addCues(said, form.names ?? '', SOURCE.names, true);
  const place = page.map((x, c) => x * share + ownPlace[c]!);
  const cues = place.map((x, c) => x + said[c]!);
  addButtons(cues, other, primary.length > 0 ? SOURCE.otherButton : SOURCE.button);
  // "Continue"/"Next" counts only on the button that submits the form (any button when the report
  // cannot tell, and `primary` then holds exactly those): a "Next" in a carousel beside a
  // "Subscribe" submit is no step of this form.
  cues[C['cue:next-step']] = primary.some(saysNextStep) ? SOURCE.button : 0;
  const elsewhere = Math.max(...ABOUT_SOMETHING_ELSE.map((c) => cues[c]!));
  const askedForElse = fields.some((f) => isJobPaper(f) || isEventDetail(f));
  if (aboutAnEventListOrJob(elsewhere, askedForElse, fields) && !ownWordsOpenAnAccount(own, elsewhere, askedForElse)) for (const c of ACCOUNT_WORDS) cues[c] = place[c] = own[c] = 0;
  return cues.concat(place, own);
}

/** The words that make or open an account ("Register", "Join", "Sign up free", "Anmelden"). */
const ACCOUNT_WORDS: readonly number[] = [C['cue:signup'], C['cue:create-account'], C['cue:trial'], C['cue:login']];

/** The words that say a form is about an event, a waiting list, a job, a warranty or a record kept with a service (a SIM, a pupil). */
const ABOUT_SOMETHING_ELSE: readonly number[] = [C['cue:event'], C['cue:waitlist'], C['cue:job'], C['cue:warranty'], C['cue:record']];

/**
 * Whether a form without a password box is about an event, a waiting list, a job or a product's
 * warranty (its heading, buttons or action, or the page's path, title or headings: "Register for
 * the webinar", /events/, "Join the waitlist", /careers/, "Apply for this job", "Volunteer with
 * us", "Register your product", "SIM registration", "Register as a new patient"; or a résumé upload
 * among its fields): its "Register"/"Join"/"Apply now" signs up for that, not for an account. With
 * a password box it is an account ("Create your account to register for the conference"). Words
 * that also name other things ("events", "jobs", "CV", "イベント") weigh 0.8 in the lexicons, so
 * that a page's heading or title holding one alone ("Upcoming events") stays under the bar; its
 * path, the form's heading or a button clear it. So does a box that only an event asks about
 * ("Dietary requirements", "Esigenze alimentari"), as a résumé upload does for a job.
 * `elsewhere` is the strongest of those words around the form, `askedForElse` whether a box of it
 * only a job or an event asks for.
 */
function aboutAnEventListOrJob(elsewhere: number, askedForElse: boolean, fields: readonly FieldScore[]): boolean {
  if (fields.some(isPasswordBox)) return false;
  return elsewhere >= SOURCE.action || askedForElse;
}

/**
 * Whether the form's own heading, action or submit button offers a free account ("まずは無料会員登録",
 * "Create free account", "Sign up free": trial words, which no event, list or job registration
 * uses, unlike a bare "Register") more strongly than all the event, list or job words around it,
 * and none of its own words name one: the page's "courses" (講座) or "events" in its title and
 * headings are then what the account is for.
 */
function ownWordsOpenAnAccount(own: readonly number[], elsewhere: number, askedForElse: boolean): boolean {
  if (askedForElse || ABOUT_SOMETHING_ELSE.some((c) => own[c]! > 0)) return false;
  return own[C['cue:trial']]! > elsewhere;
}

const isPasswordBox = (f: FieldScore): boolean => f.kind === 'password' || f.top === T['current-password'] || f.top === T['new-password'];

/**
 * The tasks a form names for itself apart from its page: signing in, subscribing, searching,
 * recovering a password, writing to the site. Account, profile, checkout and verification words
 * are left out: they title the sections and steps of one flow ("Customer information", "New
 * customer?", "Payment") as often as a form of its own.
 */
const OWN_TASKS: readonly (readonly number[])[] = [
  [C['cue:login']],
  [C['cue:newsletter']],
  [C['cue:search']],
  [C['cue:reset']],
  [C['cue:contact']],
  [C['cue:comment']],
];
/** Every task the page's words can name. */
const TASKS: readonly (readonly number[])[] = [...OWN_TASKS, [C['cue:signup'], C['cue:create-account'], C['cue:trial']], [C['cue:checkout']], [C['cue:profile'], C['cue:change-password']], [C['cue:verification']], [C['cue:identity']]];
/** A visible message box (not a profile's "About me") on a form that asks no password and no address (a checkout's delivery note): a message to the site. */
function writesToTheSite(fields: readonly FieldScore[]): boolean {
  let box = false;
  for (const f of fields) {
    if (f.kind === 'password' || (f.top >= 0 && TYPE_CATEGORY[f.top] === 'address')) return false;
    if (f.kind === 'textarea' && f.features.visible && !isProfileText(f)) box = true;
  }
  return box;
}
const taskStrength = (cues: ArrayLike<number>, task: readonly number[]): number => Math.max(...task.map((c) => cues[c]!));

/**
 * Whether the form's own words name a task (at least as clearly as its action would) that the page's
 * words put behind another: the task the form names most strongly is not the page's strongest. A
 * message box (`writesToTheSite`) names writing to the site as plainly.
 */
function ownTaskElsewhere(ownPlace: readonly number[], said: readonly number[], page: readonly number[], writes: boolean): boolean {
  let own = -1;
  let ownStrength = 0;
  OWN_TASKS.forEach((task, i) => {
    const s = Math.max(...task.map((c) => ownPlace[c]! + said[c]! + (writes && c === C['cue:contact'] ? SOURCE.action : 0)));
    if (s > ownStrength) {
      ownStrength = s;
      own = i;
    }
  });
  if (own < 0 || ownStrength < SOURCE.action) return false;
  const pageOwn = taskStrength(page, OWN_TASKS[own]!);
  return TASKS.some((task, i) => i !== own && taskStrength(page, task) > pageOwn);
}

/** Repeated buttons ("Register" three times in a tab bar) say it once; buttons that say nothing about the form ("Show", "Sign in with Google") are left out. */
const uniqueSaying = (captions: readonly string[]): string[] => [...new Set(captions)].filter(saysSomething);

/** A group of buttons shares its weight, so that many buttons do not outweigh a few. */
function addButtons(cues: number[], captions: readonly string[], weight: number): void {
  const each = weight / Math.sqrt(Math.max(1, Math.min(captions.length, 3)));
  for (const b of captions) addCues(cues, b, each);
}

/** The form's kind: the best of `formKindScores` (ties go to the kind listed first). */
export function detectFormKind(fields: readonly FieldScore[], cues: ArrayLike<number>, weights: FormWeights = FORM_WEIGHTS): FormKind {
  const score = formKindScores(fields, cues, weights);
  let kind: FormKind = 'other';
  let top = Number.NEGATIVE_INFINITY;
  for (const k of FORM_KINDS) {
    if (score[k] > top) {
      top = score[k];
      kind = k;
    }
  }
  return kind;
}

/** What each rule of the registry says about a form, in the registry's order (the trainer's rows). */
export function formRuleValues(fields: readonly FieldScore[], cues: ArrayLike<number>): number[] {
  const facts = formFacts(fields, cues);
  return FORM_RULES.map((r) => r.value(facts));
}

/** A score per kind: each rule's value times its weight, summed per kind (exported for tests and the bench's error listing). */
export function formKindScores(fields: readonly FieldScore[], cues: ArrayLike<number>, weights: FormWeights = FORM_WEIGHTS): Record<FormKind, number> {
  const values = formRuleValues(fields, cues);
  const score = Object.fromEntries(FORM_KINDS.map((k) => [k, 0])) as Record<FormKind, number>;
  for (let i = 0; i < FORM_RULES.length; i++) if (values[i] !== 0) score[FORM_RULES[i]!.kind] += values[i]! * weights.weights[i]!;
  return score;
}
