// When to rescan: a trailing debounce (wait until the page has been quiet for `quietMs`) with a
// ceiling (`maxWaitMs` after the first request, so a page that never stops mutating is still
// followed), never two scans at once, and one more scan after a running one if anything was asked
// meanwhile. Pure timing logic over injected timers, so tests run it on fake time.
export type ScanReason = 'initial' | 'mutation' | 'navigation' | 'on-request';

export interface ScheduleOptions {
  quietMs: number;
  maxWaitMs: number;
  run(reason: ScanReason): Promise<void>;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
}

// A navigation outranks a mutation; the first scan keeps its "initial" reason.
const RANK: Record<ScanReason, number> = { mutation: 0, navigation: 1, 'on-request': 2, initial: 3 };

export function createScanSchedule(o: ScheduleOptions) {
  let timer: unknown = null;
  let firstRequestAt = 0;
  let pending: ScanReason | null = null;
  let running = false;

  function arm(delay: number) {
    if (timer !== null) o.clearTimeout(timer);
    timer = o.setTimeout(fire, Math.max(0, delay));
  }

  async function fire() {
    timer = null;
    if (running || pending === null) return;
    const reason = pending;
    pending = null;
    running = true;
    try {
      await o.run(reason);
    } catch {
      // A failed scan is retried by the next change; the schedule itself must keep working.
    } finally {
      running = false;
      if (pending !== null) {
        firstRequestAt = o.now();
        arm(o.quietMs);
      }
    }
  }

  return {
    /** Asks for a scan; `quietMs` overrides the wait for this request (0 = as soon as possible). */
    request(reason: ScanReason, quietMs = o.quietMs) {
      const now = o.now();
      if (pending === null) firstRequestAt = now;
      pending = pending === null || RANK[reason] > RANK[pending] ? reason : pending;
      if (running) return; // fire() re-arms when the running scan ends
      const deadline = firstRequestAt + o.maxWaitMs;
      arm(Math.min(quietMs, deadline - now));
    },
    get busy() {
      return running || pending !== null;
    },
  };
}
