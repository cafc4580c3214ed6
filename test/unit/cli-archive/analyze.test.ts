// `kyc-lens analyze` over web archives, through the CLI's real entry point (main): the JSON contract,
// worker threads, the digest cache for archive records, damaged records.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.ts';
import { parseHtml } from '../../../src/cli/parse-html.ts';
import { FORM_KINDS } from '../../../src/core/report.ts';
import { CATEGORIES } from '../../../src/core/taxonomy/categories.ts';
import { buildWarc, concatBytes, damage, pagesJsonl, writeWacz } from '../archive/build-warc.ts';
import { AWS_URL, CAPTURES, OTHER_URL, writeCrawl } from './fixtures.ts';

interface Entry {
  source: string;
  url?: string;
  provider?: string;
  forms?: { selector: string | null; kind: string; fields: { selector: string; category: string }[] }[];
  error?: string;
}

let dir: string;
let warc: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kyc-analyze-'));
  warc = join(dir, 'crawl.warc');
  await writeCrawl(warc, false);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function analyze(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(['analyze', ...argv], {
    stdout: {
      write: (t: string) => {
        stdout += t;
        return true;
      },
    },
    stderr: { write: (t: string) => (stderr += t) },
  });
  return { code, stdout, stderr };
}

describe('kyc-lens analyze over web archives', { timeout: 120_000 }, () => {
  it('lists every HTML capture in archive order in the contract shape, selectors resolving in the archived page', async () => {
    const { code, stdout } = await analyze([warc, '--jobs', '1', '--no-cache', '-q']);
    expect(code).toBe(0);
    const entries = JSON.parse(stdout) as Entry[];
    // 8 records: 6 HTML captures (2 of them repeat an earlier payload), a PNG and a revisit.
    expect(entries.map((e) => e.url)).toEqual([AWS_URL, OTHER_URL, AWS_URL, AWS_URL, AWS_URL, OTHER_URL]);
    expect(entries[0]!.source).toBe(`${warc}#0`);
    expect(entries.map((e) => e.provider)).toEqual(['aws', undefined, 'aws', 'aws', 'aws', undefined]);
    for (const e of entries) {
      expect(Object.keys(e).sort()).toEqual(e.provider ? ['forms', 'provider', 'source', 'url'] : ['forms', 'source', 'url']);
      for (const f of e.forms!) {
        expect(FORM_KINDS).toContain(f.kind);
        for (const field of f.fields) expect(CATEGORIES).toContain(field.category);
      }
    }
    // A repeated capture gets its own entry (its own record) with the same analysis.
    expect(entries[2]!.forms).toEqual(entries[0]!.forms);
    const doc = parseHtml(CAPTURES[4]!.body as string);
    const selectors = entries[3]!.forms!.flatMap((f) => f.fields.map((x) => x.selector));
    expect(selectors).toHaveLength(4);
    for (const s of selectors) expect(doc.querySelectorAll(s)).toHaveLength(1);
    expect(entries[3]!.forms![0]!.fields.map((f) => f.category)).toEqual(expect.arrayContaining(['email', 'phone']));
  });

  it('prints the same with --jobs 1 and --jobs 2', async () => {
    const one = await analyze([warc, '--jobs', '1', '--no-cache', '-q']);
    const two = await analyze([warc, '--jobs', '2', '--no-cache', '-q']);
    expect(two.stdout).toBe(one.stdout);
    expect(JSON.parse(two.stdout)).toHaveLength(6);
  });

  it('re-runs from the digest cache without classifying a page, and --no-cache classifies again', async () => {
    const cacheDir = join(dir, 'cache');
    const first = await analyze([warc, '--jobs', '2', '--cache-dir', cacheDir]);
    expect(first.stderr).toMatch(/^kyc-lens: 6 pages, 4 analysed, 0 from cache, 2 duplicates in [\d.]+ s \([\d.]+ pages\/s, 2 threads\)\.\n$/);
    const second = await analyze([warc, '--jobs', '2', '--cache-dir', cacheDir]);
    expect(second.stderr).toMatch(/^kyc-lens: 6 pages, 0 analysed, 4 from cache, 2 duplicates/);
    expect(second.stdout).toBe(first.stdout);
    const third = await analyze([warc, '--jobs', '1', '--cache-dir', cacheDir, '--no-cache']);
    expect(third.stderr).toMatch(/^kyc-lens: 6 pages, 4 analysed, 0 from cache/);
  });

  it('gives a damaged record an error entry with its offset and analyses the rest (gzip)', async () => {
    const parts = await buildWarc(CAPTURES, true);
    const path = join(dir, 'damaged.warc.gz');
    await writeFile(path, concatBytes([parts[0]!, parts[1]!, damage(parts[2]!, 40, 80), ...parts.slice(3)]));
    const { code, stdout } = await analyze([path, '--jobs', '1', '--no-cache', '-q']);
    expect(code).toBe(0);
    const entries = JSON.parse(stdout) as Entry[];
    const offset = parts[0]!.length + parts[1]!.length;
    expect(entries.map((e) => e.source)).toEqual([
      `${path}#0`,
      `${path}#${offset}`,
      ...[3, 4, 6, 7].map((i) => `${path}#${parts.slice(0, i).reduce((n, p) => n + p.length, 0)}`),
    ]);
    expect(entries[1]!.error).toMatch(/^damaged record: gzip data cannot be inflated .*; skipped \d+ bytes to the next record$/);
    expect(entries.filter((e) => e.forms)).toHaveLength(5);
  });

  it('reads WACZ files (pages from pages.jsonl) and saved pages side by side', async () => {
    const wacz = join(dir, 'crawl.wacz');
    await writeWacz(wacz, [
      { name: 'archive/data.warc.gz', data: concatBytes(await buildWarc(CAPTURES.slice(0, 3), true)) },
      { name: 'pages/pages.jsonl', data: pagesJsonl([{ url: AWS_URL, ts: '2024-01-10T09:00:00Z' }]) },
    ]);
    const saved = join(dir, 'saved.html');
    await writeFile(saved, `<!-- saved from url=(0039)https://signup.example.org/register/me -->\n${CAPTURES[2]!.body as string}`);
    const { stdout } = await analyze([wacz, saved, '--jobs', '1', '--no-cache', '-q']);
    const entries = JSON.parse(stdout) as Entry[];
    expect(entries.map((e) => [e.source, e.url])).toEqual([
      [`${wacz}!archive/data.warc.gz#0`, AWS_URL],
      [saved, 'https://signup.example.org/register/me'],
    ]);
    expect(entries[1]!.forms![0]!.fields.map((f) => f.category)).toEqual(expect.arrayContaining(['name', 'email', 'address']));
  });
});
