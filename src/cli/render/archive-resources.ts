// The resources a rendered page of a WARC or WACZ may load: every response record of the same
// archive, indexed by URL (the record's byte offset only, so memory holds one number per URL) and
// read back from disk when the page asks for it. What the archive does not hold is not served.
import { WARCParser } from 'warcio';
import type { ZipFile } from 'yauzl';
import { type ByteSource, fileSource } from '../archive/bytes.ts';
import { listEntries, memberSource, openZip } from '../archive/wacz.ts';
import type { ArchivedResource } from './types.ts';

export interface ResourceIndex {
  /** URLs indexed. */
  readonly size: number;
  lookup(url: string): Promise<ArchivedResource | null>;
  close(): void;
}

const WARC_MEMBER = /^archive\/[^/]+\.warc(\.gz)?$/i;
const MAX_RESOURCE = 32 * 1024 * 1024;

interface Located {
  src: ByteSource;
  offset: number;
}

async function indexSource(src: ByteSource, into: Map<string, Located>): Promise<void> {
  const parser = new WARCParser(src.open(0));
  try {
    for await (const record of parser) {
      if (record.warcType !== 'response' && record.warcType !== 'resource') continue;
      const url = record.warcTargetURI;
      const status = record.httpHeaders ? Number(record.httpHeaders.statusCode) : 200;
      // The first good capture of a URL wins, as a replay tool would serve it.
      if (url && status >= 200 && status < 300 && !into.has(url)) into.set(url, { src, offset: parser.offset });
    }
  } catch {
    // A damaged tail: what was indexed before it is still served (the page reader reports the damage).
  }
}

async function readAt(at: Located): Promise<ArchivedResource | null> {
  const parser = new WARCParser(at.src.open(at.offset));
  const record = await parser.parse();
  if (!record) return null;
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of record) {
    size += chunk.length;
    if (size > MAX_RESOURCE) return null;
    parts.push(chunk);
  }
  const body = new Uint8Array(size);
  let o = 0;
  for (const p of parts) {
    body.set(p, o);
    o += p.length;
  }
  const status = record.httpHeaders ? Number(record.httpHeaders.statusCode) : 200;
  const contentType = record.httpHeaders ? (record.httpHeaders.headers.get('content-type') ?? null) : (record.warcContentType ?? null);
  return { status, contentType, body };
}

function indexOf(map: Map<string, Located>, close: () => void): ResourceIndex {
  return {
    size: map.size,
    async lookup(url) {
      const at = map.get(url) ?? map.get(url.split('#', 1)[0]!);
      return at ? readAt(at).catch(() => null) : null;
    },
    close,
  };
}

/** Indexes a .warc, .warc.gz or .wacz file's response records. */
export async function indexArchiveResources(path: string, size: number): Promise<ResourceIndex> {
  const map = new Map<string, Located>();
  if (!/\.wacz$/i.test(path)) {
    await indexSource(fileSource(path, size), map);
    return indexOf(map, () => {});
  }
  const zip: ZipFile = await openZip(path);
  const entries = await listEntries(zip);
  for (const entry of entries.filter((e) => WARC_MEMBER.test(e.fileName))) await indexSource(memberSource(zip, entry, path), map);
  return indexOf(map, () => zip.close());
}
