// Builds WARC (plain or gzip) and WACZ files at test time with warcio's own writer, so the tests read
// archives as archiving tools write them and no binary is committed.
import { writeFile } from 'node:fs/promises';
import { WARCRecord, WARCSerializer } from 'warcio';

export interface RecordSpec {
  url: string;
  /** ISO date. */
  date: string;
  type?: 'response' | 'revisit' | 'request' | 'resource' | 'warcinfo' | 'metadata';
  body?: string | Uint8Array;
  contentType?: string | null;
  status?: number;
  recordId?: string;
  httpHeaders?: Record<string, string>;
}

const enc = new TextEncoder();

export async function recordBytes(spec: RecordSpec, gzip: boolean): Promise<Uint8Array> {
  const body = typeof spec.body === 'string' ? enc.encode(spec.body) : (spec.body ?? new Uint8Array(0));
  const type = spec.type ?? 'response';
  const httpHeaders: Record<string, string> = { ...(spec.httpHeaders ?? {}) };
  if (spec.contentType !== null) httpHeaders['Content-Type'] = spec.contentType ?? 'text/html; charset=utf-8';
  const warcHeaders: Record<string, string> = {};
  if (spec.recordId) warcHeaders['WARC-Record-ID'] = spec.recordId;
  async function* reader() {
    yield body;
  }
  const record = WARCRecord.create(
    {
      url: spec.url,
      date: spec.date,
      type,
      warcVersion: 'WARC/1.1',
      warcHeaders,
      ...(type === 'response' || type === 'revisit' ? { httpHeaders, statusline: `HTTP/1.1 ${spec.status ?? 200} OK` } : {}),
      // A request record holds the browser's GET: a request line and headers, no body.
      ...(type === 'request' ? { httpHeaders: { Host: new URL(spec.url).host, Accept: 'text/html' }, statusline: `GET ${new URL(spec.url).pathname} HTTP/1.1` } : {}),
      ...(type === 'revisit' ? { refersToUrl: spec.url, refersToDate: spec.date } : {}),
      ...(type === 'resource' ? { warcHeaders: { ...warcHeaders, 'Content-Type': spec.contentType ?? 'text/html' } } : {}),
    },
    reader(),
  );
  return WARCSerializer.serialize(record, { gzip });
}

export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export async function buildWarc(specs: readonly RecordSpec[], gzip: boolean): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  for (const s of specs) out.push(await recordBytes(s, gzip));
  return out;
}

export async function writeWarc(path: string, specs: readonly RecordSpec[], gzip: boolean): Promise<void> {
  await writeFile(path, concatBytes(await buildWarc(specs, gzip)));
}

/** Overwrites `count` bytes in the middle of a record with a filler, as disk or transfer damage would. */
export function damage(record: Uint8Array, from: number, count: number, filler = 0x41): Uint8Array {
  const out = Uint8Array.from(record);
  for (let i = from; i < Math.min(out.length, from + count); i++) out[i] = filler;
  return out;
}

/** A signup page with the given fields (name attribute and label), in a form with a heading. */
export function signupPage(title: string, fields: readonly { name: string; label: string; type?: string; autocomplete?: string; required?: boolean }[]): string {
  const inputs = fields
    .map(
      (f) =>
        `<label for="${f.name}">${f.label}</label><input id="${f.name}" name="${f.name}" type="${f.type ?? 'text'}"${f.autocomplete ? ` autocomplete="${f.autocomplete}"` : ''}${f.required === false ? '' : ' required'}>`,
    )
    .join('\n');
  return `<!doctype html><html lang="en"><head><title>${title}</title></head><body><h1>Create your account</h1>
<form action="/signup" method="post">${inputs}<input type="password" name="password" autocomplete="new-password" required><button type="submit">Sign up</button></form></body></html>`;
}

export interface WaczMember {
  name: string;
  data: Uint8Array | string;
  /** Zip members are stored (like WARCs in WACZ files) unless told to deflate. */
  compress?: boolean;
}

/** Writes a WACZ (a zip) with yazl: archive/*.warc[.gz], pages/pages.jsonl, datapackage.json… */
export async function writeWacz(path: string, members: readonly WaczMember[]): Promise<void> {
  const { ZipFile } = await import('yazl');
  const { createWriteStream } = await import('node:fs');
  const zip = new ZipFile();
  for (const m of members) {
    const data = typeof m.data === 'string' ? Buffer.from(m.data) : Buffer.from(m.data);
    zip.addBuffer(data, m.name, { compress: m.compress ?? false, mtime: new Date('2024-01-01T00:00:00Z') });
  }
  zip.end();
  await new Promise<void>((resolve, reject) => {
    const out = createWriteStream(path);
    out.on('close', () => resolve());
    out.on('error', reject);
    zip.outputStream.pipe(out);
  });
}

export function pagesJsonl(pages: readonly { url: string; ts: string; title?: string }[]): string {
  const header = JSON.stringify({ format: 'json-pages-1.0', id: 'pages', title: 'All Pages' });
  return `${[header, ...pages.map((p) => JSON.stringify({ id: p.url, url: p.url, ts: p.ts, title: p.title ?? '' }))].join('\n')}\n`;
}
