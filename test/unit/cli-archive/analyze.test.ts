import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AnalyzeEntry, runAnalyzeArchives } from '../../../src/cli/archive/analyze.ts';
import type { CommandIO } from '../../../src/cli/archive/options.ts';
import { parseHtml } from '../../../src/cli/parse-html.ts';
import { planImport } from '../../../src/core/history/import.ts';
import { CATEGORIES } from '../../../src/core/taxonomy/categories.ts';
import { FORM_KINDS } from '../../../src/core/report.ts';
import { buildWarc, concatBytes, damage, pagesJsonl, writeWacz } from '../archive/build-warc.ts';
import { AWS_URL, CAPTURES, writeCrawl } from './fixtures.ts';

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
  const io: CommandIO = {
    stdout: {
      write: (t: string) => {
        stdout += t;
        return true;
      },
    },
    stderr: { isTTY: false, write: (t: string) => (stderr += t) },
    now: () => Date.parse('2025-01-01T00:00:00Z'),
  };
  const code = await runAnalyzeArchives(argv, io);
  return { code, stdout, stderr };
}

const FAST = ['--no-cache', '--quiet'];

describe('kyc-lens analyze over web archives', { timeout: 120_000 }, () => {
  it('lists each distinct HTML capture once, in the contract shape, with its record offset and capture time', async () => {
    const { code, stdout } = await analyze([warc, '--jobs', '1', ...FAST]);
    expect(code).toBe(0);
    const entries = JSON.parse(stdout) as AnalyzeEntry[];
    // 8 records: 6 HTML captures, of which 2 repeat an earlier payload at the same URL; a PNG and a revisit.
    expect(entries).toHaveLength(4);
    expect(entries.map((e) => e.capturedAt)).toEqual(['2024-01-10T09:00:00.000Z', '2024-01-10T10:00:00.000Z', '2024-03-05T09:00:00.000Z', '2024-06-20T09:00:00.000Z']);
    expect(entries[0]!.source).toBe(`${warc}#0`);
    expect(entries[0]!.url).toBe(AWS_URL);
    expect(entries[0]!.provider).toBe('aws');
    expect(entries[1]!.provider).toBeUndefined();
    for (const e of entries) {
      expect(Object.keys(e).sort()).toEqual(e.provider ? ['capturedAt', 'forms', 'provider', 'source', 'url'] : ['capturedAt', 'forms', 'source', 'url']);
      for (const f of e.forms!) {
        expect(FORM_KINDS).toContain(f.kind);
        for (const field of f.fields) {
          expect(Object.keys(field).sort()).toEqual(['category', 'confidence', 'evidence', 'fieldType', 'requirements', 'selector']);
          expect(CATEGORIES).toContain(field.category);
        }
      }
    }
    // Every selector matches exactly its element in the archived page.
    const body = CAPTURES[4]!.body as string;
    const doc = parseHtml(body);
    const third = entries[2]!;
    const selectors = third.forms!.flatMap((f) => f.fields.map((x) => x.selector));
    expect(selectors.length).toBe(4);
    for (const s of selectors) expect(doc.querySelectorAll(s)).toHaveLength(1);
    expect(third.forms![0]!.fields.map((f) => f.category)).toEqual(expect.arrayContaining(['email', 'phone']));
  });

  it('prints the same with --jobs 1 and --jobs 2', async () => {
    const one = await analyze([warc, '--jobs', '1', ...FAST]);
    const two = await analyze([warc, '--jobs', '2', ...FAST]);
    expect(two.stdout).toBe(one.stdout);
  });

  it('reports a damaged record and analyses the rest (gzip)', async () => {
    const parts = await buildWarc(CAPTURES, true);
    const path = join(dir, 'damaged.warc.gz');
    await writeFile(path, concatBytes([parts[0]!, parts[1]!, damage(parts[2]!, 40, 80), ...parts.slice(3)]));
    const { code, stdout, stderr } = await analyze([path, '--jobs', '1', '--no-cache']);
    expect(code).toBe(0);
    const entries = JSON.parse(stdout) as AnalyzeEntry[];
    // The other provider's first capture is lost; its second capture (June) now counts as new.
    expect(entries.map((e) => e.capturedAt)).toEqual(['2024-01-10T09:00:00.000Z', '2024-03-05T09:00:00.000Z', '2024-06-20T09:00:00.000Z', '2024-06-20T10:00:00.000Z']);
    const offset = parts[0]!.length + parts[1]!.length;
    expect(stderr).toContain(`${path}#${offset}: damaged record`);
    expect(stderr).toMatch(/kyc-lens: 5 pages, 4 analysed/);
  });

  it('reads WACZ files and saved pages side by side', async () => {
    const wacz = join(dir, 'crawl.wacz');
    await writeWacz(wacz, [
      { name: 'archive/data.warc.gz', data: concatBytes(await buildWarc(CAPTURES.slice(0, 3), true)) },
      { name: 'pages/pages.jsonl', data: pagesJsonl([{ url: AWS_URL, ts: '2024-01-10T09:00:00Z' }]) },
    ]);
    const saved = join(dir, 'saved.html');
    await writeFile(saved, `<!-- saved from url=(0039)https://signup.example.org/register/me -->\n${CAPTURES[2]!.body as string}`);
    const { stdout } = await analyze([wacz, saved, '--jobs', '1', ...FAST]);
    const entries = JSON.parse(stdout) as AnalyzeEntry[];
    expect(entries.map((e) => [e.source, e.url])).toEqual([
      [`${wacz}!archive/data.warc.gz#0`, AWS_URL],
      [saved, 'https://signup.example.org/register/me'],
    ]);
    // A saved page has no capture time in the contract entry.
    expect(entries[1]!.capturedAt).toBeUndefined();
    expect(entries[1]!.forms![0]!.fields.map((f) => f.category)).toEqual(expect.arrayContaining(['name', 'email', 'address']));
  });

  it('--format export writes the workspace export envelope', async () => {
    const { stdout } = await analyze([warc, '--format', 'export', '--jobs', '1', ...FAST]);
    const plan = await planImport(new Set(), stdout);
    expect(plan.errors).toEqual([]);
    expect(plan.toAdd).toHaveLength(5);
  });

  it('an empty directory gives an empty list', async () => {
    const empty = join(dir, 'empty');
    await (await import('node:fs/promises')).mkdir(empty);
    const { stdout } = await analyze([empty, ...FAST]);
    expect(JSON.parse(stdout)).toEqual([]);
  });
});
