// Planning an import of a JSON export (ours or the CLI's): parse, check the envelope, read every
// snapshot through the hash check and migrations, and sort them into new, already present and broken.
// Pure: the store applies a plan in one transaction, so a file with problems changes nothing unless
// the user explicitly chooses to import only its valid records.
import { sha256Hex } from './canonical.ts';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportScreenshot, ExportScreenshotSchema, READABLE_EXPORT_VERSIONS } from './export-json.ts';
import { describeZodError, readSnapshot } from './migrate.ts';
import type { Snapshot } from './snapshot.ts';

export interface ImportRecordError {
  /** Position of the record in the file's `snapshots` (or `screenshots`) array, from 0. */
  index: number;
  list: 'snapshots' | 'screenshots';
  id?: string;
  provider?: string;
  message: string;
}

export interface ImportPlan {
  /** Set when the file as a whole cannot be read; then every list is empty. */
  fileError?: string;
  total: number;
  toAdd: Snapshot[];
  /** Ids already present (or repeated in the file): importing them changes nothing. */
  duplicates: string[];
  errors: ImportRecordError[];
  migrated: number;
  screenshots: ExportScreenshot[];
}

export interface PlanImportOptions {
  /** Called every `progressEvery` records with (done, total); the work yields to the event loop then. */
  onProgress?: (done: number, total: number) => void;
  progressEvery?: number;
  /** Files larger than this (in characters) are refused before parsing. */
  maxChars?: number;
}

export const MAX_IMPORT_CHARS = 512 * 1024 * 1024;

const emptyPlan = (fileError: string): ImportPlan => ({
  fileError,
  total: 0,
  toAdd: [],
  duplicates: [],
  errors: [],
  migrated: 0,
  screenshots: [],
});

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function envelopeError(data: unknown): string | null {
  if (!isRecord(data)) return 'This file is not a KYC Lens export: it holds no export object.';
  if (data.format !== EXPORT_FORMAT)
    return `This file is not a KYC Lens export: "format" should be "${EXPORT_FORMAT}"${data.format === undefined ? ' but is missing' : ''}.`;
  if (typeof data.version !== 'number') return 'This export has no version number.';
  if (data.version > EXPORT_VERSION)
    return `This export was made by a newer KYC Lens (export format ${data.version}); update the extension to import it.`;
  if (!READABLE_EXPORT_VERSIONS.includes(data.version)) return `Export format ${data.version} is not supported.`;
  if (!Array.isArray(data.snapshots)) return 'This export has no list of snapshots.';
  if (data.screenshots !== undefined && !Array.isArray(data.screenshots)) return 'The export’s "screenshots" is not a list.';
  return null;
}

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function planImport(existingIds: ReadonlySet<string>, text: string, options: PlanImportOptions = {}): Promise<ImportPlan> {
  if (text.length > (options.maxChars ?? MAX_IMPORT_CHARS)) return emptyPlan('This file is too large to import.');
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return emptyPlan(`This file is not valid JSON (${e instanceof Error ? e.message : 'parse error'}). Nothing was imported.`);
  }
  const problem = envelopeError(data);
  if (problem) return emptyPlan(problem);
  const envelope = data as { snapshots: unknown[]; screenshots?: unknown[] };

  const plan: ImportPlan = { total: envelope.snapshots.length, toAdd: [], duplicates: [], errors: [], migrated: 0, screenshots: [] };
  const seen = new Set<string>();
  const every = options.progressEvery ?? 250;
  // Records are read in batches so their hashes are computed concurrently (Web Crypto is async);
  // the results are then taken in file order, so duplicates and errors are reported as they appear.
  const BATCH = Math.max(1, Math.min(64, every));
  let reported = 0;
  for (let start = 0; start < envelope.snapshots.length; start += BATCH) {
    const batch = envelope.snapshots.slice(start, start + BATCH);
    const results = await Promise.all(batch.map((raw) => readSnapshot(raw)));
    results.forEach((result, j) => {
      const i = start + j;
      if (!result.ok) {
        const rec = isRecord(batch[j]) ? (batch[j] as Record<string, unknown>) : {};
        const provider = isRecord(rec.provider) && typeof rec.provider.name === 'string' ? rec.provider.name : undefined;
        const error: ImportRecordError = { index: i, list: 'snapshots', message: result.error };
        if (typeof rec.id === 'string') error.id = rec.id.slice(0, 80);
        if (provider) error.provider = provider.slice(0, 200);
        plan.errors.push(error);
        return;
      }
      const id = result.snapshot.id;
      if (existingIds.has(id) || seen.has(id)) plan.duplicates.push(id);
      else {
        plan.toAdd.push(result.snapshot);
        if (result.migratedFrom !== undefined) plan.migrated++;
      }
      seen.add(id);
    });
    const done = start + batch.length;
    if (options.onProgress && done < plan.total && Math.floor(done / every) > Math.floor(reported / every)) {
      reported = done;
      options.onProgress(done, plan.total);
      await tick();
    }
  }
  options.onProgress?.(plan.total, plan.total);

  const wanted = new Set(plan.toAdd.flatMap((s) => (s.screenshotId ? [s.screenshotId] : [])));
  for (const [i, raw] of (envelope.screenshots ?? []).entries()) {
    const parsed = ExportScreenshotSchema.safeParse(raw);
    if (!parsed.success) {
      plan.errors.push({ index: i, list: 'screenshots', message: describeZodError(parsed.error) });
      continue;
    }
    if (!wanted.has(parsed.data.id)) continue;
    if ((await sha256Hex(parsed.data.dataUrl)) !== parsed.data.id) {
      plan.errors.push({ index: i, list: 'screenshots', id: parsed.data.id, message: 'screenshot does not match its hash' });
      continue;
    }
    wanted.delete(parsed.data.id);
    plan.screenshots.push(parsed.data);
  }
  return plan;
}

/** One line for people: "3 new snapshots, 2 already present, 1 with errors". */
export function describePlan(plan: ImportPlan): string {
  if (plan.fileError) return plan.fileError;
  const n = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
  const parts = [n(plan.toAdd.length, 'new snapshot'), `${plan.duplicates.length} already present`];
  if (plan.errors.length) parts.push(n(plan.errors.length, 'record with errors', 'records with errors'));
  return `${parts.join(', ')}.`;
}
