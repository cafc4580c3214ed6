// One wayback run: ask the archive's CDX index for the captures of each signup URL, keep one per
// period and per distinct digest, fetch each kept capture's original bytes (politely, through the
// on-disk cache), analyse it with the CLI's engine — or in Chromium with --render — and make one
// snapshot per capture with its provenance. Results are cached by (engine, payload digest, URL), so
// the same payload seen in another period, or in a re-run, is neither fetched nor analysed again.
import { cacheKey, type DigestCache } from '../cache/digest-cache.ts';
import { decodeHtml, htmlVerdict, looksLikeHtml, SNIFF_BYTES } from '../archive/html-sniff.ts';
import type { PageAnalyzer } from '../pool/pool.ts';
import type { PageResult } from '../pool/task.ts';
import type { Progress } from '../progress.ts';
import { looksScriptBuilt, type ScriptBuilt } from '../render/script-built.ts';
import type { ArchivedResource, RenderTask } from '../render/types.ts';
import type { Snapshot } from '../../core/history/snapshot.ts';
import { type ArchiveEndpoints, type CdxCapture, captureUrl, cdxQueryUrl, parseCdx } from './cdx.ts';
import { taskYear } from '../pool/year.ts';
import { type Period, timestampMs } from './periods.ts';
import { ArchiveUnreachableError, type PoliteFetcher } from './polite-fetch.ts';
import { selectCaptures } from './select.ts';
import { snapshotOfCapture } from './snapshots.ts';
import type { Target } from './targets.ts';

/** Renders a capture in a browser and classifies what the page's own scripts built. */
export interface CaptureRenderer {
  render(task: RenderTask): Promise<PageResult>;
}

export interface WaybackRunOptions {
  endpoints: ArchiveEndpoints;
  from?: string;
  to?: string;
  every: Period;
  fetcher: PoliteFetcher;
  analyzer: PageAnalyzer;
  renderer?: CaptureRenderer | null;
  cache: DigestCache | null;
  /** The engine's id in cache keys (the rendered path adds its own suffix). */
  engine: string;
  version: string;
  /** How old a cached CDX answer may be (default one day: archives keep adding captures). */
  indexMaxAgeMs?: number;
  maxHtmlBytes?: number;
  progress?: Progress | null;
  /** Captures rendered at once (default 3; analysis without --render goes one at a time). */
  concurrency?: number;
  /** Each capture as it is done (stderr notes). */
  onCapture?: (c: CaptureOutcome) => void;
}

export interface CaptureOutcome {
  target: Target;
  capture: CdxCapture;
  captureUrl: string;
  fields?: number;
  cached?: boolean;
  scriptBuilt?: ScriptBuilt;
  error?: string;
}

export interface WaybackStats {
  urls: number;
  /** Captures the index listed (after the query's own filters). */
  indexed: number;
  malformedRows: number;
  chosen: number;
  analysed: number;
  fromCache: number;
  snapshots: number;
  notHtml: number;
  notOk: number;
  missing: number;
  scriptBuilt: number;
  errors: number;
}

export interface WaybackResult {
  snapshots: Snapshot[];
  stats: WaybackStats;
  issues: { source: string; message: string }[];
}

const DAY = 86_400_000;
const MAX_HTML = 16 * 1024 * 1024;

class CaptureError extends Error {
  constructor(
    message: string,
    readonly kind: 'missing' | 'not-html' | 'other',
  ) {
    super(message);
  }
}

/** A capture's result, and whether its HTML is an app shell (known once its HTML was read). */
interface Known {
  result: PageResult;
  shell?: boolean;
}

/** Results of this run's latest payloads, so one seen again in a later period is not fetched again. */
class RecentResults {
  private readonly map = new Map<string, Promise<Known>>();
  constructor(private readonly size: number) {}
  get(key: string): Promise<Known> | undefined {
    return this.map.get(key);
  }
  set(key: string, value: Promise<Known>): void {
    this.map.set(key, value);
    if (this.map.size > this.size) this.map.delete(this.map.keys().next().value!);
  }
  delete(key: string): void {
    this.map.delete(key);
  }
}

