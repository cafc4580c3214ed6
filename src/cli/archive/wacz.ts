// Reads a WACZ (Web Archive Collection Zipped: a zip holding archive/*.warc[.gz], pages/pages.jsonl,
// indexes and datapackage.json). The zip's central directory is read, not the whole file; each WARC
// member is streamed through the WARC reader. pages/pages.jsonl (and pages/extraPages.jsonl) name the
// pages the crawler visited: when present, only HTML captures of those URLs are taken as pages, so
// the HTML of frames and widgets inside a page is not analysed as a page of its own.
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { type ByteSource, skipBytes } from './bytes.ts';
import type { ArchiveEvent, ArchiveReadOptions } from './types.ts';
import { readWarc } from './warc.ts';

const WARC_MEMBER = /^archive\/[^/]+\.warc(\.gz)?$/i;
const PAGES_MEMBER = /^pages\/[^/]+\.jsonl$/i;

export function openZip(path: string): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: false, strictFileNames: false }, (err, zip) => (err ? reject(err) : resolve(zip)));
  });
}

export function listEntries(zip: ZipFile): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: Entry[] = [];
    zip.on('entry', (entry: Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.once('end', () => resolve(entries));
    zip.once('error', reject);
    zip.readEntry();
  });
}

function openEntry(zip: ZipFile, entry: Entry, start = 0): Promise<Readable> {
  // A stored member can be opened at any offset; a deflated one is inflated from its start and skipped.
  const options = entry.compressionMethod === 0 && start > 0 ? { start } : {};
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, options, (err, stream) => (err ? reject(err) : resolve(stream)));
  });
}

export function memberSource(zip: ZipFile, entry: Entry, name: string): ByteSource {
  return {
    name: `${name}!${entry.fileName}`,
    size: entry.uncompressedSize,
    async *open(offset: number) {
      const stream = await openEntry(zip, entry, offset);
      if (entry.compressionMethod === 0 || offset === 0) yield* stream as AsyncIterable<Uint8Array>;
      else yield* skipBytes(stream as AsyncIterable<Uint8Array>, offset);
    },
  };
}

/** The page URLs a WACZ lists, without fragments; an empty set when it lists none. */
async function readPageList(zip: ZipFile, entries: readonly Entry[]): Promise<{ urls: Set<string>; bad: number }> {
  const urls = new Set<string>();
  let bad = 0;
  for (const entry of entries.filter((e) => PAGES_MEMBER.test(e.fileName))) {
    const lines = createInterface({ input: await openEntry(zip, entry), crlfDelay: Number.POSITIVE_INFINITY });
    for await (const line of lines) {
      if (!line.trim()) continue;
      try {
        const row = JSON.parse(line) as { url?: unknown; format?: unknown };
        if (typeof row.url === 'string') urls.add(withoutFragment(row.url));
        else if (row.format === undefined) bad++;
      } catch {
        bad++;
      }
    }
  }
  return { urls, bad };
}

function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

export async function* readWacz(path: string, options: ArchiveReadOptions = {}): AsyncGenerator<ArchiveEvent> {
  let zip: ZipFile;
  let entries: Entry[];
  try {
    zip = await openZip(path);
    entries = await listEntries(zip);
  } catch (e) {
    if (options.stats) options.stats.issues++;
    yield { kind: 'issue', issue: { source: path, message: `not a readable WACZ (zip) file: ${e instanceof Error ? e.message : String(e)}` } };
    return;
  }
  try {
    const warcs = entries.filter((e) => WARC_MEMBER.test(e.fileName)).sort((a, b) => (a.fileName < b.fileName ? -1 : 1));
    if (warcs.length === 0) {
      if (options.stats) options.stats.issues++;
      yield { kind: 'issue', issue: { source: path, message: 'WACZ holds no archive/*.warc or archive/*.warc.gz' } };
      return;
    }
    const pages = await readPageList(zip, entries);
    if (pages.bad > 0) {
      if (options.stats) options.stats.issues++;
      yield { kind: 'issue', issue: { source: `${path}!pages`, message: `${pages.bad} line(s) of the page list could not be read` } };
    }
    const listed = pages.urls;
    const isPage = listed.size > 0 ? (url: string) => listed.has(withoutFragment(url)) : options.isPage;
    for (const entry of warcs) {
      const read: ArchiveReadOptions = { ...options };
      if (isPage) read.isPage = isPage;
      yield* readWarc(memberSource(zip, entry, path), read);
    }
  } finally {
    zip.close();
  }
}
