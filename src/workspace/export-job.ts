// Exporting a big history without freezing the page: read the snapshots in batches, then format them
// a slice of time at a time, yielding to the page between slices (so the progress bar moves and the
// Cancel button works), encoding the text into Blobs as it goes. The text is exactly what the one-shot
// formatters (serializeExport, snapshotsToCsv, reportMarkdown, reportHtml) write; unit-tested.
import { CSV_COLUMNS, csvRow, snapshotCsvRows } from '../core/history/export-csv.ts';
import { buildExport, type ExportScreenshot, exportFileName, type Generator } from '../core/history/export-json.ts';
import { htmlReportParts, markdownReportParts, type ReportParts } from '../core/history/export-report.ts';
import type { Snapshot } from '../core/history/snapshot.ts';
import type { HistoryReader } from '../storage/history-db.ts';

export type ExportFormat = 'json' | 'csv' | 'md' | 'html';
export const EXPORT_MIME: Record<ExportFormat, string> = {
  json: 'application/json',
  csv: 'text/csv',
  md: 'text/markdown',
  html: 'text/html',
};

export interface ExportProgress {
  phase: 'reading' | 'formatting';
  done: number;
  total: number;
}

/** The JSON export in pieces: byte for byte `serializeExport(buildExport(…))`. */
export function jsonExportParts(
  snapshots: readonly Snapshot[],
  options: { exportedAt: number; generator: Generator; screenshots?: readonly ExportScreenshot[] },
): ReportParts {
  const envelope = buildExport(snapshots, options);
  // The envelope without its snapshots, split where they go. A JSON string value can never hold an
  // unescaped `"snapshots": []`, so the first one is the property.
  const outline = JSON.stringify({ ...envelope, snapshots: [] }, null, 2);
  const at = outline.indexOf('"snapshots": []');
  const before = outline.slice(0, at + '"snapshots": ['.length);
  const after = outline.slice(at + '"snapshots": []'.length);
  let first = true;
  return {
    head: before,
    items: envelope.snapshots,
    // Nested two levels deep, every line of a snapshot gets four more spaces (string values hold no raw newlines).
    section: (s) => {
      const piece = `${first ? '' : ','}\n    ${JSON.stringify(s, null, 2).replaceAll('\n', '\n    ')}`;
      first = false;
      return piece;
    },
    tail: `${envelope.snapshots.length ? '\n  ]' : ']'}${after}\n`,
    trimEnd: false,
  };
}

/** The CSV export in pieces: byte for byte `snapshotsToCsv` (RFC 4180, CRLF after every row). */
export function csvExportParts(snapshots: readonly Snapshot[]): ReportParts {
  return {
    head: `\uFEFF${csvRow(CSV_COLUMNS)}\r\n`,
    items: snapshots,
    section: (s) => snapshotCsvRows(s).map((row) => `${row}\r\n`).join(''),
    tail: '',
    trimEnd: false,
  };
}

/** Lets the page handle input and paint. */
export const yieldToPage = (): Promise<void> =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });

export interface FormatOptions {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  /** Longest stretch of work between yields. */
  sliceMs?: number;
  yieldNow?: () => Promise<void>;
  now?: () => number;
}

/**
 * Runs the sections of `parts` in slices of at most `sliceMs`, yielding between them, and hands every
 * piece of text to `emit` in order (the `trimEnd` rule applied to the last ones).
 */
async function runSlices(parts: ReportParts, options: FormatOptions, emit: (piece: string) => void): Promise<void> {
  const { onProgress, signal, sliceMs = 12, yieldNow = yieldToPage, now = () => performance.now() } = options;
  const total = parts.items.length;
  // The latest piece is held back: with `trimEnd`, trailing white space is cut from it at the end.
  let held = parts.head;
  onProgress?.(0, total);
  let sliceStart = now();
  for (let i = 0; i < total; i++) {
    emit(held);
    held = parts.section(parts.items[i]!);
    if (now() - sliceStart >= sliceMs && i + 1 < total) {
      onProgress?.(i + 1, total);
      await yieldNow();
      signal?.throwIfAborted();
      sliceStart = now();
    }
  }
  const last = held + parts.tail;
  emit(parts.trimEnd ? `${last.trimEnd()}\n` : last);
  onProgress?.(total, total);
}

