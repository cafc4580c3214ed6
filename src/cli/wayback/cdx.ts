// The CDX server API, as the Wayback Machine and pywb serve it: one query per URL for its captures
// (`output=json`, `filter=statuscode:200`, `collapse=digest`, `from`/`to`), and the address of a
// capture's original bytes (the `id_` modifier). Answers come in two shapes: the Wayback Machine's
// JSON array of rows under a header row, and pywb's one JSON object per line. A row that cannot be
// read is counted and skipped, never fatal.

export interface CdxCapture {
  /** YYYYMMDDhhmmss, UTC. */
  timestamp: string;
  /** The URL as captured. */
  original: string;
  mimetype: string;
  statuscode: string;
  /** The archive's payload digest (base32 SHA-1 at the Wayback Machine). */
  digest: string;
}

export interface CdxAnswer {
  captures: CdxCapture[];
  /** Rows or lines that were not a readable capture. */
  malformed: number;
}

/** Where an archive answers CDX queries and serves captures. */
export interface ArchiveEndpoints {
  /** The replay prefix: captures are at `<replay>/<timestamp>id_/<url>`. */
  replay: string;
  cdx: string;
}

export const DEFAULT_ARCHIVE = 'https://web.archive.org/web';

/**
 * --archive names the replay prefix. The CDX endpoint is the Wayback Machine's /cdx/search/cdx
 * beside a `/web` prefix, else pywb's `<collection>/cdx` (pywb serves `/<coll>/<ts>/<url>` and
 * `/<coll>/cdx`).
 */
export function archiveEndpoints(archive: string): ArchiveEndpoints {
  const replay = archive.replace(/\/+$/, '');
  const cdx = /\/web$/.test(replay) ? `${replay.slice(0, -4)}/cdx/search/cdx` : `${replay}/cdx`;
  return { replay, cdx };
}

export interface CdxQuery {
  url: string;
  /** YYYY or YYYYMM (inclusive, padded by the server). */
  from?: string;
  to?: string;
}

export function cdxQueryUrl(endpoints: ArchiveEndpoints, q: CdxQuery): string {
  const params = new URLSearchParams({ url: q.url, output: 'json', filter: 'statuscode:200', collapse: 'digest' });
  if (q.from) params.set('from', q.from);
  if (q.to) params.set('to', q.to);
  return `${endpoints.cdx}?${params.toString()}`;
}

/** The capture's original bytes, without the archive's rewriting or banner. */
export function captureUrl(endpoints: ArchiveEndpoints, c: Pick<CdxCapture, 'timestamp' | 'original'>, modifier = 'id_'): string {
  return `${endpoints.replay}/${c.timestamp}${modifier}/${c.original}`;
}

const TIMESTAMP = /^\d{14}$/;
// The Wayback Machine's default field order, used when a JSON answer has no header row.
const DEFAULT_FIELDS = ['urlkey', 'timestamp', 'original', 'mimetype', 'statuscode', 'digest', 'length'];
// pywb names some fields differently.
const ALIASES: Record<string, keyof CdxCapture> = {
  timestamp: 'timestamp',
  original: 'original',
  url: 'original',
  mimetype: 'mimetype',
  mime: 'mimetype',
  statuscode: 'statuscode',
  status: 'statuscode',
  digest: 'digest',
};

function toCapture(get: (field: keyof CdxCapture) => unknown): CdxCapture | null {
  const c = {
    timestamp: get('timestamp'),
    original: get('original'),
    mimetype: get('mimetype') ?? '',
    statuscode: get('statuscode') ?? '',
    digest: get('digest'),
  };
  if (typeof c.timestamp !== 'string' || !TIMESTAMP.test(c.timestamp)) return null;
  if (typeof c.original !== 'string' || !URL.canParse(c.original)) return null;
  if (typeof c.digest !== 'string' || c.digest.length === 0 || c.digest.length > 200) return null;
  if (typeof c.mimetype !== 'string' || typeof c.statuscode !== 'string') return null;
  return c as CdxCapture;
}

function fromRows(rows: unknown[]): CdxAnswer {
  const out: CdxAnswer = { captures: [], malformed: 0 };
  let fields = DEFAULT_FIELDS;
  let start = 0;
  const first = rows[0];
  if (Array.isArray(first) && first.includes('timestamp')) {
    fields = first.map(String);
    start = 1;
  }
  for (const row of rows.slice(start)) {
    const capture = Array.isArray(row)
      ? toCapture((name) => {
          const i = fields.findIndex((f) => ALIASES[f] === name);
          return i < 0 ? undefined : row[i];
        })
      : null;
    if (capture) out.captures.push(capture);
    else out.malformed++;
  }
  return out;
}

function fromLines(text: string): CdxAnswer {
  const out: CdxAnswer = { captures: [], malformed: 0 };
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) continue;
    let capture: CdxCapture | null = null;
    if (line.trimStart().startsWith('{')) {
      try {
        const obj = JSON.parse(line) as Record<string, unknown>;
        capture = toCapture((name) => {
          for (const [k, v] of Object.entries(ALIASES)) if (v === name && obj[k] !== undefined) return obj[k];
          return undefined;
        });
      } catch {
        capture = null;
      }
    } else {
      // The plain-text answer: space-separated fields in the default order.
      const parts = line.trim().split(/\s+/);
      if (parts.length >= 6) capture = toCapture((name) => parts[DEFAULT_FIELDS.indexOf(name)]);
    }
    if (capture) out.captures.push(capture);
    else out.malformed++;
  }
  return out;
}

/** Reads a CDX answer in any of the shapes above. */
export function parseCdx(text: string): CdxAnswer {
  const trimmed = text.trim();
  if (trimmed === '') return { captures: [], malformed: 0 };
  if (!trimmed.startsWith('[')) return fromLines(trimmed);
  try {
    const rows = JSON.parse(trimmed) as unknown;
    if (Array.isArray(rows)) return fromRows(rows);
  } catch {
    // A damaged array: the Wayback Machine writes one row a line, so read the lines that parse.
  }
  return fromRows(trimmed.split(/\r?\n/).filter((l) => l.trim()).map(rowOfLine));
}

/** One line of a JSON array answer (`[["urlkey",…],`, `[…],`, `[…]]`) as its row, or null. */
function rowOfLine(line: string): unknown {
  let l = line.trim().replace(/,$/, '');
  if (l.startsWith('[[')) l = l.slice(1);
  if (l.endsWith(']]')) l = l.slice(0, -1);
  try {
    return JSON.parse(l) as unknown;
  } catch {
    return null;
  }
}
