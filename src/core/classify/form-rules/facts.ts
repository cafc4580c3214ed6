// What a form asks, counted once from the field rules' readings, for the form-kind rules to read.
import type { Category } from '../../taxonomy/categories.ts';
import type { FieldScore } from '../scoreboard.ts';
import { cuesOf } from '../signals/text.ts';
import { C, CUE_COUNT, type Cue, T, TYPE_CATEGORY, TYPE_COUNT } from '../terms.ts';

export interface FormFacts {
  /** Strength of a cue word around the form (its buttons, heading, action, names and the page's URL, title, headings). */
  readonly cue: (c: Cue) => number;
  /** The same from the page (URL path, title, headings) and the form's heading and action only, without its buttons. */
  readonly placeCue: (c: Cue) => number;
  /** The form's own visible words only: its heading, action and submit button, without its page's. */
  readonly ownCue: (c: Cue) => number;
  passwords: number;
  newPassword: number;
  currentPassword: number;
  /** Second password boxes that say "confirm"/"repeat" or ask for a new one. */
  confirmations: number;
  visiblePasswords: number;
  card: number;
  codes: number;
  /** Identity documents (a number or an upload), not counting a résumé upload. */
  documents: number;
  /** A person's identity or tax numbers (national ID, SSN, passport, personal tax ID): what no mailing list asks. */
  idNumbers: number;
  /** An identity document's issuing state or authority, issue or expiry date: the document is being described. */
  documentDetails: number;
  /** File uploads captioned with job words: a résumé, a CV, a cover letter. */
  jobPapers: number;
  searches: number;
  /** Captcha boxes: asked of whoever does the page's task, part of no account. */
  captchas: number;
  emails: number;
  confirmEmail: number;
  usernames: number;
  /** An account's own name (an AWS account name, a workspace URL, a tenant): what only a new account is asked. */
  accountNames: number;
  /** Fields about the person: phone, name, birth, government id, nationality, organization. */
  personal: number;
  phones: number;
  birth: number;
  addressish: number;
  consent: number;
  optIn: number;
  /** Fields one types into (not checkboxes, radios or file pickers). */
  entries: number;
  /** Visible free-text boxes (textarea): a message, a comment, a review; not a profile's "About me", not a street address. */
  textareas: number;
  /** "Already have an account?" / "No account yet?" / newsletter words beside a field (strongest). */
  hasAccount: number;
  noAccount: number;
  newsletterNear: number;
  /** "Invite teammates", "Invite a friend" as an email box's caption or the line beside it (strongest). */
  inviteNear: number;
  /** "Remember me" on a checkbox. */
  stayIn: number;
  /** "Forgot password?" beside a password box. */
  forgot: number;
  /** Fields whose answer identifies the person or their money: a birth date, an address, an ID or tax number, a document, nationality, payment. */
  kycData: number;
}

const HAS_ACCOUNT = C['cue:has-account'];
const NO_ACCOUNT = C['cue:no-account'];
const NEWSLETTER = C['cue:newsletter'];
const RESET = C['cue:reset'];
const INVITE = C['cue:invite'];
const OPTIONAL = C['cue:optional'];
const BIRTH = C['cue:birth'];
/** A cue on a field's own texts or on the line beside it, whichever is stronger. */
const near = (cues: ArrayLike<number>, c: number): number => Math.max(cues[c]!, cues[CUE_COUNT + c]!);

const KYC_DATA: ReadonlySet<Category> = new Set<Category>(['date-of-birth', 'address', 'government-id', 'tax-id', 'identity-document', 'nationality', 'payment']);
const CARD = new Set([T['cc-number'], T['cc-csc'], T['cc-exp'], T['cc-exp-month'], T['cc-exp-year']]);
const EXPIRY = new Set([T['cc-exp'], T['cc-exp-month'], T['cc-exp-year']]);

