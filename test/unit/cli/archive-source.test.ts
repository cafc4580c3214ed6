// Web archives are one more kind of source for `kyc-lens analyze`: their pages come out with the
// archived URL, in the same JSON contract, with selectors resolving in the archived HTML.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src/cli/parse-html.ts';
import { resolveSelector } from '../../../src/dom/selector.ts';
import { signupPage, writeWarc } from '../archive/build-warc.ts';
import { writePages } from './fixtures.ts';
import { runCli } from './run-cli.ts';

describe('analyze over a WARC', () => {
  it('analyses its HTML pages, with their archived URL, next to saved pages; non-pages are skipped', async () => {
    const dir = writePages({ 'a.html': '<form><input name="email" type="email"></form>' });
    const html = signupPage('Create your AWS account', [
      { name: 'email', label: 'Root user email address', type: 'email' },
      { name: 'accountName', label: 'AWS account name' },
    ]);
    await writeWarc(
      join(dir, 'crawl.warc.gz'),
      [
        { url: 'https://portal.aws.amazon.com/billing/signup', date: '2024-03-01T10:00:00Z', body: html },
        { url: 'https://portal.aws.amazon.com/logo.png', date: '2024-03-01T10:00:01Z', body: new Uint8Array([1, 2, 3]), contentType: 'image/png' },
      ],
      true,
    );
    const r = await runCli(['analyze', dir]);
    expect(r.code).toBe(0);
    const pages = JSON.parse(r.stdout) as { source: string; url?: string; provider?: string; forms: { fields: { selector: string }[] }[] }[];
    expect(pages).toHaveLength(2);
    expect(pages[0]!.source).toBe(join(dir, 'a.html'));
    expect(pages[1]!.source.startsWith(join(dir, 'crawl.warc.gz'))).toBe(true);
    const archived = pages.find((p) => p.url === 'https://portal.aws.amazon.com/billing/signup')!;
    expect(archived.provider).toBe('aws');
    const doc = parseHtml(html);
    const fields = archived.forms.flatMap((f) => f.fields);
    expect(fields).toHaveLength(3); // the page adds a password field
    for (const f of fields) expect(resolveSelector(doc, f.selector)).toHaveLength(1);
  });
});
