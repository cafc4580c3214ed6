// The streaming pipeline from page sources to page results: a bounded window of pages in flight
// between the reader and the analyser, results handed on in input order (so --jobs 1 and --jobs 8
// print the same), cache lookups before any parsing, and back-pressure: when the window is full the
// reader is not asked for the next page until the oldest one is done. Memory is bounded by the
// window (pages and bytes), not by the size of the input.
import type { DigestCache } from '../cache/digest-cache.ts';
import type { PageAnalyzer } from './pool.ts';
import { PageResolver, type Resolved } from './resolver.ts';
import type { PageResult } from './task.ts';

/** A page to analyse. `html` may be a function when reading the payload can be skipped on a cache hit. */
export interface PageInput {
  source: string;
  url: string;
  capturedAt?: number;
  /** A digest of the payload that the source already knows (WARC-Payload-Digest). */
  digest?: string | null;
  html: string | (() => Promise<string>);
}

export interface SourceIssue {
  source: string;
  message: string;
}

export type PipelineInput = { kind: 'page'; page: PageInput } | { kind: 'issue'; issue: SourceIssue };

export interface PageOutcome {
  kind: 'page';
  source: string;
  url: string;
  capturedAt?: number;
  /** Cache key: the same key means the same payload at the same URL with the same engine. */
  key: string | null;
  result?: PageResult;
  error?: string;
  cached: boolean;
  /** An earlier page of this run had the same key (a duplicate capture). */
  duplicate: boolean;
}

export type PipelineOutput = PageOutcome | { kind: 'issue'; issue: SourceIssue };

export interface PipelineStats {
  pages: number;
  analyzed: number;
  cached: number;
  duplicates: number;
  errors: number;
  issues: number;
}

export const emptyPipelineStats = (): PipelineStats => ({ pages: 0, analyzed: 0, cached: 0, duplicates: 0, errors: 0, issues: 0 });

export interface PipelineOptions {
  analyzer: PageAnalyzer;
  engine: string;
  cache?: DigestCache | null;
  stats?: PipelineStats;
  /** Pages in flight at most (default: 4 per thread, at least 4). */
  window?: number;
  /** HTML bytes in flight at most (default 64 MiB). */
  windowBytes?: number;
  /** Called when a page is done (for the progress bar). */
  onPage?: (outcome: PageOutcome) => void;
}

interface Slot {
  done: Promise<PipelineOutput>;
  bytes: number;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export async function* runPipeline(inputs: AsyncIterable<PipelineInput>, options: PipelineOptions): AsyncGenerator<PipelineOutput> {
  const stats = options.stats ?? emptyPipelineStats();
  const window = options.window ?? Math.max(4, options.analyzer.threads * 4);
  const windowBytes = options.windowBytes ?? 64 * 1024 * 1024;
  const resolver = new PageResolver(options.analyzer, options.engine, options.cache ?? null);
  const queue: Slot[] = [];
  let bytesInFlight = 0;

  const finish = (o: PipelineOutput): PipelineOutput => {
    if (o.kind === 'page') {
      if (o.error) stats.errors++;
      options.onPage?.(o);
    }
    return o;
  };

  async function next(): Promise<PipelineOutput> {
    const slot = queue.shift()!;
    bytesInFlight -= slot.bytes;
    return finish(await slot.done);
  }

  for await (const input of inputs) {
    if (input.kind === 'issue') {
      stats.issues++;
      queue.push({ done: Promise.resolve(input), bytes: 0 });
    } else {
      stats.pages++;
      const page = input.page;
      const base = { kind: 'page' as const, source: page.source, url: page.url, capturedAt: page.capturedAt, cached: false, duplicate: false };
      if (base.capturedAt === undefined) delete base.capturedAt;
      let resolved: Resolved;
      try {
        resolved = await resolver.resolve(page.url, page.digest, page.html, page.capturedAt);
      } catch (e) {
        queue.push({ done: Promise.resolve({ ...base, key: null, error: message(e) }), bytes: 0 });
        yield* drain(false);
        continue;
      }
      const { key, cached, duplicate, bytes } = resolved;
      const done = resolved.result.then(
        (r): PageOutcome => ({ ...base, key, result: r, cached, duplicate }),
        (e: unknown): PageOutcome => ({ ...base, key, error: message(e), cached, duplicate }),
      );
      bytesInFlight += bytes;
      queue.push({ done, bytes });
    }
    yield* drain(false);
  }
  yield* drain(true);
  stats.analyzed = resolver.stats.analyzed;
  stats.cached = resolver.stats.cached;
  stats.duplicates = resolver.stats.duplicates;

  async function* drain(all: boolean): AsyncGenerator<PipelineOutput> {
    while (queue.length && (all || queue.length >= window || bytesInFlight > windowBytes)) yield await next();
  }
}
