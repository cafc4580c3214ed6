import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArchiveUnreachableError, backoffMs, PoliteFetcher, retryAfterMs } from '../../../src/cli/wayback/polite-fetch.ts';
import { ResponseCache } from '../../../src/cli/wayback/response-cache.ts';
import { fakeClock } from './archive-server.ts';

/** A fetch that answers from a script of statuses and records when each request was made. */
function scripted(statuses: (number | Error)[], clock: { now(): number }, headers: Record<string, string> = {}) {
  const at: number[] = [];
  const fn = (async () => {
    at.push(clock.now());
    const next = statuses.shift() ?? 200;
    if (next instanceof Error) throw next;
    return new Response(next === 200 ? 'body' : 'busy', { status: next, headers: next === 200 ? { 'content-type': 'text/html' } : next === 429 ? headers : {} });
  }) as unknown as typeof fetch;
  return { fn, at };
}

describe('polite fetching', () => {
  it('spaces requests by the rate and lets cached answers through without waiting', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kyc-polite-'));
    try {
      const clock = fakeClock();
      const f = scripted([], clock);
      const fetcher = new PoliteFetcher({ clock, fetch: f.fn, rate: 2, cache: new ResponseCache(dir) });
      for (const u of ['a', 'b', 'c']) await fetcher.get(`http://archive.test/${u}`);
      expect(f.at.map((t) => t - f.at[0]!)).toEqual([0, 500, 1000]);
      const again = await fetcher.get('http://archive.test/a');
      expect(again.fromCache).toBe(true);
      expect(new TextDecoder().decode(again.body)).toBe('body');
      expect(f.at).toHaveLength(3);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('keeps the spacing when requests are made at once', async () => {
    const clock = fakeClock();
    const f = scripted([], clock);
    const fetcher = new PoliteFetcher({ clock, fetch: f.fn, rate: 1 });
    await Promise.all(['a', 'b', 'c', 'd'].map((u) => fetcher.get(`http://archive.test/${u}`)));
    expect(f.at.map((t) => t - f.at[0]!)).toEqual([0, 1000, 2000, 3000]);
  });

  it('retries 429 after the Retry-After it names and 5xx after growing back-off', async () => {
    const clock = fakeClock();
    const f = scripted([429, 502, 503, 200], clock, { 'retry-after': '30' });
    const fetcher = new PoliteFetcher({ clock, fetch: f.fn });
    const r = await fetcher.get('http://archive.test/x');
    expect(r.status).toBe(200);
    // 30 s as asked, then the back-off of the second and third attempts (4 s, 8 s).
    expect(f.at.map((t) => t - f.at[0]!)).toEqual([0, 30_000, 34_000, 42_000]);
    expect(fetcher.retries).toBe(3);
  });

  it('gives up with a clear error when the archive stays down or asks for too long a wait', async () => {
    const clock = fakeClock();
    const down = new PoliteFetcher({ clock, fetch: scripted([new TypeError('fetch failed'), 500, 500], clock).fn, attempts: 3 });
    await expect(down.get('http://archive.test/x')).rejects.toThrow(new ArchiveUnreachableError('http://archive.test answered 500 (3 attempts)'));
    const slow = new PoliteFetcher({ clock, fetch: scripted([429], clock, { 'retry-after': '3600' }).fn });
    await expect(slow.get('http://archive.test/x')).rejects.toThrow(/asks to wait 3600 s; try again later/);
  });

  it('reads Retry-After as seconds or a date, and backs off 2, 4, 8 s… up to a minute', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryAfterMs('12', now)).toBe(12_000);
    expect(retryAfterMs('Thu, 01 Jan 2026 00:00:05 GMT', now)).toBe(5000);
    expect(retryAfterMs('soon', now)).toBeNull();
    expect([1, 2, 3, 6, 7].map(backoffMs)).toEqual([2000, 4000, 8000, 60_000, 60_000]);
  });
});
