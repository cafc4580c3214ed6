// Fetching from a public archive as a good citizen: at most `rate` requests a second (default one),
// retries with exponential back-off on 429 and 5xx answers and on network errors, honouring
// Retry-After, and answers served from the on-disk cache when it has them (a cached answer costs the
// archive nothing and waits for nothing). When the archive stays unreachable the run stops with an
// ArchiveUnreachableError; everything fetched so far is already in the cache.
import type { Clock } from './clock.ts';
import type { CachedResponse, ResponseCache } from './response-cache.ts';

export class ArchiveUnreachableError extends Error {
  override name = 'ArchiveUnreachableError';
}

export interface Fetched {
  url: string;
  finalUrl: string;
  status: number;
  contentType: string | null;
  body: Uint8Array;
  fromCache: boolean;
}

export interface PoliteFetchOptions {
  /** Requests per second at most (default 1). */
  rate?: number;
  clock: Clock;
  fetch?: typeof fetch;
  cache?: ResponseCache | null;
  /** Attempts per URL before giving up (default 5). */
  attempts?: number;
  /** Longest wait a Retry-After may ask for before the run gives up (default 10 min). */
  maxWaitMs?: number;
  userAgent?: string;
  /** Each request actually sent (for tests and the summary). */
  onRequest?: (url: string) => void;
  /** Per-request time limit (default 60 s). */
  timeoutMs?: number;
}

/** How long a Retry-After header asks to wait (seconds or an HTTP date), or null. */
export function retryAfterMs(value: string | null, now: number): number | null {
  if (!value) return null;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  return Number.isFinite(at) ? Math.max(0, at - now) : null;
}

/** 2 s, 4 s, 8 s… up to a minute. */
export const backoffMs = (attempt: number) => Math.min(60_000, 2000 * 2 ** (attempt - 1));

const PERMANENT = new Set([200, 404, 410]);

export class PoliteFetcher {
  requests = 0;
  retries = 0;
  private nextAt = 0;
  private readonly gapMs: number;
  private readonly fetchFn: typeof fetch;

  constructor(private readonly options: PoliteFetchOptions) {
    this.gapMs = 1000 / (options.rate ?? 1);
    this.fetchFn = options.fetch ?? fetch;
  }

  private queue: Promise<void> = Promise.resolve();

  /** Waits for this request's slot; concurrent callers are served one after another, `gapMs` apart. */
  private turn(): Promise<void> {
    const { clock } = this.options;
    const mine = this.queue.then(async () => {
      const wait = this.nextAt - clock.now();
      if (wait > 0) await clock.sleep(wait);
      this.nextAt = clock.now() + this.gapMs;
    });
    this.queue = mine.catch(() => {});
    return mine;
  }

  /**
   * GETs `url`. `maxAgeMs` is how old a cached answer may be (Infinity for captures, which never
   * change). 200, 404 and 410 answers are cached; others are returned uncached. Redirects are
   * followed only within the archive's own origin (at most five): a capture that redirects elsewhere
   * is answered as the redirect, never fetched from the live web.
   */
  async get(url: string, maxAgeMs = Number.POSITIVE_INFINITY): Promise<Fetched> {
    const { clock, cache } = this.options;
    const stored = cache ? await cache.get(url, maxAgeMs, clock.now()) : undefined;
    if (stored) return { ...stored, fromCache: true };
    let current = url;
    let res = await this.request(current);
    for (let hop = 0; hop < 5 && res.status >= 300 && res.status < 400; hop++) {
      const location = res.headers.get('location');
      const next = location && URL.canParse(location, current) ? new URL(location, current) : null;
      if (!next || next.origin !== new URL(url).origin) break;
      await res.body?.cancel().catch(() => {});
      current = next.href;
      res = await this.request(current);
    }
    const body = new Uint8Array(await res.arrayBuffer());
    const answer: CachedResponse = { url, finalUrl: current, status: res.status, contentType: res.headers.get('content-type'), storedAt: clock.now(), body };
    if (cache && PERMANENT.has(res.status)) await cache.put(answer);
    return { ...answer, fromCache: false };
  }

  /** One request, at the rate, retried on 429, 5xx and network errors. */
  private async request(url: string): Promise<Response> {
    const { clock } = this.options;
    const attempts = this.options.attempts ?? 5;
    const maxWait = this.options.maxWaitMs ?? 600_000;
    const origin = new URL(url).origin;
    let problem = '';
    for (let attempt = 1; attempt <= attempts; attempt++) {
      await this.turn();
      this.requests++;
      this.options.onRequest?.(url);
      let res: Response;
      try {
        res = await this.fetchFn(url, {
          redirect: 'manual',
          headers: { 'user-agent': this.options.userAgent ?? 'kyc-lens' },
          signal: AbortSignal.timeout(this.options.timeoutMs ?? 60_000),
        });
      } catch (e) {
        const cause = e instanceof Error ? ((e.cause as Error | undefined)?.message ?? e.message) : String(e);
        problem = `cannot reach ${origin}: ${cause}`;
        if (attempt < attempts) await this.wait(backoffMs(attempt));
        continue;
      }
      if (res.status === 429 || res.status >= 500) {
        await res.body?.cancel().catch(() => {});
        const asked = retryAfterMs(res.headers.get('retry-after'), clock.now());
        problem = `${origin} answered ${res.status}${res.status === 429 ? ' (too many requests)' : ''}`;
        if (asked !== null && asked > maxWait) throw new ArchiveUnreachableError(`${problem} and asks to wait ${Math.round(asked / 1000)} s; try again later`);
        if (attempt < attempts) await this.wait(asked ?? backoffMs(attempt));
        continue;
      }
      return res;
    }
    throw new ArchiveUnreachableError(`${problem} (${attempts} attempts)`);
  }

  private async wait(ms: number): Promise<void> {
    this.retries++;
    await this.options.clock.sleep(ms);
    // The wait was longer than the rate's gap; the next request may go at once.
    this.nextAt = Math.min(this.nextAt, this.options.clock.now());
  }
}
