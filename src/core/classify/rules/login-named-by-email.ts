// Part of rule `identifiers`: "Login (e-mail)", "ログインID（メールアドレス）" — a sign-in name whose caption says, in brackets, that it is the email address.
import type { FieldScore } from '../scoreboard.ts';
import { textMatcher } from '../signals/text.ts';
import { T } from '../terms.ts';
import { captionTexts } from './shared.ts';

const BRACKET = /[(（［[]/;

/**
 * Whether a caption names the sign-in name and then, in brackets, the email address: the sign-in
 * name is the email address, no choice between the two ("Email or username") is offered. On a
 * shop's page such a box asks for the address the orders go to.
 */
export function loginNamedByEmail(fs: FieldScore): boolean {
  return captionTexts(fs).some((text) => {
    const at = text.search(BRACKET);
    if (at <= 0) return false;
    const head = textMatcher.match(text.slice(0, at));
    const aside = textMatcher.match(text.slice(at));
    const names = (hits: typeof head, type: number) => hits.some((h) => h.code === type);
    return names(head, T.username) && !names(head, T.email) && names(aside, T.email) && !names(aside, T.username);
  });
}
