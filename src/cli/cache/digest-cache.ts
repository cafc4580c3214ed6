// Results cached by record digest, so a re-run over the same archives skips the pages it has done.
// A key is the SHA-256 of (engine version, payload digest, URL, year): the payload digest is the record's
// WARC-Payload-Digest, or the SHA-256 of the HTML when there is none; the URL is part of the key
// because the provider and the form kind depend on it, the capture year because year lists are read
// against it; the engine version is a hash of the source of
// the extractor and classifier, so any change to them starts a fresh cache instead of serving stale
// results. One small JSON file per key (sharded by its first two hex digits), written atomically
// (temporary file + rename), so concurrent runs and a killed run never leave a half-written entry,
// and memory does not grow with the number of entries.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILD } from '../build-info.ts';
import { shardedPath, writeAtomically } from './atomic-file.ts';
import type { PageResult } from '../pool/task.ts';

const LAYOUT = 'pages-v1';

let entrySchema: Promise<typeof import('./entry-schema.ts').PageResultSchema> | undefined;
const loadEntrySchema = () => (entrySchema ??= import('./entry-schema.ts').then((m) => m.PageResultSchema));

export const sha256 = (text: string | Uint8Array) => createHash('sha256').update(text).digest('hex');


const SRC = fileURLToPath(new URL('../../', import.meta.url));
// Everything a cached result depends on: the shared core (taxonomy, catalog, classifier), the DOM
// extractor, the HTML parser and the task that strings them together.
const ENGINE_PATHS = ['core', 'dom', 'cli/parse-html.ts', 'cli/pool/task.ts'];

function listFiles(path: string): string[] {
  try {
    return readdirSync(path, { withFileTypes: true }).flatMap((d) =>
      d.isDirectory() ? listFiles(join(path, d.name)) : d.isFile() ? [join(path, d.name)] : [],
    );
  } catch {
    return [path];
  }
}

let sourceHash: string | undefined;
/** A hash of the engine's source files (read once per run, a few hundred KB). */
export function engineSourceHash(): string {
  // The built CLI ships without its sources: the hash was taken when it was built.
  if (BUILD) return BUILD.engine;
  if (sourceHash) return sourceHash;
  const h = createHash('sha256');
  for (const p of ENGINE_PATHS) {
    for (const file of listFiles(join(SRC, p)).sort()) {
      h.update(relative(SRC, file));
      try {
        h.update(readFileSync(file));
      } catch {
        h.update('-');
      }
    }
  }
  sourceHash = h.digest('hex').slice(0, 16);
  return sourceHash;
}

/**
 * The engine's id in cache keys: the source hash, or KYC_LENS_ENGINE_ID when set (for benchmarks
 * that re-run the CLI while the source tree is being edited).
 */
export function engineVersion(): string {
  const pinned = process.env.KYC_LENS_ENGINE_ID;
  return pinned ? `pinned:${pinned}` : engineSourceHash();
}

/** `year`: the year the page is classified against (taskYear), part of the result like the URL. */
export function cacheKey(engineId: string, payloadDigest: string, url: string, year: number): string {
  return sha256(`${engineId}\n${payloadDigest}\n${url}\n${year}`);
}

export class DigestCache {
  hits = 0;
  misses = 0;
  private readonly root: string;
  private readonly writes = new Set<Promise<void>>();

  constructor(dir: string) {
    this.root = join(dir, LAYOUT);
  }

  private pathOf(key: string): string {
    return shardedPath(this.root, key, '.json');
  }

  async get(key: string): Promise<PageResult | undefined> {
    let text: string;
    try {
      text = await readFile(this.pathOf(key), 'utf8');
    } catch {
      this.misses++;
      return undefined;
    }
    const schema = await loadEntrySchema();
    try {
      const parsed = schema.safeParse(JSON.parse(text));
      if (parsed.success) {
        this.hits++;
        return parsed.data;
      }
    } catch {
      // fall through: a damaged entry is a miss and is removed
    }
    this.misses++;
    await rm(this.pathOf(key), { force: true });
    return undefined;
  }

  /** Stores a result; the write happens in the background (see flush). A failed write only costs a re-run. */
  put(key: string, value: PageResult): void {
    const write = writeAtomically(this.pathOf(key), JSON.stringify(value));
    this.writes.add(write);
    void write.finally(() => this.writes.delete(write));
  }

  async flush(): Promise<void> {
    while (this.writes.size) await Promise.all([...this.writes]);
  }
}