/** Runs `fn` over the items with at most `limit` at once; the first error stops new work and is rethrown. */
async function inParallel<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | null = null;
  const worker = async () => {
    while (!failure && next < items.length) {
      const item = items[next++]!;
      try {
        await fn(item);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  if (failure) throw (failure as { error: unknown }).error;
}

const fieldCount = (r: PageResult) => r.analysis.forms.reduce((n, f) => n + f.fields.length, 0);

export async function runWayback(targets: readonly Target[], o: WaybackRunOptions): Promise<WaybackResult> {
  const stats: WaybackStats = { urls: targets.length, indexed: 0, malformedRows: 0, chosen: 0, analysed: 0, fromCache: 0, snapshots: 0, notHtml: 0, notOk: 0, missing: 0, scriptBuilt: 0, errors: 0 };
  const issues: WaybackResult['issues'] = [];
  const engine = o.renderer ? `${o.engine}:rendered` : o.engine;

  // 1. The index, for every URL first, so the progress bar knows the total.
  const work: { target: Target; capture: CdxCapture }[] = [];
  for (const target of targets) {
    const query = cdxQueryUrl(o.endpoints, { url: target.url, ...(o.from ? { from: o.from } : {}), ...(o.to ? { to: o.to } : {}) });
    const answer = await o.fetcher.get(query, o.indexMaxAgeMs ?? DAY);
    if (answer.status !== 200) {
      issues.push({ source: target.url, message: `the archive's index answered ${answer.status} for this URL; skipped` });
      continue;
    }
    const index = parseCdx(new TextDecoder().decode(answer.body));
    stats.indexed += index.captures.length;
    stats.malformedRows += index.malformed;
    if (index.malformed) issues.push({ source: target.url, message: `${index.malformed} line(s) of the archive's index could not be read; skipped` });
    const chosen = selectCaptures(index.captures, o.every);
    stats.notOk += chosen.notOk;
    stats.notHtml += chosen.notHtml;
    for (const capture of chosen.chosen) work.push({ target, capture });
  }
  stats.chosen = work.length;
  o.progress?.setTotalItems(work.length);

  // 2. Each chosen capture: cached result, or fetch and analyse. Rendering waits on the page far more
  // than it computes, so a few captures render at once; fetches still go one at a time, at the rate.
  const inRun = new RecentResults(512);
  const snapshots: Snapshot[] = [];

  /** The capture's result: this run's (same payload seen before), the results cache's, or a new analysis. */
  const resultOf = async (key: string, capture: CdxCapture, load: () => Promise<string>): Promise<{ known: Promise<Known>; cached: boolean }> => {
    const mine = inRun.get(key);
    if (mine) return { known: mine, cached: true };
    const stored = o.cache ? await o.cache.get(key) : undefined;
    const url = capture.original;
    const capturedAt = timestampMs(capture.timestamp) ?? undefined;
    const known = stored
      ? Promise.resolve<Known>({ result: stored })
      : load().then(async (text): Promise<Known> => {
          try {
            const result = o.renderer ? await o.renderer.render({ url, html: text, capturedAt, resources: (r) => fetchResource(o, capture.timestamp, r) }) : await o.analyzer.run({ url, html: text, capturedAt });
            stats.analysed++;
            o.cache?.put(key, result);
            return { result, shell: looksScriptBuilt(text) };
          } catch (e) {
            // A page that cannot be analysed or rendered is this capture's problem, not the run's.
            if (e instanceof ArchiveUnreachableError) throw e;
            throw new CaptureError(`could not ${o.renderer ? 'render' : 'analyse'} the page: ${e instanceof Error ? e.message : String(e)}`, 'other');
          }
        });
    inRun.set(key, known);
    void known.catch(() => inRun.delete(key));
    return { known, cached: stored !== undefined };
  };

  const one = async ({ target, capture }: { target: Target; capture: CdxCapture }) => {
    const url = capture.original;
    const at = timestampMs(capture.timestamp)!;
    let capUrl = captureUrl(o.endpoints, capture);
    const outcome: CaptureOutcome = { target, capture, captureUrl: capUrl };
    let html: Promise<string> | undefined;
    const load = (): Promise<string> => {
      html ??= fetchCapture(o, capUrl).then((page) => {
        capUrl = page.finalUrl;
        return page.html;
      });
      return html;
    };
    try {
      const { known, cached } = await resultOf(cacheKey(engine, `sha1:${capture.digest}`, url, taskYear(at)), capture, load);
      if (cached) {
        stats.fromCache++;
        outcome.cached = true;
      }
      const k = await known;
      const result = k.result;
      outcome.fields = fieldCount(result);
      // A shell whose scripts build the form must never read as "no fields" (a cached result needs its HTML to tell).
      if (o.renderer || outcome.fields === 0) {
        k.shell ??= looksScriptBuilt(await load());
        if (k.shell) {
          outcome.scriptBuilt = o.renderer ? 'rendered' : 'run with --render';
          stats.scriptBuilt++;
        }
      }
      outcome.captureUrl = capUrl;
      const provenance = { archive: o.endpoints.replay, captureUrl: capUrl, capturedAt: at, digest: capture.digest, ...(o.renderer ? { rendered: true as const } : {}) };
      const snapshot = await snapshotOfCapture({ url, capturedAt: at, providerId: target.providerId, result, provenance }, o.version);
      if (snapshot) snapshots.push(snapshot);
    } catch (e) {
      if (!(e instanceof CaptureError)) throw e;
      outcome.error = e.message;
      if (e.kind === 'missing') stats.missing++;
      else if (e.kind === 'not-html') stats.notHtml++;
      else stats.errors++;
      issues.push({ source: capUrl, message: e.message });
    } finally {
      o.progress?.addPage();
      o.onCapture?.(outcome);
    }
  };
  await inParallel(work, o.renderer ? (o.concurrency ?? 3) : 1, one);
  stats.snapshots = snapshots.length;
  snapshots.sort((a, b) => a.savedAt - b.savedAt || (a.id < b.id ? -1 : 1));
  return { snapshots, stats, issues };
}

/** A capture's original bytes as HTML text, or a CaptureError saying why not. */
async function fetchCapture(o: WaybackRunOptions, url: string): Promise<{ html: string; finalUrl: string }> {
  const r = await o.fetcher.get(url);
  if (r.status === 404 || r.status === 410) throw new CaptureError(`the archive does not hold this capture (${r.status}); skipped`, 'missing');
  if (r.status >= 300 && r.status < 400) throw new CaptureError(`the capture redirects out of the archive (${r.status}); not followed, skipped`, 'other');
  if (r.status < 200 || r.status >= 300) throw new CaptureError(`the archive answered ${r.status}; skipped`, 'other');
  const verdict = htmlVerdict(r.contentType);
  if (verdict === 'not-html' || (verdict === 'sniff' && !looksLikeHtml(r.body.subarray(0, SNIFF_BYTES))))
    throw new CaptureError(`not an HTML page (${r.contentType ?? 'no content type'}); skipped`, 'not-html');
  const max = o.maxHtmlBytes ?? MAX_HTML;
  if (r.body.length > max) throw new CaptureError(`HTML larger than ${max} bytes; skipped`, 'other');
  return { html: decodeHtml(r.body, r.contentType), finalUrl: r.finalUrl };
}

/** A subresource of a capture, from the same archive at the capture's time (the archive picks the nearest copy). */
async function fetchResource(o: WaybackRunOptions, timestamp: string, url: string): Promise<ArchivedResource | null> {
  if (!/^https?:/i.test(url)) return null;
  const r = await o.fetcher.get(captureUrl(o.endpoints, { timestamp, original: url }));
  if (r.status < 200 || r.status >= 300) return null;
  return { status: r.status, contentType: r.contentType, body: r.body };
}
