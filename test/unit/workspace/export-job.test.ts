import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshotsToCsv } from '../../../src/core/history/export-csv.ts';
import { buildExport, serializeExport } from '../../../src/core/history/export-json.ts';
import { reportHtml, reportMarkdown } from '../../../src/core/history/export-report.ts';
import { openHistoryDb } from '../../../src/storage/history-db.ts';
import { openHistoryWriter } from '../../../src/storage/history-writer.ts';
import {
  buildExportFile,
  csvExportParts,
  type ExportProgress,
  exportErrorMessage,
  formatAsBlob,
  formatInSlices,
  jsonExportParts,
} from '../../../src/workspace/export-job.ts';
import { progressText } from '../../../src/workspace/views/ExportView.tsx';
import { field, snap, vendor } from '../history/make-flow.ts';

const generator = { name: 'kyc-lens-extension', version: '0.1.0' };
const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUg==';
const join = (parts: string[]) => parts.join('');
/** The file's text exactly as saved (a BOM included). */
const bytes = async (blob: Blob) => Buffer.from(await blob.arrayBuffer()).toString('utf8');
/** A clock that advances 5 ms per reading, so every few sections end a slice. */
const fakeClock = () => {
  let t = 0;
  return () => (t += 5);
};

let had: unknown;
beforeAll(() => {
  had = (globalThis as { IDBKeyRange?: unknown }).IDBKeyRange;
  (globalThis as { IDBKeyRange?: unknown }).IDBKeyRange = IDBKeyRange;
});
afterAll(() => {
  (globalThis as { IDBKeyRange?: unknown }).IDBKeyRange = had;
});

async function sample(n = 9) {
  return Promise.all(
    Array.from({ length: n }, (_, i) =>
      snap(['aws', 'vultr', null][i % 3]!, [field('email'), field('family-name', { label: i % 2 ? '=HYPERLINK("x")' : 'Surname, "last"' })], (i * 4) % 9, i % 4 ? [] : [vendor('stripe')]),
    ),
  );
}

describe('export in slices', () => {
  it('writes exactly what the one-shot formatters write, for every format and size', async () => {
    const all = await sample();
    const opts = { exportedAt: 1_700_000_000_000, generator };
    const report = { generatedAt: 1_700_000_000_000, generator };
    const slicing = { yieldNow: async () => undefined, now: fakeClock(), sliceMs: 10 };
    for (const list of [all, all.slice(0, 1), []]) {
      expect(join(await formatInSlices(jsonExportParts(list, opts), slicing))).toBe(serializeExport(buildExport(list, opts)));
      const withShots = { ...opts, screenshots: [{ id: 'a'.repeat(64), dataUrl: PNG }] };
      expect(join(await formatInSlices(jsonExportParts(list, withShots), slicing))).toBe(serializeExport(buildExport(list, withShots)));
      expect(join(await formatInSlices(csvExportParts(list), slicing))).toBe(`\uFEFF${snapshotsToCsv(list)}`);
      const { markdownReportParts, htmlReportParts } = await import('../../../src/core/history/export-report.ts');
      expect(join(await formatInSlices(markdownReportParts(list, report), slicing))).toBe(reportMarkdown(list, report));
      expect(join(await formatInSlices(htmlReportParts(list, report), slicing))).toBe(reportHtml(list, report));
      // The same text when built straight into a Blob.
      expect(await bytes(await formatAsBlob(csvExportParts(list), 'text/csv', slicing))).toBe(`\uFEFF${snapshotsToCsv(list)}`);
      expect(await bytes(await formatAsBlob(markdownReportParts(list, report), 'text/markdown', slicing))).toBe(reportMarkdown(list, report));
    }
  });

  it('yields to the page between slices and reports progress up to the total', async () => {
    const all = await sample();
    let yields = 0;
    const progress: number[] = [];
    await formatInSlices(csvExportParts(all), {
      sliceMs: 10,
      now: fakeClock(),
      yieldNow: async () => {
        yields++;
      },
      onProgress: (done, total) => {
        expect(total).toBe(9);
        progress.push(done);
      },
    });
    expect(yields).toBeGreaterThanOrEqual(3);
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(9);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
    expect(progress.length).toBe(yields + 2);
  });

  it('stops when cancelled between slices', async () => {
    const controller = new AbortController();
    let sections = 0;
    const parts = csvExportParts(await sample());
    const counting = {
      ...parts,
      section: (s: (typeof parts.items)[number]) => {
        sections++;
        return parts.section(s);
      },
    };
    const run = formatInSlices(counting, {
      sliceMs: 10,
      now: fakeClock(),
      signal: controller.signal,
      yieldNow: async () => controller.abort(),
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(sections).toBeLessThan(9);
  });
});

describe('export file from the store', () => {
  it('reads every snapshot (or one provider), reports reading then formatting, and names the file', async () => {
    const factory = new IDBFactory();
    const db = await openHistoryDb(factory);
    const all = await sample(12);
    await (await openHistoryWriter(factory)).add(all);
    const seen: ExportProgress[] = [];
    const file = await buildExportFile({
      db,
      scope: '',
      format: 'json',
      withScreenshots: false,
      generator,
      now: 1_700_000_000_000,
      onProgress: (p) => seen.push(p),
      slicing: { yieldNow: async () => undefined },
    });
    expect(file).not.toBeNull();
    expect(file!.count).toBe(12);
    expect(file!.blob.type).toBe('application/json');
    expect(file!.fileName).toBe('kyc-lens-export-2023-11-14T22-13-20Z.json');
    expect(await bytes(file!.blob)).toBe(serializeExport(buildExport(await db.all(), { exportedAt: 1_700_000_000_000, generator })));
    expect(seen[0]).toEqual({ phase: 'reading', done: 0, total: 12 });
    expect(seen.at(-1)).toEqual({ phase: 'formatting', done: 12, total: 12 });
    expect(seen.findIndex((p) => p.phase === 'formatting')).toBeGreaterThan(seen.findLastIndex((p) => p.phase === 'reading'));
    const aws = await buildExportFile({ db, scope: 'aws', format: 'csv', withScreenshots: false, generator, now: 0 });
    expect(aws!.count).toBe(4);
    const empty = await buildExportFile({ db: await openHistoryDb(new IDBFactory()), scope: '', format: 'md', withScreenshots: false, generator, now: 0 });
    expect(empty).toBeNull();
  });

  it('says what went wrong in plain words', () => {
    expect(exportErrorMessage(new DOMException('x', 'AbortError'))).toBe('Export cancelled; no file was saved.');
    expect(exportErrorMessage(new RangeError('Invalid string length'))).toMatch(/too big .* one provider at a time/);
    expect(exportErrorMessage(new Error('History storage failed: disk'))).toBe('The export failed: History storage failed: disk. No file was saved.');
    expect(progressText({ phase: 'formatting', done: 3000, total: 10000 })).toBe('Exporting 3,000 of 10,000…');
    expect(progressText({ phase: 'reading', done: 500, total: 10000 })).toBe('Reading 500 of 10,000 snapshots…');
    expect(progressText(null)).toBe('Preparing the export…');
  });
});
