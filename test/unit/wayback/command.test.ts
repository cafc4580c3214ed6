import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runTimeline } from '../../../src/cli/commands/timeline.ts';
import { runWaybackCommand, type WaybackIO } from '../../../src/cli/wayback/command.ts';
import { planImport } from '../../../src/core/history/import.ts';
import { type ArchiveServer, fakeClock, startArchiveServer } from './archive-server.ts';
import { AWS_URL, RECORDS, SPA_URL } from './fixtures.ts';

let dir: string;
let server: ArchiveServer;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kyc-wayback-'));
  server = await startArchiveServer(dir, RECORDS);
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});
afterEach(() => {
  server.requests.length = 0;
});

async function wayback(argv: string[], clock = fakeClock()) {
  let stdout = '';
  let stderr = '';
  const io: WaybackIO = {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { isTTY: false, write: (t: string) => (stderr += t) },
    now: () => Date.parse('2026-12-01T00:00:00Z'),
    clock,
  };
  const code = await runWaybackCommand(argv, io);
  return { code, stdout, stderr, clock };
}

interface ExportDoc {
  format: string;
  snapshots: { id: string; url: string; savedAt: number; provider: { id: string | null }; fields: { category: string }[]; provenance?: { archive: string; captureUrl: string; capturedAt: number; digest: string } }[];
}

