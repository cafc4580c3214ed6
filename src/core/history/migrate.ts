// Reading a stored or imported snapshot of any schema version: check its hash against the content it
// was written with, upgrade it step by step to the current version, then validate it. A migrated
// record gets the id of its new content (the same old record always migrates to the same id, so
// importing it twice still merges).
import type { z } from 'zod';
import { canonicalJson, SHA256_HEX } from './canonical.ts';
import { hashSnapshotContent, SNAPSHOT_SCHEMA_VERSION, type Snapshot, SnapshotSchema } from './snapshot.ts';

export interface SnapshotMigration {
  /** The version this step reads; it writes version `from + 1`. */
  from: number;
  /** Why the format changed, for people reading the code and the export docs. */
  why: string;
  up(record: Record<string, unknown>): Record<string, unknown>;
}

/** Version 1 is the first published format: no migrations yet. Append one per version bump. */
export const SNAPSHOT_MIGRATIONS: readonly SnapshotMigration[] = [];

export type ReadSnapshotResult =
  | { ok: true; snapshot: Snapshot; migratedFrom?: number }
  | { ok: false; error: string };

export interface ReadSnapshotOptions {
  migrations?: readonly SnapshotMigration[];
  currentVersion?: number;
  /** Check that `id` is the hash of the content (on by default; off only for trusted local data). */
  verifyHash?: boolean;
}

export function describeZodError(error: z.ZodError, limit = 3): string {
  const parts = error.issues.slice(0, limit).map((issue) => {
    const path = issue.path
      .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
      .join('');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  const more = error.issues.length > limit ? ` (and ${error.issues.length - limit} more problems)` : '';
  return parts.join('; ') + more;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export async function readSnapshot(raw: unknown, options: ReadSnapshotOptions = {}): Promise<ReadSnapshotResult> {
  const migrations = options.migrations ?? SNAPSHOT_MIGRATIONS;
  const current = options.currentVersion ?? SNAPSHOT_SCHEMA_VERSION;
  if (!isRecord(raw)) return { ok: false, error: 'not a snapshot object' };
  const version = raw.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0)
    return { ok: false, error: 'schemaVersion is missing or not a whole number' };
  if (version > current)
    return { ok: false, error: `written by a newer KYC Lens (snapshot format ${version}; this one reads up to ${current})` };
  if (typeof raw.id !== 'string' || !SHA256_HEX.test(raw.id)) return { ok: false, error: 'id is not a SHA-256 hash' };
  if (options.verifyHash !== false) {
    let hash: string;
    try {
      hash = await hashSnapshotContent(raw);
    } catch {
      return { ok: false, error: 'content cannot be hashed (not plain JSON data)' };
    }
    if (hash !== raw.id) return { ok: false, error: 'content does not match its hash (edited or damaged)' };
  }
  let record = raw;
  for (let v = version; v < current; v++) {
    const step = migrations.find((m) => m.from === v);
    if (!step) return { ok: false, error: `no migration from snapshot format ${v}` };
    try {
      record = { ...step.up(record), schemaVersion: v + 1 };
    } catch (e) {
      return { ok: false, error: `migration from format ${v} failed: ${e instanceof Error ? e.message : String(e)}` };
    }
  }
  if (version !== current) record = { ...record, id: await hashSnapshotContent(record) };
  const parsed = SnapshotSchema.safeParse(record);
  if (!parsed.success) return { ok: false, error: describeZodError(parsed.error) };
  // Nested objects drop properties they do not know; the stored record must be exactly what was hashed.
  if (options.verifyHash !== false && canonicalJson(parsed.data) !== canonicalJson(record))
    return { ok: false, error: 'contains properties this version of the format does not define' };
  return version === current ? { ok: true, snapshot: parsed.data } : { ok: true, snapshot: parsed.data, migratedFrom: version };
}
