// Context rule `repeats`: a second email or password box confirms the first; a signup password is new.
// Its place in the order: context.ts CONTEXT_RULES.
import { Rule } from '../rule-groups.ts';
import { type FieldScore, vote } from '../scoreboard.ts';
import { T } from '../terms.ts';
import { PASSWORDS, overrule, is, cue, ctx, captionTexts, type FormSignals } from './shared.ts';

export function resolveRepeats(fields: FieldScore[], form: FormSignals): void {
  let emailSeen = false;
  let passwordSeen = 0;
  const passwordCount = fields.filter((f) => f.kind === 'password' || is(f, PASSWORDS)).length;
  fields.forEach((fs, i) => {
    const prev = fields[i - 1];
    if (fs.top === T.email || fs.top === T['email-confirm']) {
      if (emailSeen && fs.top === T.email) {
        if (cue(fs, 'cue:confirm') >= 1) overrule(fs, T['email-confirm'], fs.topScore + 1, 'confirm wording after an email field');
        else if (prev && (prev.top === T.email || prev.top === T['email-confirm']) && !namesAnotherAddress(fs, prev) && !namesTheDomain(fs)) overrule(fs, T['email-confirm'], fs.topScore * 0.5 + 0.5, 'repeats the email field above');
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
      // "Confirm" on the form's only password box confirms an action with the current password
      // ("Enter your password to confirm"): there is no first box for it to repeat.
      else if (cue(fs, 'cue:new') >= 1 || (cue(fs, 'cue:confirm') >= 1 && passwordCount >= 2)) vote(fs, Rule.context, T['new-password'], s + 1, 'new/confirm wording');
      else if (form.kind === 'signup') vote(fs, Rule.context, T['new-password'], s + 0.5, SIGNUP_FORM_PASSWORD);
      // A checkout's "Create your account" block (heading or legend over the box) makes the account as it pays.
      else if (form.kind === 'checkout' && ctx(fs, 'cue:create-account') > 0) vote(fs, Rule.context, T['new-password'], s + 0.5, 'password under create-account words in a checkout');
      else if (passwordSeen > 0 && passwordCount >= 2) vote(fs, Rule.context, T['new-password'], s * 0.5, 'repeated password field');
      passwordSeen++;
    }
  });
}

const SIGNUP_FORM_PASSWORD = 'password of a signup form';

/**
 * Two email boxes each with a caption of its own, and the second's says no "confirm": two addresses
 * (an email and a certified PEC, a billing email), not one typed twice.
 */
function namesAnotherAddress(fs: FieldScore, prev: FieldScore): boolean {
  const own = fs.features.labels[0]?.trim().toLowerCase() ?? '';
  const before = prev.features.labels[0]?.trim().toLowerCase() ?? '';
  return own !== '' && before !== '' && own !== before && !own.includes(before);
}

/** Words for the part of an address after the @ ("이메일 도메인", "メールドメイン", "邮箱域名", "E-Mail-Domain"). */
const DOMAIN_PART = /domain|도메인|ドメイン|域名|domaine|dominio|домен/i;

/**
 * "[id] @ [domain]": Korean, Japanese and Chinese signups split one address at the @ into two boxes,
 * the second captioned (often only by its title) as the domain. It is the rest of the address, not
 * the address typed again.
 */
function namesTheDomain(fs: FieldScore): boolean {
  return captionTexts(fs).some((t) => DOMAIN_PART.test(t));
}