/** What a box says it is, as a person reads it: its label, else its placeholder or aria-label. */
const caption = (fs: FieldScore): string => (fs.features.labels[0] || fs.features.placeholder || fs.features.ariaLabel).trim().toLowerCase();

/** The counts of `fields`; `cues` = formCues of the form (its totals, then its place part, then its own words). */
export function formFacts(fields: readonly FieldScore[], cues: ArrayLike<number>): FormFacts {
  const f: FormFacts = {
    cue: (c) => cues[C[c]]!,
    // Reports of a form's cues that carry no place part (tests, older callers) read as no place words.
    placeCue: (c) => cues[CUE_COUNT + C[c]] ?? 0,
    ownCue: (c) => cues[2 * CUE_COUNT + C[c]] ?? 0,
    passwords: 0,
    newPassword: 0,
    currentPassword: 0,
    confirmations: 0,
    visiblePasswords: 0,
    card: 0,
    codes: 0,
    documents: 0,
    idNumbers: 0,
    documentDetails: 0,
    jobPapers: 0,
    searches: 0,
    captchas: 0,
    emails: 0,
    confirmEmail: 0,
    usernames: 0,
    accountNames: 0,
    personal: 0,
    phones: 0,
    birth: 0,
    addressish: 0,
    consent: 0,
    optIn: 0,
    entries: 0,
    textareas: 0,
    hasAccount: 0,
    noAccount: 0,
    newsletterNear: 0,
    inviteNear: 0,
    stayIn: 0,
    forgot: 0,
    kycData: 0,
  };
  let lastPassword = '';
  let expiries = 0;
  // The first password box says neither "new" nor "confirm"; the second says "new" and not "confirm".
  let plainFirst = false;
  let newSecond = false;
  for (let i = 0; i < fields.length; i++) {
    const fs = fields[i]!;
    // The "already have an account? / no account yet?" line usually sits next to a field.
    // A password box whose own caption asks it ("Do you already have an account?" over "No, create
    // one now / Yes, my password is:") asks for that account's password: a sign-in, not that line.
    f.hasAccount = Math.max(f.hasAccount, fs.kind === 'password' ? fs.cues[CUE_COUNT + HAS_ACCOUNT]! : near(fs.cues, HAS_ACCOUNT));
    f.noAccount = Math.max(f.noAccount, near(fs.cues, NO_ACCOUNT));
    // "Get our newsletter" as a field's caption or the line beside it.
    f.newsletterNear = Math.max(f.newsletterNear, near(fs.cues, NEWSLETTER));
    const top = fs.top;
    const isPassword = (fs.kind === 'password' && top < 0) || top === T['current-password'] || top === T['new-password'];
    // A password its own caption marks optional ("Mot de passe (facultatif)" in an order form) is an
    // account offered on the way: the form is sent without it, and is read as it is without it.
    if (isPassword && fs.cues[OPTIONAL]! >= 1) continue;
    // A plain text box read as a password right beside a real password box is that box's twin: the
    // show-password copy, or the placeholder decoy a script swaps for it. It is the same password,
    // not a second one (a confirm box is itself a password box, and says "confirm").
    if (isPassword && fs.kind !== 'password' && fs.cues[C['cue:confirm']]! < 1 && (fields[i - 1]?.kind === 'password' || fields[i + 1]?.kind === 'password')) continue;
    // Likewise a second visible password box captioned exactly as the first visible one: a
    // confirmation says so in other words ("Repeat password"), in whatever language.
    if (isPassword && fs.cues[C['cue:confirm']]! < 1 && lastPassword !== '' && caption(fs) === lastPassword) continue;
    if (isPassword) {
      if (fs.features.visible) lastPassword = caption(fs);
      // A second password box that says "confirm"/"repeat" (or asks for a new one) is the
      // confirm-password of an account being made; two plain ones are often a show/hide pair.
      const saysNew = fs.cues[C['cue:new']]! >= 1 || fs.features.autocomplete.includes('new-password');
      const saysConfirm = fs.cues[C['cue:confirm']]! >= 1;
      if (f.passwords > 0 && (saysConfirm || saysNew)) f.confirmations++;
      if (f.passwords === 0) plainFirst = !saysNew && !saysConfirm;
      else if (f.passwords === 1) newSecond = saysNew && !saysConfirm;
      if (fs.features.visible) f.visiblePasswords++;
      f.passwords++;
      // "Forgot password?" beside a password box: only a sign-in offers to recover the password it asks for.
      const forgotHere = near(fs.cues, RESET);
      f.forgot = Math.max(f.forgot, forgotHere);
      // (Read before the context rules: "New password" is the box's own word for it.)
      if (fs.features.autocomplete.includes('new-password') || (forgotHere < 1 && (top === T['new-password'] || fs.cues[C['cue:new']]! >= 1 || fs.cues[CUE_COUNT + C['cue:new']]! >= 0.5))) f.newPassword++;
      if (fs.features.autocomplete.includes('current-password') || fs.cues[C['cue:current']]! >= 1) f.currentPassword++;
    }
    // Hidden ones are machinery (reCAPTCHA's response box, templates), not something the visitor
    // writes; one captioned as part of a profile ("About me", "Bio", "个人简介") is no message to the site.
    if (fs.kind === 'textarea' && fs.features.visible && !isProfileText(fs) && !isAddressText(fs)) f.textareas++;
    if (fs.kind !== 'choice' && fs.kind !== 'file') f.entries++;
    // "Remember me" / "Keep me signed in" beside a field or on a checkbox only sits in login forms.
    else if (fs.kind === 'choice') f.stayIn = Math.max(f.stayIn, fs.cues[C['cue:login']]!);
    if (isJobPaper(fs)) f.jobPapers++;
    if (top < 0) continue;
    const c = TYPE_CATEGORY[top]!;
    if (KYC_DATA.has(c)) f.kycData++;
    if (CARD.has(top)) f.card++;
    if (EXPIRY.has(top)) expiries++;
    if (top === T['one-time-code'] || top === T['phone-verification-code']) f.codes++;
    if (c === 'identity-document' && !isJobPaper(fs)) f.documents++;
    if (c === 'government-id' && top !== T['document-details']) f.idNumbers++;
    if (top === T['document-details']) f.documentDetails++;
    if (top === T.search) f.searches++;
    if (top === T.captcha) f.captchas++;
    if (top === T.email) {
      f.emails++;
      f.inviteNear = Math.max(f.inviteNear, near(fs.cues, INVITE));
    }
    if (top === T['email-confirm']) f.confirmEmail++;
    if (top === T.username) f.usernames++;
    if (top === T['account-name']) f.accountNames++;
    if (top === T.consent) f.consent++;
    if (top === T['marketing-opt-in']) f.optIn++;
    // A plain date box that says nothing of birth ("Date", "Tarih", a booking's day) is read as a
    // birth date by its shape alone: it makes no age check of an account.
    if (c === 'date-of-birth' && (fs.kind !== 'date' || near(fs.cues, BIRTH) > 0)) f.birth++;
    // A calling code or an extension is part of the phone number beside it, not one more thing asked.
    const phonePart = top === T['tel-country-code'] || top === T['tel-extension'];
    if ((c === 'phone' && !phonePart) || c === 'name' || c === 'date-of-birth' || c === 'government-id' || c === 'nationality' || c === 'organization') f.personal++;
    if (c === 'address') f.addressish++;
    if (c === 'phone' && !phonePart) f.phones++;
  }
  // A month/year box with no card number or security code beside it is some other date read by its
  // "MM/YYYY" shape (a licence obtained, a move-in month): a card always comes with its number.
  if (f.card === expiries) f.card = 0;
  // "Password" then "New password", no confirmation: the first is the password the account has
  // (PrestaShop's "Vos informations personnelles" asks it before a change), not a new account's.
  if (f.passwords === 2 && f.currentPassword === 0 && plainFirst && newSecond) f.currentPassword = 1;
  return f;
}

