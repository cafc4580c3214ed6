// The JSON contract of `kyc-lens analyze` (README, "CLI contract"), checked against the pages it read.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src/cli/parse-html.ts';
import { FORM_KINDS } from '../../../src/core/report.ts';
import { CATEGORIES } from '../../../src/core/taxonomy/categories.ts';
import { resolveSelector } from '../../../src/dom/selector.ts';
import { writePages } from './fixtures.ts';
import { runCli } from './run-cli.ts';

type Field = { selector: string; category: string; fieldType: string; confidence: number; requirements: string[]; evidence: string[] };
type Page = { source: string; url?: string; provider?: string; forms?: { selector: string | null; kind: string; fields: Field[] }[]; error?: string };

const SKIP = new Set(['hidden', 'submit', 'button', 'image', 'reset']);
function candidates(doc: Document): Element[] {
  const out: Element[] = [];
  const visit = (root: ParentNode) => {
    for (const el of root.querySelectorAll('*')) {
      if (['select', 'textarea'].includes(el.localName) || (el.localName === 'input' && !SKIP.has((el.getAttribute('type') ?? 'text').toLowerCase()))) out.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(doc);
  return out;
}

let dir = '';
let pages: Page[] = [];
let code = -1;
beforeAll(async () => {
  dir = writePages();
  const r = await runCli(['analyze', dir, join(dir, 'missing.html')]);
  code = r.code;
  pages = JSON.parse(r.stdout);
});

describe('kyc-lens analyze --format json', () => {
  it('lists every page of the directory (recursively, .html/.htm only) in order, then the missing path', () => {
    expect(code).toBe(0);
    expect(pages.map((p) => p.source.slice(dir.length + 1))).toEqual([
      'binary.html',
      'empty.html',
      'nested/deeper/malformed.html',
      'nested/login.htm',
      'no-fields.html',
      'signup.html',
      'spacing.html',
      'missing.html',
    ]);
  });

  it('gives unreadable pages an error entry and nothing else', () => {
    const byName = Object.fromEntries(pages.map((p) => [p.source.slice(dir.length + 1), p]));
    expect(byName['binary.html']).toEqual({ source: join(dir, 'binary.html'), error: 'not an HTML page (binary content)' });
    expect(byName['empty.html']).toEqual({ source: join(dir, 'empty.html'), error: 'empty file' });
    expect(byName['missing.html']).toEqual({ source: join(dir, 'missing.html'), error: 'no such file or directory' });
    expect(byName['no-fields.html']).toEqual({ source: join(dir, 'no-fields.html'), forms: [] });
  });

  it('reads the page URL and provider from the page, and leaves url out when unknown', () => {
    const signup = pages.find((p) => p.source.endsWith('signup.html'))!;
    expect(signup.url).toBe('https://portal.aws.amazon.com/billing/signup');
    expect(signup.provider).toBe('aws');
    const login = pages.find((p) => p.source.endsWith('login.htm'))!;
    expect(login).not.toHaveProperty('url');
    expect(login).not.toHaveProperty('provider');
  });

  it('has exactly the contract keys, category and kind strings', () => {
    for (const p of pages.filter((x) => !x.error)) {
      expect(Object.keys(p).every((k) => ['source', 'url', 'provider', 'forms'].includes(k))).toBe(true);
      for (const form of p.forms!) {
        expect(Object.keys(form).sort()).toEqual(['fields', 'kind', 'selector']);
        expect(FORM_KINDS).toContain(form.kind);
        for (const f of form.fields) {
          expect(Object.keys(f).sort()).toEqual(['category', 'confidence', 'evidence', 'fieldType', 'requirements', 'selector']);
          expect(CATEGORIES).toContain(f.category);
          expect(f.confidence).toBeGreaterThanOrEqual(0);
          expect(f.confidence).toBeLessThanOrEqual(1);
        }
      }
    }
  });

  it('lists every candidate field once, each selector resolving to exactly it in the re-parsed page (ours and jsdom\'s parse)', () => {
    for (const p of pages.filter((x) => !x.error)) {
      const html = readFileSync(p.source, 'utf8');
      const doc = parseHtml(html);
      const expected = candidates(doc);
      const listed = p.forms!.flatMap((f) => f.fields);
      expect(listed).toHaveLength(expected.length);
      const found = listed.map((f) => {
        const hits = resolveSelector(doc, f.selector);
        expect(hits, f.selector).toHaveLength(1);
        return hits[0];
      });
      expect(new Set(found)).toEqual(new Set(expected));
      for (const form of p.forms!) if (form.selector) expect(doc.querySelectorAll(form.selector)).toHaveLength(1);

      // An independent, spec-compliant parser builds the same tree: light-DOM selectors hold there too.
      const jsdom = new JSDOM(html).window.document;
      for (const f of listed.filter((x) => !x.selector.includes(' >>> '))) expect(jsdom.querySelectorAll(f.selector), f.selector).toHaveLength(1);
    }
  });

  it('puts fields outside any form under a null selector, and follows form=', () => {
    const signup = pages.find((p) => p.source.endsWith('signup.html'))!;
    const formless = signup.forms!.filter((f) => f.selector === null);
    expect(formless).toHaveLength(1);
    const doc = parseHtml(readFileSync(signup.source, 'utf8'));
    const names = (fields: Field[]) => fields.map((f) => resolveSelector(doc, f.selector)[0]!.getAttribute('name'));
    expect(names(formless[0]!.fields)).toEqual(['outside', 'zip']);
    expect(names(signup.forms!.find((f) => f.selector !== null)!.fields)).toEqual(['email', 'fullname', 'phone', 'pw', 'pw2', 'late']);
  });

  it('never prints a value from the page', async () => {
    expect(JSON.stringify(pages)).not.toContain('prefilled@example.com');
  });

  it('exits 1 when nothing could be analysed and 2 on a usage error', async () => {
    const nothing = await runCli(['analyze', join(dir, 'empty.html'), join(dir, 'nope')]);
    expect(nothing.code).toBe(1);
    expect(JSON.parse(nothing.stdout)).toHaveLength(2);
    const emptyDir = writePages({ 'a.txt': 'x' });
    expect((await runCli(['analyze', emptyDir])).code).toBe(1);
    const usage = await runCli(['analyze', '--format', 'yaml', dir]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('--format must be one of json, csv, table');
    expect((await runCli(['analyse', dir])).code).toBe(2);
    expect((await runCli(['analyze'])).stderr).toContain('name at least one saved page or directory');
    expect((await runCli(['analyze', '--bogus', dir])).stderr).toContain('unknown option --bogus');
  });

  it('refuses pages over --max-size with an error entry', async () => {
    const r = await runCli(['analyze', '--max-size', '0.0001', join(dir, 'signup.html')]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)[0].error).toMatch(/^file is too large/);
  });
});

describe('the kyc-lens binary', () => {
  it('runs as a real process: --help, and analyze with the same JSON as in-process', async () => {
    // Compiled code (src/cli/start.ts) goes to the test's folder, not the user's cache.
    const exec = promisify(execFile);
    const run = (file: string, args: string[]) => exec(file, args, { env: { ...process.env, XDG_CACHE_HOME: join(dir, 'xdg') } });
    const bin = join(import.meta.dirname, '../../../bin/kyc-lens.js');
    const help = await run(process.execPath, [bin, '--help']);
    expect(help.stdout).toContain('Usage: kyc-lens <command>');
    const r = await run(process.execPath, [bin, 'analyze', join(dir, 'signup.html'), join(dir, 'nested')]);
    const out = JSON.parse(r.stdout) as Page[];
    expect(out.map((p) => p.source)).toEqual([join(dir, 'signup.html'), join(dir, 'nested/deeper/malformed.html'), join(dir, 'nested/login.htm')]);
    expect(out[0]).toEqual(pages.find((p) => p.source.endsWith('signup.html')));
    const failed = await run(process.execPath, [bin, 'analyze', join(dir, 'empty.html')]).then(
      () => ({ code: 0 }),
      (e: { code: number }) => e,
    );
    expect(failed.code).toBe(1);
  }, 60_000);
});
