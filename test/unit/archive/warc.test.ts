import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileSource } from '../../../src/cli/archive/bytes.ts';
import { type ArchiveEvent, emptyArchiveStats } from '../../../src/cli/archive/types.ts';
import { readWarc } from '../../../src/cli/archive/warc.ts';
import { buildWarc, concatBytes, damage, type RecordSpec, signupPage } from './build-warc.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kyc-warc-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const page = (n: number) => signupPage(`Page ${n}`, [{ name: `email${n}`, label: 'Email address', type: 'email' }]);

interface Read {
  captures: { source: string; url: string; capturedAt: number; digest: string | null; html: string | null; error: string | null }[];
  issues: { offset?: number; message: string }[];
  stats: ReturnType<typeof emptyArchiveStats>;
}

async function readAll(bytes: Uint8Array, name = 'a.warc', read = true): Promise<Read> {
  const path = join(dir, `${Math.random().toString(36).slice(2)}-${name}`);
  await writeFile(path, bytes);
  const stats = emptyArchiveStats();
  const out: Read = { captures: [], issues: [], stats };
  const events: AsyncGenerator<ArchiveEvent> = readWarc(fileSource(path, (await stat(path)).size, name), { stats });
  for await (const e of events) {
    if (e.kind === 'issue') out.issues.push(e.issue);
    else {
      let html: string | null = null;
      let error: string | null = null;
      if (read) {
        try {
          html = await e.capture.html();
        } catch (err) {
          error = (err as Error).message;
        }
      }
      out.captures.push({ source: e.capture.source, url: e.capture.url, capturedAt: e.capture.capturedAt, digest: e.capture.digest, html, error });
    }
  }
  return out;
}

const mixed: RecordSpec[] = [
  { url: 'https://signup.example/a', date: '2024-01-02T03:04:05Z', body: page(1) },
  { url: 'https://signup.example/logo.png', date: '2024-01-02T03:04:06Z', body: new Uint8Array([137, 80, 78, 71, 1, 2, 3]), contentType: 'image/png' },
  { url: 'https://signup.example/app.js', date: '2024-01-02T03:04:06Z', body: 'console.log(1)', contentType: 'application/javascript' },
  { url: 'https://signup.example/a', date: '2024-01-02T03:04:07Z', type: 'request', body: '' },
  { url: 'https://signup.example/a', date: '2024-02-02T03:04:05Z', type: 'revisit', body: '' },
  { url: 'https://signup.example/missing', date: '2024-01-02T03:04:08Z', body: page(9), status: 404 },
  { url: 'https://signup.example/sniffed', date: '2024-01-02T03:04:09Z', body: `  \n${page(2)}`, contentType: 'application/octet-stream' },
  { url: 'https://signup.example/blob', date: '2024-01-02T03:04:09Z', body: 'PK\u0003\u0004 not html', contentType: 'application/octet-stream' },
  { url: 'https://signup.example/latin', date: '2024-01-02T03:04:10Z', body: new Uint8Array([...new TextEncoder().encode('<p>Stra'), 0xdf, 0x65]), contentType: 'text/html; charset=iso-8859-1' },
];