const PROFILE = TYPE_COUNT + C['cue:profile'];
/** A text box captioned as part of a profile ("About me", "Bio", "个人简介"): what the account holder tells others, no message to the site. */
export const isProfileText = (fs: FieldScore): boolean => fs.kind === 'textarea' && cuesOf(caption(fs)).some((h) => h.code === PROFILE);

/** A multi-line box read as an address ("详细地址", "Alamat", "Улица, дом"): where to deliver, no message to the site. */
export const isAddressText = (fs: FieldScore): boolean => fs.kind === 'textarea' && fs.top >= 0 && TYPE_CATEGORY[fs.top] === 'address';

/** A file upload captioned with job words ("Résumé/CV", "Lebenslauf", "履歴書"): an application's papers, not an identity document. */
export const isJobPaper = (f: FieldScore): boolean => f.kind === 'file' && f.cues[C['cue:job']]! >= 0.5;

/** A question only an event's organizer asks, in the box's own caption ("Dietary requirements", "Esigenze alimentari", "Partecipazione"): the form registers for the event. */
export const isEventDetail = (f: FieldScore): boolean => f.kind !== 'password' && f.cues[C['cue:event']]! >= 0.5;

/** Email, user name or a confirm-email box: what an account is known by. */
export const identifiers = (f: FormFacts): number => f.emails + f.usernames + f.confirmEmail;

