// Whether an address is one of the provider signup pages the manifest runs the script on. Asked at
// every scan, mostly about the same address, so the answer is kept per address; and a match
// pattern (`https://<host><path>`) matches only an address of its own scheme and host, so only
// those patterns are tried. The manifest's paths end in their only `*` (or have none): those are
// a prefix (or the whole path and query), which is what urlMatchesPattern's expression matches,
// without parsing the address again and compiling an expression per pattern on the page's thread.
import { urlMatchesPattern } from '../core/catalog/hosts.ts';

export function signupPageCheck(patterns: readonly string[]): (url: string) => boolean {
  // A single-page app changes its address at every step, within one origin: the patterns of that
  // origin are picked out of the manifest's hundred once, not at every new address.
  const byOrigin = new Map<string, readonly string[]>();
  const patternsOf = (origin: string) => {
    let own = byOrigin.get(origin);
    if (!own) {
      own = patterns.filter((pattern) => pattern.startsWith(`${origin}/`));
      byOrigin.set(origin, own);
    }
    return own;
  };
  const matches = (url: string) => {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return false;
    }
    const { protocol, hostname, pathname, search } = parsed;
    if (protocol !== 'https:' && protocol !== 'http:') return false;
    const origin = `${protocol}//${hostname}`;
    const path = `${pathname}${search}`;
    return patternsOf(origin).some((pattern) => {
      const wanted = pattern.slice(origin.length);
      const star = wanted.indexOf('*');
      if (star < 0) return wanted === path;
      if (star === wanted.length - 1) return path.startsWith(wanted.slice(0, -1));
      return urlMatchesPattern(url, pattern);
    });
  };
  let last: { url: string; signup: boolean } | null = null;
  return (url: string) => {
    if (last?.url !== url) last = { url, signup: matches(url) };
    return last.signup;
  };
}
