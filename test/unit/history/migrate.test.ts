import { describe, expect, it } from 'vitest';
import { hashSnapshotContent } from '../../../src/core/history/snapshot.ts';
import { readSnapshot, type SnapshotMigration } from '../../../src/core/history/migrate.ts';
import { field, snap } from './make-flow.ts';

// A synthetic "format 0" as an earlier draft might have written it: the provider as a bare string,
// no vendor list, one timestamp. The migration mechanism must carry it to the current format.
const V0_TO_V1: SnapshotMigration = {
  from: 0,
  why: 'provider became an object with name and kind; vendors and separate flow times were added',
  up(r) {
    const { provider, time, ...rest } = r as { provider: string; time: number } & Record<string, unknown>;
    return { ...rest, provider: { id: provider, name: provider, kind: null }, vendors: [], startedAt: time, updatedAt: time, savedAt: time };
  },
};

async function v0Record() {
  const current = await snap('aws', [field('email')]);
  const { id: _id, provider: _p, vendors: _v, startedAt: _s, updatedAt: _u, savedAt, ...rest } = current;
  const content = { ...rest, schemaVersion: 0, provider: 'aws', time: savedAt };
  return { ...content, id: await hashSnapshotContent(content) };
}

describe('readSnapshot', () => {
  it('accepts a current record unchanged', async () => {
    const s = await snap('aws', [field('email')]);
    const r = await readSnapshot(JSON.parse(JSON.stringify(s)));
    expect(r).toEqual({ ok: true, snapshot: s });
  });

  it('upgrades an older format through the registered migrations and re-identifies it', async () => {
    const old = await v0Record();
    const r = await readSnapshot(old, { migrations: [V0_TO_V1] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.migratedFrom).toBe(0);
    expect(r.snapshot.schemaVersion).toBe(1);
    expect(r.snapshot.provider).toEqual({ id: 'aws', name: 'aws', kind: null });
    expect(r.snapshot.vendors).toEqual([]);
    expect(r.snapshot.id).not.toBe(old.id);
    expect(await hashSnapshotContent(r.snapshot)).toBe(r.snapshot.id);
    // Deterministic: the same old record always becomes the same new one (imports stay idempotent).
    const again = await readSnapshot(structuredClone(old), { migrations: [V0_TO_V1] });
    expect(again.ok && again.snapshot.id).toBe(r.snapshot.id);
  });

  it('says so when no migration exists for an old format', async () => {
    const r = await readSnapshot(await v0Record());
    expect(r).toEqual({ ok: false, error: 'no migration from snapshot format 0' });
  });

  it('reports a migration that throws instead of throwing', async () => {
    const broken: SnapshotMigration = { from: 0, why: 'test', up: () => { throw new Error('boom'); } };
    const r = await readSnapshot(await v0Record(), { migrations: [broken] });
    expect(r).toEqual({ ok: false, error: 'migration from format 0 failed: boom' });
  });

  it('refuses records from a newer version', async () => {
    const s = await snap('aws', [field('email')]);
    const r = await readSnapshot({ ...s, schemaVersion: 7 });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/newer KYC Lens/);
  });

  it('detects edited content through the hash', async () => {
    const s = await snap('aws', [field('email')]);
    const edited = structuredClone(s);
    edited.fields[0]!.required = false;
    const r = await readSnapshot(edited);
    expect(r).toEqual({ ok: false, error: 'content does not match its hash (edited or damaged)' });
  });

  it('rejects properties the format does not define, even with a matching hash', async () => {
    const s = await snap('aws', [field('email')]);
    const { id: _id, ...content } = structuredClone(s);
    (content.fields[0] as Record<string, unknown>).value = 'typed by the user';
    const r = await readSnapshot({ ...content, id: await hashSnapshotContent(content) });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/does not define/);
  });

  it('names the path of an invalid value', async () => {
    const s = await snap('aws', [field('email')]);
    const { id: _id, ...content } = structuredClone(s);
    (content.fields[0] as Record<string, unknown>).category = 'shoe-size';
    const r = await readSnapshot({ ...content, id: await hashSnapshotContent(content) });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/^fields\[0\]\.category: /);
  });

  it('rejects things that are not snapshots with a plain reason', async () => {
    expect(await readSnapshot(null)).toEqual({ ok: false, error: 'not a snapshot object' });
    expect(await readSnapshot({ id: 'x' })).toEqual({ ok: false, error: 'schemaVersion is missing or not a whole number' });
    expect(await readSnapshot({ schemaVersion: 1, id: 'abc' })).toEqual({ ok: false, error: 'id is not a SHA-256 hash' });
  });
});
