// One page's result, from wherever it is cheapest: a page of this run with the same key (a duplicate
// capture), the digest cache on disk, or else the analyser (inline or a worker thread). The key is
// the cache key (engine, payload digest, URL); when the source knows the payload's digest (a WARC's
// WARC-Payload-Digest) the cache is asked before the payload is even read.
import { cacheKey, type DigestCache, sha256 } from '../cache/digest-cache.ts';
import type { PageAnalyzer } from './pool.ts';
import type { PageResult } from './task.ts';
import { taskYear } from './year.ts';

export interface Resolved {
  key: string;
  result: Promise<PageResult>;
  /** Served from the disk cache. */
  cached: boolean;
  /** An earlier page of this run had the same key. */
  duplicate: boolean;
  /** HTML characters handed to the analyser (0 when the result was known). */
  bytes: number;
}

export interface ResolverStats {
  analyzed: number;
  cached: number;
  duplicates: number;
}

/** Results of the last pages, so a duplicate capture in the same run is not analysed again. */
class Recent {
  private readonly map = new Map<string, Promise<PageResult>>();
  constructor(private readonly size: number) {}
  get(key: string): Promise<PageResult> | undefined {
    const v = this.map.get(key);
    if (v) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }
  set(key: string, v: Promise<PageResult>): void {
    this.map.set(key, v);
    if (this.map.size > this.size) this.map.delete(this.map.keys().next().value!);
  }
}

export class PageResolver {
  readonly stats: ResolverStats = { analyzed: 0, cached: 0, duplicates: 0 };
  // Keys seen in this run (for duplicate marking): one short string per distinct page.
  private readonly seen = new Set<string>();
  private readonly recent = new Recent(512);

  constructor(
    private readonly analyzer: PageAnalyzer,
    private readonly engine: string,
    private readonly cache: DigestCache | null,
  ) {}

  /** Resolves a page; rejects only when reading its HTML fails. */
  async resolve(url: string, digest: string | null | undefined, html: string | (() => Promise<string>), capturedAt?: number): Promise<Resolved> {
    const year = taskYear(capturedAt);
    let key = digest ? cacheKey(this.engine, digest, url, year) : null;
    let known = key ? await this.lookup(key) : undefined;
    let bytes = 0;
    if (!known) {
      const text = typeof html === 'string' ? html : await html();
      if (!key) {
        key = cacheKey(this.engine, `sha256:${sha256(text)}`, url, year);
        known = await this.lookup(key);
      }
      if (!known) {
        const k = key;
        const run = this.analyzer.run({ url, html: text, ...(capturedAt !== undefined ? { capturedAt } : {}) }).then((r) => {
          this.cache?.put(k, r);
          return r;
        });
        this.stats.analyzed++;
        this.recent.set(k, run);
        bytes = text.length;
        known = { result: run, cached: false };
      }
    }
    const k = key as string;
    const duplicate = this.seen.has(k);
    if (duplicate) this.stats.duplicates++;
    else this.seen.add(k);
    if (known.cached) this.stats.cached++;
    return { key: k, result: known.result, cached: known.cached, duplicate, bytes };
  }

  private async lookup(key: string): Promise<{ result: Promise<PageResult>; cached: boolean } | undefined> {
    const mine = this.recent.get(key);
    if (mine) return { result: mine, cached: false };
    const stored = this.cache ? await this.cache.get(key) : undefined;
    if (!stored) return undefined;
    const result = Promise.resolve(stored);
    this.recent.set(key, result);
    return { result, cached: true };
  }
}
