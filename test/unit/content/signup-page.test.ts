import { describe, expect, it } from 'vitest';
import { urlMatchesPattern } from '../../../src/core/catalog/hosts.ts';
import { signupHostPatterns } from '../../../src/core/catalog/index.ts';
import { signupPageCheck } from '../../../src/content/signup-page.ts';

const patterns = signupHostPatterns();
/** The definition the check must agree with: any of the manifest's patterns matches. */
const anyPattern = (url: string) => patterns.some((p) => urlMatchesPattern(url, p));

describe('signup page check of the content script', () => {
  it('answers as matching every pattern would, for signup paths and for addresses beside them', () => {
    const urls = patterns.flatMap((p) => {
      const base = p.replace(/\*$/, '');
      const host = new URL(base).host;
      return [base, `${base}/step?x=1#/a`, `${base}x`, `https://${host}/`, `https://${host}/console`, `http://${host}${new URL(base).pathname}`, `https://sub.${host}${new URL(base).pathname}`];
    });
    urls.push('not a url', '', 'https://example.com/billing/signup', 'chrome://newtab/');
    expect(urls.filter(anyPattern).length).toBeGreaterThan(patterns.length); // both answers occur
    expect(urls.filter((u) => !anyPattern(u)).length).toBeGreaterThan(patterns.length);
    const check = signupPageCheck(patterns);
    for (const url of urls) expect(check(url), url).toBe(anyPattern(url));
  });

  it('matches patterns with a * inside, or none, as urlMatchesPattern does', () => {
    const odd = ['https://example.com/a*/signup*', 'https://example.com/exact', 'https://example.com/x?y=*', 'ftp://example.com/f*', 'https://example.com:8443/p*'];
    const urls = ['https://example.com/a/b/signup/1', 'https://example.com/a/signup', 'https://example.com/ab', 'https://example.com/exact', 'https://example.com/exact?q=1', 'https://example.com/exact/', 'https://example.com/x?y=2', 'https://example.com/x?z=2', 'ftp://example.com/f1', 'https://example.com:8443/p1', 'https://example.com/p1', 'HTTPS://EXAMPLE.com/exact'];
    const check = signupPageCheck(odd);
    for (const url of urls) expect(check(url), url).toBe(odd.some((p) => urlMatchesPattern(url, p)));
    expect(urls.filter((u) => check(u)).length).toBeGreaterThan(3);
  });

  it('gives the answer for the current address, not a kept one, when the address changes', () => {
    const check = signupPageCheck(['https://example.com/signup*']);
    expect(check('https://example.com/signup/1')).toBe(true);
    expect(check('https://example.com/console')).toBe(false);
    expect(check('https://example.com/signup/2')).toBe(true);
    expect(check('https://example.com/signup/2')).toBe(true);
  });
});
