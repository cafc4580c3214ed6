import { describe, expect, it } from 'vitest';
import type { PageFeatures } from '../../../src/core/features.ts';
import { redactFeatureUrls, redactUrl } from '../../../src/core/url-redact.ts';

describe('redactUrl', () => {
  it('keeps scheme, host, path and query names; drops values, fragments and credentials', () => {
    expect(redactUrl('https://u:p@signup.example/step2?email=a%40b.example&name=Ann&email=x#token=abc')).toBe(
      'https://signup.example/step2?email=&name=',
    );
    expect(redactUrl('https://portal.aws.amazon.com/billing/signup#/start')).toBe('https://portal.aws.amazon.com/billing/signup');
    expect(redactUrl('https://signin.aws.amazon.com/signup?request_type=register')).toBe('https://signin.aws.amazon.com/signup?request_type=');
    expect(redactUrl('http://localhost:8080/a/?')).toBe('http://localhost:8080/a/');
  });

  it('drops query parts that are values without a name (?someone@example.com)', () => {
    expect(redactUrl('https://x.example/verify?someone@example.com')).toBe('https://x.example/verify');
    expect(redactUrl('https://x.example/v?a%40b=1&ok=2')).toBe('https://x.example/v?ok=');
  });

  it('handles relative and unparsable addresses (a form action)', () => {
    expect(redactUrl('/signup/next?email=a@b.example#x')).toBe('/signup/next?email=');
    expect(redactUrl('?step=2&q=secret')).toBe('?step=&q=');
    expect(redactUrl('next.html#frag')).toBe('next.html');
    expect(redactUrl('')).toBe('');
  });

  it('keeps no value of a non-web URL either', () => {
    expect(redactUrl('file:///home/me/page.html?email=a@b.example')).toBe('file:///home/me/page.html?email=');
  });
});

describe('redactFeatureUrls', () => {
  it('redacts the page URL and every form action, and leaves the rest as it was', () => {
    const page = {
      url: 'https://x.example/signup?email=typed%40example.com',
      title: 'T',
      lang: 'en',
      headings: [],
      forms: [{ selector: null, action: '/next?name=typed', buttons: [], submitButtons: 0, names: '', heading: '', fields: [] }],
      frameOrigins: [],
      scriptOrigins: [],
      truncated: false,
    } as unknown as PageFeatures;
    const out = redactFeatureUrls(page);
    expect(out.url).toBe('https://x.example/signup?email=');
    expect(out.forms[0]!.action).toBe('/next?name=');
    expect(JSON.stringify(out)).not.toContain('typed');
    expect(page.url).toContain('typed'); // the input is not modified
  });
});
