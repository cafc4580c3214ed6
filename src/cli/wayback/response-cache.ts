// Archive answers kept on disk, so a re-run fetches nothing it already has: a capture's bytes never
// change (kept for good), a CDX answer may gain new captures (kept for a day unless told otherwise).
// One file per URL (SHA-256 of it, sharded by two hex digits): a JSON line of metadata, then the body.
// Written to a temporary name and renamed, so a killed run never leaves half a file.
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
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
  private counter = 0;

  constructor(dir: string) {
    this.root = join(dir, LAYOUT);
  }

  private pathOf(url: string): string {
    const key = sha256(url);
    return join(this.root, key.slice(0, 2), `${key}.bin`);
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
    const path = this.pathOf(r.url);
    const tmp = `${path}.${process.pid}.${this.counter++}.tmp`;
    const { body, ...meta } = r;
    try {
      await mkdir(join(path, '..'), { recursive: true });
      await writeFile(tmp, Buffer.concat([Buffer.from(`${JSON.stringify(meta)}\n`), body]));
      await rename(tmp, path);
    } catch {
      // A failed write only costs a fetch next time.
      await rm(tmp, { force: true }).catch(() => {});
    }
  }
}
