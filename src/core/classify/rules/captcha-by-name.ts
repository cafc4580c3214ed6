// Context rule `captcha-by-name`: a "security code" or "verification code" box whose own name or id says captcha, with no card around, is the captcha.
// Its place in the order: context.ts CONTEXT_RULES (after `security-code`, which reads such a box as a login code).
import type { FieldScore } from '../scoreboard.ts';
import { T } from '../terms.ts';
import { is, overrule, PAYMENT_FIELDS } from './shared.ts';

const CODES: ReadonlySet<number> = new Set<number>([T['one-time-code'], T['cc-csc']]);

/** The field's own name or id attribute votes the captcha ("captcha", "captcha_string", "confirm_code"). */
const namedCaptcha = (fs: FieldScore): boolean => fs.votes.some((v) => v.type === T.captcha && /^(name|id)\b/.test(v.source));

/**
 * "Güvenlik Kodu", "보안 코드", "Potvrzovací kód": forum and shop signups of 2015–16 caption the code
 * typed from an image with the words a card's or a login's code also uses, and show the image beside
 * the box. The caption cannot tell them apart; the form's own name for the box can (name="captcha",
 * "captcha_string"), as long as no card fields stand in the form.
 */
export function resolveCaptchaByName(fields: FieldScore[]): void {
  const payment = fields.filter((f) => is(f, PAYMENT_FIELDS) && f.top !== T['cc-csc']).length;
  if (payment > 0) return;
  for (const fs of fields) {
    if (!is(fs, CODES) || !namedCaptcha(fs)) continue;
    overrule(fs, T.captcha, fs.topScore + 0.5, 'a code box its form names a captcha, with no card around');
  }
}
