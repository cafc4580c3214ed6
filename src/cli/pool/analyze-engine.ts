// The engine behind `kyc-lens analyze` at archive scale: pages analysed inline or on worker threads
// (--jobs, default cores − 1 above two cores, else inline; inline for inputs under 4 MB, where starting threads costs more
// than it saves), archive records looked up in the digest cache by their WARC-Payload-Digest (so a
// re-run over the same archives classifies nothing it has done; saved pages are not cached), a
// duplicate capture in the same run analysed once, and a progress bar on a terminal. It plugs into
// analyze's ordered, windowed loop as its `Analyze` function.
import type { Entry } from '../entry.ts';
import { toEntry } from '../entry.ts';
import { discoverInputs } from '../archive/inputs.ts';
import { defaultJobs, SMALL_INPUT_BYTES } from '../archive/run.ts';
import { DigestCache, engineVersion } from '../cache/digest-cache.ts';
import { defaultCacheDir } from '../cache/dir.ts';
import { pageUrl } from '../page-url.ts';
import { Progress, type ProgressStream } from '../progress.ts';
import type { Source } from '../sources.ts';
import { createAnalyzer } from './pool.ts';
import { PageResolver } from './resolver.ts';

export interface AnalyzeEngineOptions {
  paths: readonly string[];
  /** Worker threads; undefined = defaultJobs() (inline for small inputs); 1 = inline. */
  jobs?: number;
  /** Use the digest cache for archive records (default true). */
  cache?: boolean;
  cacheDir?: string;
  quiet?: boolean;
  progressStream?: ProgressStream;
}

export interface AnalyzeEngine {
  analyze(source: Source): Promise<Entry>;
  /** Bytes of input read (saved files and archives), for the progress bar. */
  onBytes(n: number): void;
  /** Pages in flight at most between the reader and the analyser. */
  readonly window: number;
  readonly jobs: number;
  /** Pages classified in this run (cache hits and duplicates excluded). */
  readonly analyzed: number;
  readonly cached: number;
  readonly duplicates: number;
  /** Finishes the progress bar, writes pending cache entries and stops the threads. */
  close(): Promise<void>;
  /** "kyc-lens: 120 pages, 100 analysed, 15 from cache, 5 duplicates in 3.2 s (37.5 pages/s, 2 threads)." */
  summary(pages: number): string;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));
const errorEntry = (s: Source, error: string): Entry => (s.url ? { source: s.source, url: s.url, error } : { source: s.source, error });

export async function createAnalyzeEngine(options: AnalyzeEngineOptions): Promise<AnalyzeEngine> {
  const started = performance.now();
  const { files } = await discoverInputs(options.paths);
  const totalBytes = files.filter((f) => f.kind !== 'export').reduce((n, f) => n + f.size, 0);
  const jobs = Math.max(1, options.jobs ?? (totalBytes < SMALL_INPUT_BYTES ? 1 : defaultJobs()));
  const analyzer = createAnalyzer(jobs);
  const cache = options.cache === false ? null : new DigestCache(options.cacheDir ?? defaultCacheDir());
  const archived = new PageResolver(analyzer, engineVersion(), cache);
  const progress = new Progress({ totalBytes, quiet: options.quiet ?? false, ...(options.progressStream ? { stream: options.progressStream } : {}) });
  // Lookups run one at a time (they are quick), so two captures of one payload in flight at once
  // are still recognised as one; the analyses themselves overlap.
  let lookups: Promise<unknown> = Promise.resolve();

  async function analyze(s: Source): Promise<Entry> {
    try {
      if (s.error !== undefined || s.html === undefined) return errorEntry(s, s.error ?? 'nothing to read');
      const html = s.html;
      const url = s.url ?? pageUrl(html);
      try {
        let result: ReturnType<typeof analyzer.run>;
        if (s.digest) {
          const resolved = lookups.then(() => archived.resolve(url ?? '', s.digest, html, s.capturedAt));
          lookups = resolved.catch(() => {});
          result = (await resolved).result;
        } else {
          result = analyzer.run({ url: url ?? '', html, ...(s.capturedAt !== undefined ? { capturedAt: s.capturedAt } : {}) });
        }
        return toEntry(s.source, url, (await result).analysis);
      } catch (e) {
        return errorEntry(s, `could not analyse the page: ${message(e)}`);
      }
    } finally {
      progress.addPage();
    }
  }

  return {
    analyze,
    onBytes: (n) => progress.addBytes(n),
    window: Math.max(4, jobs * 4),
    jobs,
    get analyzed() {
      return analyzer.analyzed;
    },
    get cached() {
      return archived.stats.cached;
    },
    get duplicates() {
      return archived.stats.duplicates;
    },
    async close() {
      progress.finish();
      await cache?.flush();
      await analyzer.close();
    },
    summary(pages: number) {
      const seconds = (performance.now() - started) / 1000;
      const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
      return (
        `kyc-lens: ${plural(pages, 'page')}, ${analyzer.analyzed} analysed, ${archived.stats.cached} from cache, ${plural(archived.stats.duplicates, 'duplicate')} ` +
        `in ${seconds.toFixed(1)} s (${(pages / Math.max(seconds, 0.001)).toFixed(1)} pages/s, ${jobs === 1 ? 'inline' : `${jobs} threads`}).`
      );
    },
  };
}
