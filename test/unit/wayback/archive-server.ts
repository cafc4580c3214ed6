// A local web archive for the tests: the tests write WARC files with warcio (build-warc.ts), this
// server indexes them and answers like the Wayback Machine — the CDX API at /cdx/search/cdx
// (output=json, filter=statuscode:N, collapse=digest, from/to) and captures at /web/<ts>id_/<url>,
// redirecting to the nearest capture when the timestamp is not exact — or, with layout 'pywb', like a
// pywb collection (/coll/cdx answering one JSON object a line, captures at /coll/<ts>id_/<url>); plus scripted failures
// (429 with Retry-After, 5xx) and damaged index lines, so the client's behaviour can be checked
// without the internet.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { WARCParser } from 'warcio';
import { type RecordSpec, writeWarc } from '../archive/build-warc.ts';

export interface IndexedCapture {
  timestamp: string;
  original: string;
  mimetype: string;
  statuscode: string;
  digest: string;
  body: Uint8Array;
  location?: string;
}

export interface Failure {
  status: number;
  retryAfter?: string;
}

export interface ArchiveServer {
  /** The replay prefix to pass as --archive (…/web, or …/coll for pywb). */
  archive: string;
  origin: string;
  captures: IndexedCapture[];
  /** Every request path (with query) in order. */
  requests: string[];
  /** Answers given instead of the real one to the next requests whose path starts with the key. */
  fail(pathPrefix: string, failures: Failure[]): void;
  /** Raw lines appended to the CDX answer for this URL (damaged rows, rows the archive cannot serve). */
  extraIndexLines(url: string, lines: string[]): void;
  close(): Promise<void>;
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
function base32(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

export const sha1Base32 = (body: Uint8Array) => base32(createHash('sha1').update(body).digest());
const stamp = (iso: string) => iso.replace(/[-:TZ]/g, '').slice(0, 14);

/** Writes the records as a WARC in `dir`, then reads it back as the archive's holdings. */
export async function indexWarc(dir: string, records: readonly RecordSpec[]): Promise<IndexedCapture[]> {
  const path = join(dir, `archive-${Math.random().toString(36).slice(2)}.warc.gz`);
  await writeWarc(path, records, true);
  const parser = new WARCParser((async function* () {
    yield new Uint8Array(await readFile(path));
  })());
  const out: IndexedCapture[] = [];
  for await (const record of parser) {
    if (record.warcType !== 'response') continue;
    const body = await record.readFully();
    const headers = record.httpHeaders?.headers;
    const c: IndexedCapture = {
      timestamp: stamp(record.warcDate ?? ''),
      original: record.warcTargetURI ?? '',
      mimetype: (headers?.get('content-type') ?? 'unk').split(';', 1)[0]!.trim(),
      statuscode: String(record.httpHeaders?.statusCode ?? 200),
      digest: sha1Base32(body),
      body,
    };
    const location = headers?.get('location');
    if (location) c.location = location;
    out.push(c);
  }
  return out.sort((a, b) => (a.timestamp < b.timestamp ? -1 : a.timestamp > b.timestamp ? 1 : 0));
}

function pad(ts: string, high: boolean): string {
  return ts + (high ? '99991231235959' : '00000101000000').slice(ts.length);
}

export async function startArchiveServer(dir: string, records: readonly RecordSpec[], layout: 'wayback' | 'pywb' = 'wayback'): Promise<ArchiveServer> {
  const replay = layout === 'wayback' ? '/web' : '/coll';
  const cdxPath = layout === 'wayback' ? '/cdx/search/cdx' : '/coll/cdx';
  const captures = await indexWarc(dir, records);
  const requests: string[] = [];
  const failures: { prefix: string; queue: Failure[] }[] = [];
  const damaged = new Map<string, string[]>();

  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push(path);
    const failing = failures.find((f) => path.startsWith(f.prefix) && f.queue.length > 0);
    if (failing) {
      const f = failing.queue.shift()!;
      res.writeHead(f.status, f.retryAfter ? { 'retry-after': f.retryAfter } : {});
      res.end('try later');
      return;
    }
    const u = new URL(path, 'http://archive.test');
    if (u.pathname === cdxPath) {
      const url = u.searchParams.get('url') ?? '';
      const from = pad(u.searchParams.get('from') ?? '', false);
      const to = pad(u.searchParams.get('to') ?? '', true);
      const filter = /^statuscode:(\d+)$/.exec(u.searchParams.get('filter') ?? '');
      let rows = captures.filter((c) => c.original === url && c.timestamp >= from && c.timestamp <= to && (!filter || c.statuscode === filter[1]));
      if (u.searchParams.get('collapse') === 'digest') rows = rows.filter((c, i) => i === 0 || rows[i - 1]!.digest !== c.digest);
      const lines = [
        JSON.stringify(['urlkey', 'timestamp', 'original', 'mimetype', 'statuscode', 'digest', 'length']),
        ...rows.map((c) => JSON.stringify(['key', c.timestamp, c.original, c.mimetype, c.statuscode, c.digest, String(c.body.length)])),
        ...(damaged.get(url) ?? []),
      ];
      if (layout === 'pywb') {
        // pywb: one JSON object a line, with its own field names.
        res.writeHead(200, { 'content-type': 'text/x-ndjson' });
        res.end(rows.map((c) => `${JSON.stringify({ urlkey: 'key', timestamp: c.timestamp, url: c.original, mime: c.mimetype, status: c.statuscode, digest: c.digest })}\n`).join(''));
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      // The Wayback Machine's layout: one row a line.
      res.end(rows.length || damaged.has(url) ? `[${lines.join(',\n')}]\n` : '[]\n');
      return;
    }
    const m = new RegExp(`^${replay}/(\\d{14})id_/(.+)$`).exec(path);
    if (m) {
      const [, ts, url] = m as unknown as [string, string, string];
      const same = captures.filter((c) => c.original === url);
      if (same.length === 0) {
        res.writeHead(404, { 'content-type': 'text/html' });
        res.end('<h1>Not in the archive</h1>');
        return;
      }
      const exact = same.find((c) => c.timestamp === ts);
      if (!exact) {
        const nearest = same.reduce((a, b) => (Math.abs(Number(b.timestamp) - Number(ts)) < Math.abs(Number(a.timestamp) - Number(ts)) ? b : a));
        res.writeHead(302, { location: `${replay}/${nearest.timestamp}id_/${nearest.original}` });
        res.end();
        return;
      }
      const headers: Record<string, string> = { 'content-type': exact.mimetype === 'unk' ? 'application/octet-stream' : exact.mimetype };
      if (exact.location) headers.location = exact.location;
      res.writeHead(Number(exact.statuscode), headers);
      res.end(exact.body);
      return;
    }
    res.writeHead(404);
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    archive: `${origin}${replay}`,
    origin,
    captures,
    requests,
    fail: (prefix, list) => failures.push({ prefix, queue: [...list] }),
    extraIndexLines: (url, lines) => damaged.set(url, lines),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A clock whose sleep returns at once and moves time on; `slept` lists every wait asked for. */
export function fakeClock(start = Date.parse('2026-12-01T00:00:00Z')) {
  let t = start;
  const slept: number[] = [];
  return {
    slept,
    now: () => t,
    sleep: async (ms: number) => {
      slept.push(ms);
      t += ms;
    },
    advance: (ms: number) => {
      t += ms;
    },
  };
}
