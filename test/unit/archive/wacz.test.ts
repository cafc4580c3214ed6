import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { emptyArchiveStats } from '../../../src/cli/archive/types.ts';
import { readWacz } from '../../../src/cli/archive/wacz.ts';
import { buildWarc, concatBytes, damage, pagesJsonl, signupPage, writeWacz } from './build-warc.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kyc-wacz-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const page = (n: number) => signupPage(`Page ${n}`, [{ name: `email${n}`, label: 'Email address', type: 'email' }]);

async function readAll(path: string) {
  const stats = emptyArchiveStats();
  const captures: { source: string; url: string; html: string }[] = [];
  const issues: { source: string; message: string }[] = [];
  for await (const e of readWacz(path, { stats })) {
    if (e.kind === 'issue') issues.push(e.issue);
    else captures.push({ source: e.capture.source, url: e.capture.url, html: await e.capture.html() });
  }
  return { captures, issues, stats };
}

it('reads the pages pages.jsonl lists from every WARC member, stored or deflated, gzip or plain', async () => {
  const a = await buildWarc(
    [
      { url: 'https://signup.example/join', date: '2024-01-01T00:00:00Z', body: page(1) },
      // HTML of a widget frame inside the page: not in the page list.
      { url: 'https://widgets.example/frame.html', date: '2024-01-01T00:00:01Z', body: page(7) },
      { url: 'https://signup.example/style.css', date: '2024-01-01T00:00:01Z', body: 'p{}', contentType: 'text/css' },
    ],
    true,
  );
  const b = await buildWarc([{ url: 'https://signup.example/step2#top', date: '2024-01-01T00:01:00Z', body: page(2) }], false);
  const path = join(dir, 'crawl.wacz');
  await writeWacz(path, [
    { name: 'datapackage.json', data: '{"profile":"data-package","resources":[]}' },
    { name: 'archive/data-1.warc.gz', data: concatBytes(a) },
    { name: 'archive/data-2.warc', data: concatBytes(b), compress: true },
    { name: 'pages/pages.jsonl', data: pagesJsonl([{ url: 'https://signup.example/join', ts: '2024-01-01T00:00:00Z' }]) },
    { name: 'pages/extraPages.jsonl', data: pagesJsonl([{ url: 'https://signup.example/step2', ts: '2024-01-01T00:01:00Z' }]) },
  ]);
  const { captures, issues, stats } = await readAll(path);
  expect(issues).toEqual([]);
  expect(captures.map((c) => c.url)).toEqual(['https://signup.example/join', 'https://signup.example/step2#top']);
  expect(captures[0]!.source).toBe(`${path}!archive/data-1.warc.gz#0`);
  expect(captures[1]!.html).toContain('email2');
  expect(stats.skippedNotPage).toBe(1);
  expect(stats.skippedNotHtml).toBe(1);
});

it('takes every HTML page when the WACZ has no page list', async () => {
  const warc = concatBytes(await buildWarc([1, 2].map((n) => ({ url: `https://s.example/${n}`, date: '2024-01-01T00:00:00Z', body: page(n) })), true));
  const path = join(dir, 'nopages.wacz');
  await writeWacz(path, [{ name: 'archive/data.warc.gz', data: warc }]);
  const { captures } = await readAll(path);
  expect(captures.map((c) => c.url)).toEqual(['https://s.example/1', 'https://s.example/2']);
});

it('steps over a damaged record inside a stored and inside a deflated member', async () => {
  for (const compress of [false, true]) {
    const parts = await buildWarc([1, 2, 3].map((n) => ({ url: `https://s.example/${n}`, date: '2024-01-01T00:00:00Z', body: page(n) })), true);
    const path = join(dir, `damaged-${compress}.wacz`);
    await writeWacz(path, [{ name: 'archive/data.warc.gz', data: concatBytes([parts[0]!, damage(parts[1]!, 40, 50), parts[2]!]), compress }]);
    const { captures, issues } = await readAll(path);
    expect(captures.map((c) => c.url)).toEqual(['https://s.example/1', 'https://s.example/3']);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.source).toBe(`${path}!archive/data.warc.gz#${parts[0]!.length}`);
  }
});

it('reports a file that is not a zip, and a zip without WARCs, as clear issues', async () => {
  const notZip = join(dir, 'broken.wacz');
  await writeFile(notZip, 'this is not a zip file at all');
  const r1 = await readAll(notZip);
  expect(r1.captures).toEqual([]);
  expect(r1.issues[0]!.message).toMatch(/not a readable WACZ/);
  const empty = join(dir, 'empty.wacz');
  await writeWacz(empty, [{ name: 'datapackage.json', data: '{}' }]);
  const r2 = await readAll(empty);
  expect(r2.issues[0]!.message).toMatch(/no archive\/\*\.warc/);
});
