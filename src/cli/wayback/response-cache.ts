// Archive answers kept on disk, so a re-run fetches nothing it already has: a capture's bytes never
// change (kept for good), a CDX answer may gain new captures (kept for a day unless told otherwise).
// One file per URL (SHA-256 of it; cache/atomic-file.ts lays it out and writes it): a JSON line of
// metadata, then the body.
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { shardedPath, writeAtomically } from '../cache/atomic-file.ts';
import { sha256 } from '../cache/digest-cache.ts';

const LAYOUT = 'wayback-v1';

export interface CachedResponse {
  /** The URL asked for. */
  url: string;
  /** The URL that answered (after redirects). */
  finalUrl: string;
  status: number;
  contentType: string | null;
  storedAt: number;
  body: Uint8Array;
}

export class ResponseCache {
  hits = 0;
  private readonly root: string;

  constructor(dir: string) {
    this.root = join(dir, LAYOUT);
  }

  private pathOf(url: string): string {
    return shardedPath(this.root, sha256(url), '.bin');
  }

  /** The stored answer for `url`, if any and younger than `maxAgeMs`. */
  async get(url: string, maxAgeMs: number, now: number): Promise<CachedResponse | undefined> {
    let data: Buffer;
    try {
      data = await readFile(this.pathOf(url));
    } catch {
      return undefined;
    }
    const nl = data.indexOf(0x0a);
    try {
      const meta = JSON.parse(data.subarray(0, nl).toString('utf8')) as Omit<CachedResponse, 'body'>;
      if (meta.url !== url || now - meta.storedAt > maxAgeMs) return undefined;
      this.hits++;
      return { ...meta, body: new Uint8Array(data.subarray(nl + 1)) };
    } catch {
      await rm(this.pathOf(url), { force: true });
      return undefined;
    }
  }

  async put(r: CachedResponse): Promise<void> {
    const { body, ...meta } = r;
    await writeAtomically(this.pathOf(r.url), Buffer.concat([Buffer.from(`${JSON.stringify(meta)}\n`), body]));
  }
}
