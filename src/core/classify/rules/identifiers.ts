// Context rule `identifiers`: the field before a login password is the sign-in identifier.
// Its place in the order: context.ts CONTEXT_RULES.
import { Ev, type FieldScore } from '../scoreboard.ts';
import { C, type Cue, T } from '../terms.ts';
import { CODES, overrule, catOf, is, type FormSignals } from './shared.ts';
import { loginNamedByEmail } from './login-named-by-email.ts';

const LOGIN_IDENTIFIER = 'sign-in identifier of a login form';

const ASKS_FOR_EMAIL = 'asks for an email address';

const CAPTIONS = new Set(['label', 'aria-label', 'aria-labelledby', 'placeholder']);

/** Words of a purchase in the page's title, URL or headings, or the form's own. */
const PURCHASE: readonly Cue[] = ['cue:checkout', 'cue:shipping', 'cue:billing', 'cue:payment'];

/**
 * A login box on a shop's page ("Returning customer?" beside a checkout, or beside a registration
 * that asks for an address) asks for the email the order goes to as much as for a sign-in: a box
 * captioned only as an email address keeps that reading. On a page of its own it is the sign-in.
 */
const onShopPage = (form: FormSignals): boolean => !!form.addressElsewhere || PURCHASE.some((c) => form.cues[C[c]]! > 0);

/**
 * In a login form the field before the password is the sign-in identifier — a credential, whether
 * it asks for a user name, "email or username", a phone number or the national ID number some
 * sites sign in with ("T.C. Kimlik No", "CPF": the site already holds it, the form collects nothing
 * new; an input of type email stays an email address). Elsewhere a field the page labels as
 * an email address is one, even when its name attribute says "username" or "login".
 */
/** Whether the box's own caption (not its attribute names) names `type`. */
export const captionNames = (fs: FieldScore, type: number): boolean => fs.votes.some((v) => v.type === type && v.kind !== Ev.Token && CAPTIONS.has(v.source));

/**
 * Right before a login password, what a box may read as and still be the sign-in identifier: nothing
 * yet, account plumbing other than an invitation code or a captcha, a person's number the site signs
 * in with, a bare "Name" (the sign-in name, "Logon name"; a first or last name keeps its reading), or
 * a lone address part ("Client number" read as a house number, "State Identifier" as a region: a
 * login form with no address asks for no house number).
 */
function passesForIdentifier(fs: FieldScore, fields: readonly FieldScore[]): boolean {
  const cat = catOf(fs);
  if (fs.top < 0 || cat === 'government-id' || fs.top === T.name) return true;
  if (cat === 'other') return fs.top !== T['promo-code'] && fs.top !== T.captcha;
  return cat === 'address' && !fields.some((g) => g !== fs && catOf(g) === 'address');
}

export function resolveIdentifiers(fields: FieldScore[], form: FormSignals): void {
  // Typing an address twice confirms a new one: a form that asks for that registers it, whatever its kind reads.
  const confirmsEmail = (): boolean => fields.some((fs) => fs.votes.some((v) => v.type === T['email-confirm'] && v.weight > 0));
  if (form.kind === 'login' && !confirmsEmail()) {
    const pw = fields.findIndex((f) => f.kind === 'password');
    const shop = onShopPage(form);
    fields.forEach((fs, i) => {
      if (fs.kind === 'password' || fs.kind === 'choice' || fs.kind === 'select' || fs.kind === 'file') return;
      const cat = catOf(fs);
      const justBefore = pw >= 0 && i === pw - 1 && passesForIdentifier(fs, fields);
      const identifierLike = (cat === 'email' || cat === 'phone' || fs.top === T.username || justBefore) && !is(fs, CODES);
      if (!identifierLike || (pw >= 0 && i > pw)) return;
      // On a shop's page a sign-in name captioned as the email address ("Login (e-mail)") is that address.
      if (shop && loginNamedByEmail(fs)) {
        overrule(fs, T.email, fs.topScore + 1, "the sign-in name is the email address, on a shop's page");
        return;
      }
      // An email input still asks for an email address, unless its text offers a user name or phone too.
      if (shop && (fs.kind === 'email' || captionNames(fs, T.email)) && !captionNames(fs, T.username) && !captionNames(fs, T.tel)) return;
      overrule(fs, T.username, Math.max(fs.topScore + 1, 2.5), LOGIN_IDENTIFIER);
    });
    return;
  }
  for (const fs of fields) {
    // Outside a login an email input asks for the address, whatever its developer named it ("MemberName").
    if (fs.kind === 'email' && fs.top === T.email && fs.votes.some((v) => v.type === T.username)) {
      overrule(fs, T.email, fs.topScore * 0.5 + 1, ASKS_FOR_EMAIL);
      continue;
    }
    if (fs.top !== T.username) continue;
    const visibleEmail = fs.votes.some((v) => v.type === T.email && v.kind !== Ev.Token && v.kind !== Ev.Fixed);
    // A caption that asks for a user name and not an email ("Username", "Choose a username") is one,
    // whatever the line beside it says about the account ("Create an account with your email address").
    const userByCaption = captionNames(fs, T.username) && !captionNames(fs, T.email);
    if ((visibleEmail && !userByCaption) || fs.kind === 'email') overrule(fs, T.email, fs.topScore * 0.5 + 1, ASKS_FOR_EMAIL);
  }
}
