// The stored form of a batch of summaries (a chunk, or the head record): one JSON string with a table
// of the distinct strings and one small array per summary that points into it. Ten thousand summaries
// repeat the same provider names, URLs, categories, field labels and types over and over; written out
// in full they were about 1.3 KB each, this way a few hundred bytes, so a newly opened page reads and
// parses several times less before it can search. Decoding gives back exactly the summaries encoded.
import type { Category } from '../core/taxonomy/categories.ts';
import type { SnapshotSummary } from '../core/history/summary.ts';

/** Format of an encoded batch; version 1 (the store's first layout) was a plain JSON array of summaries. */
export const SUMMARY_CODEC_VERSION = 2;

type Row = [
  id: string,
  savedAt: number,
  providerKey: number,
  providerId: number,
  providerName: number,
  providerKind: number,
  url: number,
  reason: number,
  stepCount: number,
  fieldCount: number,
  categories: number[],
  requiredCategories: number[],
  vendorIds: number[],
  screenshotId: string | null,
  bytes: number,
  /** The lines of `search`; -1 stands for the snapshot id (unique, so not worth a table entry). */
  search: number[],
];

interface Encoded {
  v: typeof SUMMARY_CODEC_VERSION;
  s: string[];
  r: Row[];
}

/** -1 encodes null. */
const NULL = -1;

export type PackedSummaries = Encoded;

export function encodeSummaries(items: readonly SnapshotSummary[]): string {
  return JSON.stringify(packSummaries(items));
}

/** Decodes a batch written by `encodeSummaries`, or by the first layout (a JSON array of summaries). */
export function decodeSummaries(json: string): SnapshotSummary[] {
  return unpackSummaries(JSON.parse(json) as unknown);
}

export function packSummaries(items: readonly SnapshotSummary[]): PackedSummaries {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const ref = (text: string): number => {
    let i = index.get(text);
    if (i === undefined) {
      i = strings.length;
      strings.push(text);
      index.set(text, i);
    }
    return i;
  };
  const opt = (text: string | null) => (text === null ? NULL : ref(text));
  const rows = items.map(
    (s): Row => [
      s.id,
      s.savedAt,
      ref(s.providerKey),
      opt(s.providerId),
      ref(s.providerName),
      opt(s.providerKind),
      ref(s.url),
      ref(s.reason),
      s.stepCount,
      s.fieldCount,
      s.categories.map(ref),
      s.requiredCategories.map(ref),
      s.vendorIds.map(ref),
      s.screenshotId,
      s.bytes,
      s.search.split('\n').map((line) => (line === s.id ? NULL : ref(line))),
    ],
  );
  return { v: SUMMARY_CODEC_VERSION, s: strings, r: rows };
}

export function unpackSummaries(value: unknown): SnapshotSummary[] {
  if (Array.isArray(value)) return value as SnapshotSummary[];
  const data = value as Encoded;
  if (data?.v !== SUMMARY_CODEC_VERSION || !Array.isArray(data.s) || !Array.isArray(data.r))
    throw new Error('A stored history index record has an unknown format; reopen the workspace or clear history.');
  const s = data.s;
  const str = (i: number): string => {
    const v = s[i];
    if (v === undefined) throw new Error('A stored history index record is damaged.');
    return v;
  };
  const opt = (i: number) => (i === NULL ? null : str(i));
  return data.r.map((r) => {
    const id = r[0];
    return {
      id,
      providerKey: str(r[2]),
      providerId: opt(r[3]),
      providerName: str(r[4]),
      providerKind: opt(r[5]),
      url: str(r[6]),
      savedAt: r[1],
      reason: str(r[7]) as SnapshotSummary['reason'],
      stepCount: r[8],
      fieldCount: r[9],
      categories: r[10].map(str) as Category[],
      requiredCategories: r[11].map(str) as Category[],
      vendorIds: r[12].map(str),
      screenshotId: r[13],
      bytes: r[14],
      search: r[15].map((i) => (i === NULL ? id : str(i))).join('\n'),
    };
  });
}
