import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAnalyzeArgs } from '../../../src/cli/args.ts';
import { UsageError } from '../../../src/cli/archive/options.ts';
import { pageUrl } from '../../../src/cli/page-url.ts';
import { checkHtml, type Source, sourcesOf } from '../../../src/cli/sources.ts';
import { writePages } from './fixtures.ts';

async function all(paths: string[], maxBytes?: number): Promise<Source[]> {
  const out: Source[] = [];
  for await (const s of sourcesOf(paths, maxBytes ? { maxBytes } : {})) out.push(s);
  return out;
}

describe('sources', () => {
  it('reads named files whatever their extension, and only .html/.htm/.xhtml from directories', async () => {
    const dir = writePages({ 'b.html': '<p>b', 'a/z.xhtml': '<p>z', 'a/y.txt': '<p>y', 'c.htm': '<p>c', '.hidden/x.html': '<p>x', 'node_modules/n.html': '<p>n' });
    const named = join(dir, 'a/y.txt');
    const found = await all([dir, named]);
    expect(found.map((s) => s.source.slice(dir.length + 1))).toEqual(['a/z.xhtml', 'b.html', 'c.htm', 'a/y.txt']);
    expect(found.every((s) => s.html && !s.error)).toBe(true);
  });

  it('turns unreadable inputs into errors in plain words', async () => {
    const dir = writePages({ 'big.html': `<p>${'x'.repeat(5000)}` });
    const [missing, big, isDir] = await all([join(dir, 'nope.html'), join(dir, 'big.html'), dir], 1000);
    expect(missing!.error).toBe('no such file or directory');
    expect(big!.error).toMatch(/^file is too large \(0\.0 MiB; the limit is 0\.0 MiB\)$/);
    expect(isDir!.source).toBe(join(dir, 'big.html'));
  });

  it('tells binary, empty and markup-free files from pages, and decodes by BOM and meta charset', async () => {
    expect(checkHtml(new Uint8Array())).toBe('empty file');
    expect(checkHtml(new Uint8Array([0x47, 0x49, 0x46, 0x38, 0, 1]))).toBe('not an HTML page (binary content)');
    expect(checkHtml(new TextEncoder().encode('just words'))).toBe('not an HTML page (no markup found)');
    expect(checkHtml(new TextEncoder().encode('<form>'))).toBeNull();
    const dir = writePages({});
    const latin = join(dir, 'latin.html');
    writeFileSync(latin, Buffer.concat([Buffer.from('<meta charset="iso-8859-1"><label>Stra'), Buffer.from([0xdf]), Buffer.from('e</label>')]));
    const [page] = await all([latin]);
    expect(page!.html).toContain('Straße');
  });
});

describe('page URL', () => {
  it('prefers the saving tool\'s note, then canonical, then og:url; absolute http(s) only', () => {
    expect(pageUrl('<!-- saved from url=(0041)https://console.cloud.google.com/freetrial -->\n<link rel=canonical href="https://x.test/">')).toBe(
      'https://console.cloud.google.com/freetrial',
    );
    expect(pageUrl('<!--\n Page saved with SingleFile \n url: https://signup.heroku.com/ \n saved date: Mon -->')).toBe('https://signup.heroku.com/');
    expect(pageUrl('<head><meta property="og:url" content="https://a.test/og"><link href="https://a.test/c?x=1&amp;y=2" rel="alternate canonical">')).toBe(
      'https://a.test/c?x=1&y=2',
    );
    expect(pageUrl('<meta property="og:url" content="https://a.test/og">')).toBe('https://a.test/og');
    expect(pageUrl('<link rel="canonical" href="/relative"><link rel=canonical href="javascript:alert(1)">')).toBeUndefined();
    expect(pageUrl('<p>nothing</p>')).toBeUndefined();
  });
});

describe('arguments', () => {
  it('parses formats, output, jobs and size, and refuses the rest with a UsageError', () => {
    expect(parseAnalyzeArgs(['a', 'b', '-f', 'TABLE', '-o', 'out.txt', '-j', '2', '--max-size', '1.5'])).toEqual({
      paths: ['a', 'b'],
      format: 'table',
      output: 'out.txt',
      jobs: 2,
      maxBytes: 1572864,
      help: false,
    });
    expect(parseAnalyzeArgs(['--help']).help).toBe(true);
    for (const bad of [[], ['x', '--format', 'export'], ['x', '--jobs', '0'], ['x', '--max-size', 'lots'], ['x', '--format']]) {
      expect(() => parseAnalyzeArgs(bad)).toThrow(UsageError);
    }
    expect(() => parseAnalyzeArgs(['x', '--format', 'export'])).toThrow(/run kyc-lens export/);
    expect(() => parseAnalyzeArgs(['x', '--format'])).toThrow('--format needs a value');
  });
});