describe('kyc-lens wayback', { timeout: 60_000 }, () => {
  it('makes one snapshot per period and distinct digest, with provenance, that the import planner accepts', async () => {
    const cacheDir = join(dir, 'cache-a');
    const out = join(dir, 'a.json');
    const r = await wayback(['aws', '--archive', server.archive, '--from', '2019', '--to', '2025', '--cache-dir', cacheDir, '-o', out]);
    expect(r.code).toBe(0);
    // v1, v2, v1 again, the untyped bytes and v3; the PNG is left out by its type without a request.
    expect(r.stderr).toContain('5 chosen');
    expect(r.stderr).toContain('2 not HTML');
    expect(r.stderr).toMatch(/20200601100000id_\/\S+: not an HTML page \(application\/octet-stream\); skipped/);
    const text = await readFile(out, 'utf8');
    const doc = JSON.parse(text) as ExportDoc;
    expect(doc.format).toBe('kyc-lens-export');
    const dates = doc.snapshots.map((s) => new Date(s.savedAt).toISOString().slice(0, 10));
    // 2019-03 (v1), 2019-05 twice (v2, then v1 again), 2021-07 (v3); the PNG and the collapsed 2024 capture are not there.
    expect(dates).toEqual(['2019-03-10', '2019-05-02', '2019-05-20', '2021-07-01']);
    expect(doc.snapshots.every((s) => s.provider.id === 'aws')).toBe(true);
    const p = doc.snapshots[0]!.provenance!;
    expect(p.archive).toBe(server.archive);
    expect(p.captureUrl).toBe(`${server.archive}/20190310100000id_/${AWS_URL}`);
    expect(p.capturedAt).toBe(Date.parse('2019-03-10T10:00:00Z'));
    expect(p.digest).toBe(server.captures[0]!.digest);
    expect(doc.snapshots[3]!.fields.map((f) => f.category)).toContain('payment');
    // v1 was fetched once: its second appearance was answered from the first result.
    const fetches = server.requests.filter((q) => q.startsWith('/web/'));
    expect(fetches).toHaveLength(4);
    const plan = await planImport(new Set(), text);
    expect(plan.errors).toEqual([]);
    expect(plan.toAdd).toHaveLength(4);
    expect(plan.toAdd[0]!.provenance?.digest).toBe(p.digest);
  });

  it('writes an export that timeline reads, and a re-run fetches nothing it already has', async () => {
    const cacheDir = join(dir, 'cache-b');
    const out = join(dir, 'b.json');
    const first = await wayback(['aws', '--archive', server.archive, '--every', 'year', '--cache-dir', cacheDir, '-o', out]);
    expect(first.code).toBe(0);
    expect(server.requests.length).toBeGreaterThan(0);
    server.requests.length = 0;
    const again = await wayback(['aws', '--archive', server.archive, '--every', 'year', '--cache-dir', cacheDir, '-o', join(dir, 'b2.json')]);
    expect(again.code).toBe(0);
    expect(server.requests).toEqual([]);
    expect(await readFile(join(dir, 'b2.json'), 'utf8')).toBe(await readFile(out, 'utf8'));
    let timeline = '';
    const code = await runTimeline([out, '--format', 'json', '--quiet'], { stdout: { write: (t: string) => (timeline += t) }, stderr: { write: () => true }, now: () => 0 });
    expect(code).toBe(0);
    const groups = (JSON.parse(timeline) as { groups: { entries: { capturedOn: string; changes: string[] }[] }[] }).groups;
    expect(groups).toHaveLength(1);
    // --every year: 2019 keeps v1 and v2 (two digests), 2021 keeps v3.
    expect(groups[0]!.entries.map((e) => e.capturedOn)).toEqual(['2019-03-10', '2019-05-02', '2021-07-01']);
    expect(groups[0]!.entries[2]!.changes.join(' ')).toMatch(/Payment/i);
  });

  it('keeps at most one request a second, retries 429 and 5xx honouring Retry-After, and skips damaged index lines', async () => {
    server.fail('/cdx/search/cdx', [{ status: 429, retryAfter: '7' }, { status: 503 }]);
    server.extraIndexLines(AWS_URL, ['["key","2019nope","x"]', 'this is not json', `["key","20220101000000","${AWS_URL}","text/html","200","NOTHELD","10"]`]);
    const clock = fakeClock();
    const r = await wayback(['aws', '--archive', server.archive, '--from', '2019', '--no-cache', '-o', join(dir, 'c.json')], clock);
    server.extraIndexLines(AWS_URL, []);
    expect(r.code).toBe(0);
    // The 429 asked for 7 s; the 503 on the second attempt got the second back-off step (4 s).
    expect(clock.slept.slice(0, 2)).toEqual([7000, 4000]);
    expect(r.stderr).toContain('2 line(s) of the archive');
    expect(r.stderr).toContain('2 unreadable index lines');
    // The capture the index lists at 2022-01-01 is not held at that time: the archive redirects to the nearest one.
    const doc = JSON.parse(await readFile(join(dir, 'c.json'), 'utf8')) as ExportDoc;
    const redirected = doc.snapshots.find((s) => s.provenance?.digest === 'NOTHELD');
    expect(redirected?.provenance?.captureUrl).toBe(`${server.archive}/20210701100000id_/${AWS_URL}`);
    // Requests never closer than a second apart: every gap the clock was asked to wait fills the second.
    const requests = server.requests.length;
    const waited = clock.slept.reduce((a, b) => a + b, 0);
    expect(waited).toBeGreaterThanOrEqual((requests - 1) * 1000);
  });

  it('reports a capture the archive does not hold and a script-built page, and goes on', async () => {
    server.extraIndexLines(SPA_URL, [`["key","20230501000000","${SPA_URL}?v=2","text/html","200","GONE404","10"]`]);
    const r = await wayback([SPA_URL, `${SPA_URL}?v=2`, '--archive', server.archive, '--no-cache', '-o', join(dir, 'd.json')]);
    server.extraIndexLines(SPA_URL, []);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/20230501000000id_\/\S+\?v=2: the archive does not hold this capture \(404\); skipped/);
    expect(r.stderr).toContain('1 missing from the archive');
    expect(r.stderr).toContain('built by script: run with --render');
    expect(r.stderr).toContain('1 built by script');
  });

  it('says clearly when the archive cannot be reached, exits 1 and overwrites nothing', async () => {
    const out = join(dir, 'kept.json');
    await writeFile(out, 'earlier results');
    const r = await wayback(['aws', '--archive', 'http://127.0.0.1:9/web', '--no-cache', '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/the archive could not be reached: cannot reach http:\/\/127\.0\.0\.1:9/);
    expect(r.stderr).toContain('Nothing was written');
    expect(await readFile(out, 'utf8')).toBe('earlier results');
    // Five attempts, with growing waits between them, none of them real.
    expect(r.clock.slept.filter((ms) => ms >= 2000)).toEqual([2000, 4000, 8000, 16000]);
  });

  it('refuses bad options with a usage error', async () => {
    await expect(wayback(['aws', '--every', 'week'])).rejects.toThrow(/--every must be one of month, quarter, year/);
    await expect(wayback(['aws', '--from', '2019-13'])).rejects.toThrow(/--from wants YYYY or YYYYMM/);
    await expect(wayback(['no-such-provider'])).rejects.toThrow(/neither a URL nor a provider id/);
    expect(existsSync(join(dir, 'nothing.json'))).toBe(false);
  });
});

describe('kyc-lens wayback against a pywb collection', { timeout: 60_000 }, () => {
  it('finds the CDX API at <collection>/cdx, reads its one-object-a-line answer and fetches from the collection', async () => {
    const pywb = await startArchiveServer(dir, RECORDS, 'pywb');
    try {
      const r = await wayback([AWS_URL, '--archive', pywb.archive, '--no-cache', '--every', 'year', '--quiet']);
      expect(r.code).toBe(0);
      const doc = JSON.parse(r.stdout) as ExportDoc;
      expect(doc.snapshots.map((s) => new Date(s.savedAt).toISOString().slice(0, 10))).toEqual(['2019-03-10', '2019-05-02', '2021-07-01']);
      expect(pywb.requests[0]).toMatch(/^\/coll\/cdx\?url=/);
      expect(doc.snapshots[0]!.provenance!.captureUrl).toBe(`${pywb.origin}/coll/20190310100000id_/${AWS_URL}`);
    } finally {
      await pywb.close();
    }
  });
});

describe('kyc-lens wayback and redirects', { timeout: 60_000 }, () => {
  it('follows a redirect within the archive but never one out of it to the live web', async () => {
    let liveHits = 0;
    const live = createServer((_req, res) => {
      liveHits++;
      res.end('<form><input type="email" name="e"></form>');
    });
    await new Promise<void>((resolve) => live.listen(0, '127.0.0.1', resolve));
    const liveUrl = `http://127.0.0.1:${(live.address() as AddressInfo).port}/signup`;
    const url = 'https://signup.example.com/join';
    // The archive recorded the page as a redirect to the (live) new address; its index says 200 all the same.
    const archive = await startArchiveServer(dir, [{ url, date: '2022-02-02T00:00:00Z', status: 302, httpHeaders: { Location: liveUrl }, body: '' }]);
    archive.extraIndexLines(url, [`["key","20220202000000","${url}","text/html","200","REDIR","0"]`]);
    try {
      const r = await wayback([url, '--archive', archive.archive, '--no-cache']);
      expect(r.code).toBe(0);
      expect(r.stderr).toContain('the capture redirects out of the archive (302); not followed, skipped');
      expect(liveHits).toBe(0);
      expect((JSON.parse(r.stdout) as ExportDoc).snapshots).toEqual([]);
    } finally {
      await archive.close();
      await new Promise<void>((resolve) => live.close(() => resolve()));
    }
  });
});
