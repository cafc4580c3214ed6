// Reads HTML pages out of a WARC file (plain or gzip, as warcio detects) as a stream: one record is in
// memory at a time, non-page records are skipped without being buffered, and a damaged record is
// reported and stepped over so the rest of the archive is still read.
//
// What counts as a page: a `response` record (or a `resource` record, as some tools write pages)
// with a 2xx status whose Content-Type is HTML, or generic and sniffed as HTML. Revisit records
// (deduplicated captures that point at an earlier payload), requests, metadata and non-HTML
// responses are skipped and counted. A record repeated with the same WARC-Record-ID is read once.
//
// Damage: warcio stops at a gzip member it cannot inflate and yields nonsense for a plain record whose
// header is broken. Either way the reader looks for the next record start after the damage (a gzip
// member header, or a `WARC/1.` line) and parses on from there in a new parser.
import { WARCParser } from 'warcio';
import { type ByteSource, countBytes, findPattern } from './bytes.ts';
import { decodeHtml, htmlVerdict, looksLikeHtml, SNIFF_BYTES } from './html-sniff.ts';
import {
  type ArchiveCapture,
  type ArchiveEvent,
  type ArchiveReadOptions,
  DEFAULT_MAX_HTML_BYTES,
  emptyArchiveStats,
} from './types.ts';

const GZIP_MAGIC = Uint8Array.of(0x1f, 0x8b, 0x08);
const WARC_MAGIC = new TextEncoder().encode('WARC/1.');
/** Bytes after the last record that are not an error (trailing line ends). */
const TRAILING_SLACK = 4;

async function isGzip(src: ByteSource): Promise<boolean> {
  for await (const chunk of src.open(0)) {
    return chunk[0] === 0x1f && chunk[1] === 0x8b;
  }
  return false;
}

/** The LimitReader warcio puts under each record; its `limit` is what the record still owes. */
interface Remaining {
  limit?: number;
}

/** Reads the (content-decoded) payload, at most `max` bytes; null when larger. */
async function readPayload(rest: AsyncIterable<Uint8Array>, head: Uint8Array[], max: number): Promise<Uint8Array | null> {
  const parts = head;
  let size = parts.reduce((n, p) => n + p.length, 0);
  for await (const chunk of rest) {
    size += chunk.length;
    if (size > max) return null;
    parts.push(chunk);
  }
  return concatAll(parts, size);
}