/** Builds the text of `parts` in slices, yielding to the page between them; returns its pieces. */
export async function formatInSlices(parts: ReportParts, options: FormatOptions = {}): Promise<string[]> {
  const out: string[] = [];
  await runSlices(parts, options, (piece) => out.push(piece));
  return out;
}

/** Pieces are turned into Blobs about every million characters, so no single step encodes the whole file. */
const FLUSH_CHARS = 1 << 20;

/** Builds the file of `parts` in slices as a Blob (encoded as it goes, not in one long step at the end). */
export async function formatAsBlob(parts: ReportParts, mime: string, options: FormatOptions = {}): Promise<Blob> {
  const blobs: Blob[] = [];
  let pending: string[] = [];
  let chars = 0;
  const flush = () => {
    if (pending.length) blobs.push(new Blob(pending));
    pending = [];
    chars = 0;
  };
  await runSlices(parts, options, (piece) => {
    pending.push(piece);
    chars += piece.length;
    if (chars >= FLUSH_CHARS) flush();
  });
  flush();
  return new Blob(blobs, { type: mime });
}

export interface ExportRequest {
  db: HistoryReader;
  /** A provider key, or '' for every snapshot. */
  scope: string;
  format: ExportFormat;
  withScreenshots: boolean;
  generator: Generator;
  now: number;
  onProgress?: (p: ExportProgress) => void;
  signal?: AbortSignal;
  slicing?: Omit<FormatOptions, 'onProgress' | 'signal'>;
}

export interface ExportResult {
  fileName: string;
  blob: Blob;
  count: number;
}

/** Reads, formats and returns the export; null when there is nothing to export. Rejects with an AbortError when cancelled. */
export async function buildExportFile(r: ExportRequest): Promise<ExportResult | null> {
  const reading = (done: number, total: number) => r.onProgress?.({ phase: 'reading', done, total });
  const snapshots = r.scope
    ? await r.db.ofProvider(r.scope)
    : await r.db.all({ onProgress: reading, ...(r.signal ? { signal: r.signal } : {}) });
  r.signal?.throwIfAborted();
  if (snapshots.length === 0) return null;
  let parts: ReportParts;
  if (r.format === 'json') {
    const ids = [...new Set(snapshots.flatMap((s) => (s.screenshotId ? [s.screenshotId] : [])))];
    const screenshots = r.withScreenshots ? await r.db.getScreenshots(ids) : [];
    parts = jsonExportParts(snapshots, { exportedAt: r.now, generator: r.generator, screenshots });
  } else if (r.format === 'csv') parts = csvExportParts(snapshots);
  else {
    const options = { generatedAt: r.now, generator: r.generator };
    parts = r.format === 'md' ? markdownReportParts(snapshots, options) : htmlReportParts(snapshots, options);
  }
  const blob = await formatAsBlob(parts, EXPORT_MIME[r.format], {
    ...r.slicing,
    onProgress: (done, total) => r.onProgress?.({ phase: 'formatting', done, total }),
    ...(r.signal ? { signal: r.signal } : {}),
  });
  return { fileName: exportFileName(r.now, r.format), blob, count: snapshots.length };
}

/** Words for people: what went wrong, and that nothing was saved. */
export function exportErrorMessage(e: unknown): string {
  const name = e instanceof Error || (typeof DOMException !== 'undefined' && e instanceof DOMException) ? (e as Error).name : '';
  if (name === 'AbortError') return 'Export cancelled; no file was saved.';
  if (name === 'QuotaExceededError' || (e instanceof RangeError && /length|size|memory/i.test(e.message)))
    return 'The export is too big for the browser to build in one file. Export one provider at a time, or leave out screenshots.';
  return `The export failed: ${e instanceof Error ? e.message : String(e)}. No file was saved.`;
}
