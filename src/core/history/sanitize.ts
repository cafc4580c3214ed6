// What a snapshot may keep of a page's addresses and texts. Query values and fragments can hold an
// e-mail address, a token or a referral code, so only query parameter names and route-like fragments
// ("#/signup/step2") survive; user:password@ never does. Texts are trimmed and capped.
import { redactUrl } from '../url-redact.ts';

export const TEXT_LIMIT = 500;

export function sanitizeUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return capText(raw.split(/[?#]/, 1)[0] ?? '');
  }
  // What the extension keeps of any address (url-redact.ts), plus a hash route ("#/account"), which
  // names a view of a single-page app, without its own query.
  const route = /^#!?\//.test(url.hash) ? url.hash.split('?', 1)[0]! : '';
  return `${redactUrl(raw)}${route}`;
}

/** The origin of a URL, or the input's prefix when it is not a URL (kept short). */
export function sanitizeOrigin(raw: string): string {
  try {
    const origin = new URL(raw).origin;
    return origin === 'null' ? capText(raw, 300) : origin;
  } catch {
    return capText(raw, 300);
  }
}

export function capText(text: string, limit = TEXT_LIMIT): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > limit ? `${clean.slice(0, limit - 1)}…` : clean;
}

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