/** Current password, a new one and (or) "change password" words: changing a password, not making an account. */
export const changesPassword = (f: FormFacts): boolean => f.passwords >= 2 && (f.currentPassword > 0 || f.cue('cue:change-password') >= 1) && f.newPassword > 0;

/** Contact details only (an email and at most two more entries, no password, address, birth date or account name): a newsletter, a contact request or the first step of a flow. */
export const onlyContact = (f: FormFacts): boolean =>
  f.passwords === 0 && f.emails >= 1 && f.confirmEmail === 0 && f.entries <= f.emails + 2 && f.addressish === 0 && f.birth === 0 && f.accountNames === 0;

/**
 * A step of an account being opened: no password, "Continue"/"Next" on its submit, the page or
 * form says it opens an account ("Open your account", "Konto eröffnen", /account-opening/), and it
 * asks what opening one takes (a birth date, an address, an ID number, a bank account). Its
 * "Personal details" heading names the step, as a wizard's steps are named, not a profile kept; a
 * console's "Tell us about yourself" (name, company, job title) after the account exists is one.
 */
export const stepOfNewAccount = (f: FormFacts): boolean =>
  f.passwords === 0 && f.card === 0 && f.kycData > 0 && f.cue('cue:next-step') > 0 && f.cue('cue:create-account') > 0;

/** Hidden password boxes (a second form's, a template's) do not make a visible one a pair. */
export const passwordPair = (f: FormFacts): boolean => f.passwords >= 2 && (f.visiblePasswords >= 2 || f.visiblePasswords === 0);

/** A phone number is a sign-in identifier as often as an email: with no email or user name beside it, one phone number is the identifier, not a fact about the person. */
export const aboutThePerson = (f: FormFacts): number => f.personal - Math.min(f.phones, identifiers(f) === 0 ? 1 : 0);

/** Something says newsletter: an opt-in box, newsletter words around the form or beside a field. */
export const saysNewsletter = (f: FormFacts): boolean => f.optIn > 0 || f.cue('cue:newsletter') > 0 || f.newsletterNear >= 0.5;

/** A password with no card, billing or address field: an account, not a purchase. */
export const passwordWithoutPurchase = (f: FormFacts): boolean => f.passwords >= 1 && f.card === 0 && f.addressish === 0;
