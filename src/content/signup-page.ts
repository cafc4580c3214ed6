// Whether an address is one of the provider signup pages the manifest runs the script on. Asked at
// every scan, mostly about the same address, so the answer is kept per address; and a match
// pattern (`https://<host><path>`) matches only an address of its own scheme and host, so only
// those patterns are tried: each try parses the address again, and the manifest has ~90 patterns.
import { urlMatchesPattern } from '../core/catalog/hosts.ts';

export function signupPageCheck(patterns: readonly string[]): (url: string) => boolean {
  const matches = (url: string) => {
    let prefix: string;
    try {
      const { protocol, hostname } = new URL(url);
      prefix = `${protocol}//${hostname}/`;
    } catch {
      return false;
    }
    return patterns.some((pattern) => pattern.startsWith(prefix) && urlMatchesPattern(url, pattern));
  };
  let last: { url: string; signup: boolean } | null = null;
  return (url: string) => {
    if (last?.url !== url) last = { url, signup: matches(url) };
    return last.signup;
  };
}