function concatAll(parts: Uint8Array[], size: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Reads the first bytes of the payload for sniffing; the chunks read stay in `head`. */
async function readHead(iter: AsyncIterator<Uint8Array>, head: Uint8Array[]): Promise<boolean> {
  let size = 0;
  while (size < SNIFF_BYTES) {
    const next = await iter.next();
    if (next.done) return true;
    head.push(next.value);
    size += next.value.length;
  }
  return false;
}

async function* emptyGenerator(): AsyncGenerator<Uint8Array> {}
const emptyIterator = () => emptyGenerator();

function parseDate(value: string | null | undefined): number | null {
  if (!value) return null;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : null;
}

export async function* readWarc(src: ByteSource, options: ArchiveReadOptions = {}): AsyncGenerator<ArchiveEvent> {
  const stats = options.stats ?? emptyArchiveStats();
  const maxHtml = options.maxHtmlBytes ?? DEFAULT_MAX_HTML_BYTES;
  const gzip = await isGzip(src);
  const seenIds = new Set<string>();
  let base = 0;
  while (base < src.size) {
    const stream = options.onBytes ? countBytes(src.open(base), options.onBytes) : src.open(base);
    const parser = new WARCParser(stream);
    let damagedAt = -1;
    let damage = '';
    try {
      for await (const record of parser) {
        const offset = base + parser.offset;
        const source = `${src.name}#${offset}`;
        if (!record.warcHeaders.statusline.startsWith('WARC/')) {
          damagedAt = offset;
          damage = 'not a WARC record header';
          break;
        }
        stats.records++;
        const type = record.warcType;
        if (type === 'revisit') {
          stats.skippedRevisit++;
          continue;
        }
        if (type !== 'response' && type !== 'resource') continue;
        const status = record.httpHeaders ? Number(record.httpHeaders.statusCode) : 200;
        const contentType = record.httpHeaders ? record.httpHeaders.headers.get('content-type') : record.warcContentType;
        const verdict = htmlVerdict(contentType);
        if (verdict === 'not-html') {
          stats.skippedNotHtml++;
          continue;
        }
        if (!(status >= 200 && status < 300)) {
          stats.skippedStatus++;
          continue;
        }
        const url = record.warcTargetURI;
        const capturedAt = parseDate(record.warcDate);
        if (!url || capturedAt === null) {
          stats.issues++;
          yield { kind: 'issue', issue: { source, offset, message: `${type} record without ${url ? 'a valid WARC-Date' : 'WARC-Target-URI'}; skipped` } };
          continue;
        }
        const encoding = record.httpHeaders?.headers.get('content-encoding')?.toLowerCase();
        if (encoding && !['gzip', 'x-gzip', 'deflate', 'identity'].includes(encoding)) {
          stats.issues++;
          yield { kind: 'issue', issue: { source, offset, message: `Content-Encoding "${encoding}" cannot be decoded; skipped` } };
          continue;
        }
        if (options.isPage && !options.isPage(url)) {
          stats.skippedNotPage++;
          continue;
        }
        const recordId = record.warcHeader('WARC-Record-ID');
        if (recordId) {
          if (seenIds.has(recordId)) {
            stats.skippedDuplicateRecord++;
            continue;
          }
          seenIds.add(recordId);
        }

        // Sniff before handing the record on, so a non-HTML payload served as octet-stream is skipped.
        const head: Uint8Array[] = [];
        const iter = record[Symbol.asyncIterator]();
        let ended = false;
        if (verdict === 'sniff') {
          ended = await readHead(iter, head);
          if (!looksLikeHtml(concatAll(head, head.reduce((n, p) => n + p.length, 0)))) {
            stats.skippedNotHtml++;
            continue;
          }
        }
        stats.captures++;
        const capture: ArchiveCapture = {
          source,
          url,
          capturedAt,
          digest: record.warcPayloadDigest ?? null,
          html: async () => {
            const rest: AsyncIterable<Uint8Array> = { [Symbol.asyncIterator]: () => (ended ? emptyIterator() : iter) };
            const bytes = await readPayload(rest, head, maxHtml);
            if (!bytes) {
              stats.skippedTooLarge++;
              throw new ArchiveRecordError(`HTML payload larger than ${maxHtml} bytes; skipped`);
            }
            const owed = (record._reader as Remaining).limit ?? 0;
            if (owed > 0) {
              throw new ArchiveRecordError(`record truncated (${owed} bytes missing); skipped`);
            }
            return decodeHtml(bytes, contentType);
          },
        };
        yield { kind: 'capture', capture };
      }
      if (damagedAt < 0 && base + parser.offset < src.size - TRAILING_SLACK) {
        damagedAt = base + parser.offset;
        damage = gzip ? 'gzip data cannot be inflated (damaged or cut short)' : 'data is not a WARC record';
      }
    } catch (e) {
      damagedAt = base + parser.offset;
      damage = e instanceof Error ? e.message : String(e);
    }
    if (damagedAt < 0) break;
    const next = await findPattern(src, damagedAt + 1, gzip ? GZIP_MAGIC : WARC_MAGIC, !gzip);
    stats.issues++;
    const skipped = next < 0 ? 'the rest of the file could not be read' : `skipped ${next - damagedAt} bytes to the next record`;
    yield { kind: 'issue', issue: { source: `${src.name}#${damagedAt}`, offset: damagedAt, message: `damaged record: ${damage}; ${skipped}` } };
    if (next < 0) break;
    base = next;
  }
}

/** A capture whose payload could not be used (too large, truncated); the reader goes on. */
export class ArchiveRecordError extends Error {
  override name = 'ArchiveRecordError';
}
