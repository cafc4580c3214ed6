// Context rule `identifiers`: the field before a login password is the sign-in identifier.
// Its place in the order: context.ts CONTEXT_RULES.
import { Ev, type FieldScore } from '../scoreboard.ts';
import { T } from '../terms.ts';
import { CODES, overrule, catOf, is, type FormSignals } from './shared.ts';

const LOGIN_IDENTIFIER = 'sign-in identifier of a login form';

const ASKS_FOR_EMAIL = 'asks for an email address';

const CAPTIONS = new Set(['label', 'aria-label', 'aria-labelledby', 'placeholder']);

/**
 * In a login form the field before the password is the sign-in identifier — a credential, whether
 * it asks for a user name, "email or username", a phone number or the national ID number some
 * sites sign in with ("T.C. Kimlik No", "CPF": the site already holds it, the form collects nothing
 * new; an input of type email stays an email address). Elsewhere a field the page labels as
 * an email address is one, even when its name attribute says "username" or "login".
 */
export function resolveIdentifiers(fields: FieldScore[], form: FormSignals): void {
  if (form.kind === 'login') {
    const pw = fields.findIndex((f) => f.kind === 'password');
    fields.forEach((fs, i) => {
      if (fs.kind === 'password' || fs.kind === 'choice' || fs.kind === 'select' || fs.kind === 'file') return;
      const cat = catOf(fs);
      // (An invitation or promo code or a captcha before the password is that, never the identifier.)
      // A bare "Name" there is the sign-in name ("Logon name", name="name"): a login form asks for no person's name;
      // a first or last name keeps its reading.
      // So is a lone address part there ("Client number", "Service number" read as a house number,
      // "State Identifier" as a region): a login form with no address asks for no house number.
      const justBefore =
        pw >= 0 &&
        i === pw - 1 &&
        (fs.top < 0 || (cat === 'other' && fs.top !== T['promo-code'] && fs.top !== T.captcha) || cat === 'government-id' || fs.top === T.name || (cat === 'address' && !fields.some((g) => g !== fs && catOf(g) === 'address')));
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
    // A caption that asks for a user name and not an email ("Username", "Choose a username") is one,
    // whatever the line beside it says about the account ("Create an account with your email address").
    const captionSays = (type: number) => fs.votes.some((v) => v.type === type && v.kind !== Ev.Token && CAPTIONS.has(v.source));
    const userByCaption = captionSays(T.username) && !captionSays(T.email);
    if ((visibleEmail && !userByCaption) || fs.kind === 'email') overrule(fs, T.email, fs.topScore * 0.5 + 1, ASKS_FOR_EMAIL);
  }
}