describe.each([false, true])('readWarc (gzip %s)', (gzip) => {
  it('takes 2xx HTML responses with URL and capture time, sniffs generic types, skips the rest and counts why', async () => {
    const { captures, issues, stats } = await readAll(concatBytes(await buildWarc(mixed, gzip)));
    expect(issues).toEqual([]);
    expect(captures.map((c) => c.url)).toEqual(['https://signup.example/a', 'https://signup.example/sniffed', 'https://signup.example/latin']);
    expect(captures[0]!.capturedAt).toBe(Date.parse('2024-01-02T03:04:05Z'));
    expect(captures[0]!.html).toContain('name="email1"');
    expect(captures[0]!.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(captures[0]!.source).toBe('a.warc#0');
    expect(captures[1]!.html).toContain('name="email2"');
    expect(captures[2]!.html).toBe('<p>Straße');
    expect(stats).toMatchObject({ records: 9, captures: 3, skippedRevisit: 1, skippedStatus: 1, skippedNotHtml: 3 });
  });

  it('does not buffer a page nobody reads: the next record still parses', async () => {
    const { captures } = await readAll(concatBytes(await buildWarc(mixed, gzip)), 'a.warc', false);
    expect(captures.map((c) => c.url)).toEqual(['https://signup.example/a', 'https://signup.example/sniffed', 'https://signup.example/latin']);
  });

  it('reads a record repeated with the same WARC-Record-ID once', async () => {
    const id = '<urn:uuid:11111111-2222-3333-4444-555555555555>';
    const rec: RecordSpec = { url: 'https://signup.example/a', date: '2024-01-02T03:04:05Z', body: page(1), recordId: id };
    const { captures, stats } = await readAll(concatBytes(await buildWarc([rec, rec, { ...rec, recordId: undefined }], gzip)));
    expect(captures).toHaveLength(2);
    expect(stats.skippedDuplicateRecord).toBe(1);
  });

  it('reports a damaged record in the middle with its offset and reads the records after it', async () => {
    const parts = await buildWarc(
      [1, 2, 3, 4].map((n) => ({ url: `https://signup.example/${n}`, date: `2024-01-0${n}T00:00:00Z`, body: page(n) })),
      gzip,
    );
    const broken = [parts[0]!, damage(parts[1]!, gzip ? 30 : 0, gzip ? 60 : 12), parts[2]!, parts[3]!];
    const { captures, issues } = await readAll(concatBytes(broken));
    expect(captures.map((c) => c.url)).toEqual(['https://signup.example/1', 'https://signup.example/3', 'https://signup.example/4']);
    expect(captures.every((c) => c.error === null && c.html?.includes('<form'))).toBe(true);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.offset).toBe(parts[0]!.length);
    expect(issues[0]!.message).toMatch(/damaged record/);
    // Offsets in the sources point at the records in the file.
    expect(captures[1]!.source).toBe(`a.warc#${parts[0]!.length + parts[1]!.length}`);
  });

  it('reports a record cut short at the end of the file and keeps what came before', async () => {
    const parts = await buildWarc(
      [1, 2].map((n) => ({ url: `https://signup.example/${n}`, date: '2024-01-01T00:00:00Z', body: page(n) + 'x'.repeat(4000) })),
      gzip,
    );
    const cut = concatBytes([parts[0]!, parts[1]!.subarray(0, Math.floor(parts[1]!.length / 2))]);
    const { captures, issues } = await readAll(cut);
    expect(captures[0]!.url).toBe('https://signup.example/1');
    expect(captures[0]!.html).toContain('email1');
    if (gzip) {
      // A cut gzip member cannot be inflated: reported as damage at its offset.
      expect(captures).toHaveLength(1);
      expect(issues).toHaveLength(1);
      expect(issues[0]!.offset).toBe(parts[0]!.length);
    } else {
      // A plain record is found but its payload is short: the capture reports it and is not analysed.
      expect(captures).toHaveLength(2);
      expect(captures[1]!.html).toBeNull();
      expect(captures[1]!.error).toMatch(/truncated/);
    }
  });

  it('skips an HTML payload over the size cap without reading it into memory', async () => {
    const path = join(dir, `big-${gzip}.warc`);
    const big = `<html><body>${'<p>filler</p>'.repeat(20_000)}</body></html>`;
    await writeFile(path, concatBytes(await buildWarc([
      { url: 'https://signup.example/big', date: '2024-01-01T00:00:00Z', body: big },
      { url: 'https://signup.example/small', date: '2024-01-01T00:00:00Z', body: page(1) },
    ], gzip)));
    const stats = emptyArchiveStats();
    const results: string[] = [];
    for await (const e of readWarc(fileSource(path, (await stat(path)).size), { stats, maxHtmlBytes: 10_000 })) {
      if (e.kind !== 'capture') continue;
      results.push(await e.capture.html().then(() => 'ok', (err: Error) => err.message));
    }
    expect(results[0]).toMatch(/larger than 10000 bytes/);
    expect(results[1]).toBe('ok');
    expect(stats.skippedTooLarge).toBe(1);
  });
});

it('reports a file that is not a WARC at all as one issue and yields nothing', async () => {
  const { captures, issues } = await readAll(new TextEncoder().encode('<html>just a page</html>\n'.repeat(10)));
  expect(captures).toEqual([]);
  expect(issues).toHaveLength(1);
  expect(issues[0]!.offset).toBe(0);
});
