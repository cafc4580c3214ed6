// The real command line (bin/kyc-lens.js) in a child process on a generated WARC: worker threads,
// the digest cache on disk, exit codes and stdout/stderr separation.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { writeCrawl } from './fixtures.ts';

const run = promisify(execFile);
// The cache key includes a hash of the engine's sources; pinned here so that edits to the source tree
// between the two runs (other work in progress) cannot turn the second run into a miss.
const started = Date.now();
// XDG_CACHE_HOME: compiled code (src/cli/start.ts) goes to the test's folder, not the user's cache.
const env = () => ({ ...process.env, KYC_LENS_ENGINE_ID: `subprocess-test-${process.pid}-${started}`, XDG_CACHE_HOME: join(dir, 'xdg') });
const CLI = ['bin/kyc-lens.js'];

let dir: string;
let warc: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kyc-sub-'));
  warc = join(dir, 'crawl.warc.gz');
  await writeCrawl(warc);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

it('analyses a WARC on two threads, then re-runs from the cache without analysing', { timeout: 180_000 }, async () => {
  const args = [...CLI, 'analyze', warc, '--jobs', '2', '--cache-dir', join(dir, 'cache')];
  const first = await run(process.execPath, args, { cwd: process.cwd(), env: env() });
  const entries = JSON.parse(first.stdout) as { url: string; provider?: string }[];
  expect(entries).toHaveLength(6);
  expect(entries.filter((e) => e.provider === 'aws')).toHaveLength(4);
  expect(first.stderr).toMatch(/^kyc-lens: 6 pages, 4 analysed, 0 from cache, 2 duplicates in .* 2 threads\)\.\n$/);
  const second = await run(process.execPath, args, { cwd: process.cwd(), env: env() });
  expect(second.stdout).toBe(first.stdout);
  expect(second.stderr).toMatch(/kyc-lens: 6 pages, 0 analysed, 4 from cache, 2 duplicates/);

  const timeline = await run(process.execPath, [...CLI, 'timeline', warc, '--format', 'csv', '--cache-dir', join(dir, 'cache'), '-q'], { cwd: process.cwd(), env: env() });
  expect(timeline.stderr).toBe('');
  expect(timeline.stdout.split('\r\n')[0]).toMatch(/^provider,provider_name,url,captured_on/);
});

it('exits 2 with a usage message on a bad option', { timeout: 60_000 }, async () => {
  const err = await run(process.execPath, [...CLI, 'compare', warc, '--format', 'pdf'], { cwd: process.cwd(), env: env() }).catch((e: { code: number; stderr: string }) => e);
  expect((err as { code: number }).code).toBe(2);
  expect((err as { stderr: string }).stderr).toMatch(/kyc-lens compare: --format must be one of md, csv, json, not "pdf"/);
});
