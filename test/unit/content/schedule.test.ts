import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createScanSchedule, type ScanReason } from '../../../src/content/schedule.ts';

function setup(runMs = 0) {
  const runs: { reason: ScanReason; at: number }[] = [];
  const schedule = createScanSchedule({
    quietMs: 300,
    maxWaitMs: 1500,
    run: async (reason) => {
      runs.push({ reason, at: Date.now() });
      if (runMs) await new Promise((r) => setTimeout(r, runMs));
    },
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
    now: () => Date.now(),
  });
  return { schedule, runs };
}

describe('scan schedule', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('coalesces a burst of requests into one scan after the page is quiet', async () => {
    const { schedule, runs } = setup();
    for (let i = 0; i < 10; i++) {
      schedule.request('mutation');
      await vi.advanceTimersByTimeAsync(50);
    }
    expect(runs).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(300);
    expect(runs.map((r) => r.reason)).toEqual(['mutation']);
    expect(runs[0]?.at).toBe(450 + 300);
  });

  it('still scans during an endless storm, once per maxWait', async () => {
    const { schedule, runs } = setup();
    for (let t = 0; t < 10_000; t += 10) {
      schedule.request('mutation');
      await vi.advanceTimersByTimeAsync(10);
    }
    // 10 s of mutations every 10 ms: one scan per 1.5 s, not one per mutation and not none.
    expect(runs.length).toBeGreaterThanOrEqual(6);
    expect(runs.length).toBeLessThanOrEqual(7);
  });

  it('never runs two scans at once and runs once more for requests made meanwhile', async () => {
    let concurrent = 0;
    let maxConcurrent = 0;
    const runs: ScanReason[] = [];
    const schedule = createScanSchedule({
      quietMs: 100,
      maxWaitMs: 1000,
      run: async (reason) => {
        runs.push(reason);
        concurrent++;
        maxConcurrent = Math.max(maxConcurrent, concurrent);
        await new Promise((r) => setTimeout(r, 500));
        concurrent--;
      },
      setTimeout: (fn, ms) => setTimeout(fn, ms),
      clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
      now: () => Date.now(),
    });
    schedule.request('initial', 0);
    await vi.advanceTimersByTimeAsync(10);
    schedule.request('mutation', 0);
    schedule.request('navigation', 0);
    await vi.advanceTimersByTimeAsync(2000);
    expect(runs).toEqual(['initial', 'navigation']);
    expect(maxConcurrent).toBe(1);
    expect(schedule.busy).toBe(false);
  });

  it('keeps the strongest reason of the coalesced requests', async () => {
    const { schedule, runs } = setup();
    schedule.request('mutation');
    schedule.request('navigation', 100);
    schedule.request('mutation');
    await vi.advanceTimersByTimeAsync(1000);
    expect(runs.map((r) => r.reason)).toEqual(['navigation']);
  });

  it('keeps working after a scan throws', async () => {
    let n = 0;
    const schedule = createScanSchedule({
      quietMs: 10,
      maxWaitMs: 100,
      run: async () => {
        n++;
        if (n === 1) throw new Error('boom');
      },
      setTimeout: (fn, ms) => setTimeout(fn, ms),
      clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
      now: () => Date.now(),
    });
    schedule.request('initial', 0);
    await vi.advanceTimersByTimeAsync(20);
    schedule.request('mutation');
    await vi.advanceTimersByTimeAsync(20);
    expect(n).toBe(2);
  });
});
