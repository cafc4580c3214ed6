import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../src/core/history/canonical.ts';
import { buildExport, serializeExport } from '../../../src/core/history/export-json.ts';
import { planImport } from '../../../src/core/history/import.ts';
import { hashSnapshotContent, type Snapshot } from '../../../src/core/history/snapshot.ts';
import { compareSummaries, summarize } from '../../../src/core/history/summary.ts';
import { type HistoryReader, openHistoryDb } from '../../../src/storage/history-db.ts';
import { openHistoryWriter } from '../../../src/storage/history-writer.ts';
import { packSummaries, unpackSummaries } from '../../../src/storage/summary-codec.ts';
import { field, snap, vendor } from '../history/make-flow.ts';

const generator = { name: 'kyc-lens-extension', version: '0.1.0' };
const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUg==';

/** A database name of its own, so no other test's connections hear this one's writes. */
const unique = () => `h-${crypto.randomUUID()}`;

/** A new database with the worker's writer and a page's reader. */
async function fresh(chunkSize?: number) {
  const factory = new IDBFactory();
  const name = unique();
  return { factory, name, writer: await openHistoryWriter(factory, name, chunkSize), db: await openHistoryDb(factory, name) };
}

/**
 * Runs `write` (the worker's) and waits until every reader (the workspace's pages) has heard of it,
 * as the workspace does before it asks again.
 */
async function heardBy<T>(readers: HistoryReader | HistoryReader[], write: () => Promise<T>): Promise<T> {
  const heard = [readers].flat().map(
    (reader) =>
      new Promise<void>((resolve) => {
        const stop = reader.onChange(() => {
          stop();
          resolve();
        });
      }),
  );
  const result = await write();
  await Promise.all(heard);
  return result;
}

async function sample() {
  return [
    await snap('aws', [field('email')], 0),
    await snap('aws', [field('email'), field('bday'), field('family-name', { label: 'Surname' })], 10, [vendor('stripe')]),
    await snap('vultr', [field('email'), field('tel')], 5),
    await snap(null, [field('passport-number')], 7, [vendor('onfido', 'identity-verification')]),
  ];
}

describe('history store', () => {
  it('stores snapshots idempotently by hash and reads them back', async () => {
    const { db, writer } = await fresh();
    const [a] = await sample();
    expect(await writer.add([a!])).toBe(1);
    expect(await writer.add([structuredClone(a!), a!])).toBe(0);
    expect(await db.count()).toBe(1);
    expect(await db.get(a!.id)).toEqual(a);
    expect(await db.get('0'.repeat(64))).toBeUndefined();
  });

  it('lists newest first with paging, and filters by provider, kind, time, category and text', async () => {
    const { db, writer } = await fresh();
    const all = await sample();
    expect(await writer.add(all)).toBe(4);
    const page = await db.list({ limit: 2, offset: 0 });
    expect(page.total).toBe(4);
    expect(page.items.map((s) => s.id)).toEqual([all[1]!.id, all[3]!.id]);
    expect((await db.list({ limit: 2, offset: 2 })).items.map((s) => s.id)).toEqual([all[2]!.id, all[0]!.id]);
    expect((await db.list({ provider: 'aws', limit: 10, offset: 0 })).total).toBe(2);
    // Kinds come from the provider catalog at save time; sites outside it are 'unknown'.
    expect((await db.list({ kind: 'hyperscaler', limit: 10, offset: 0 })).total).toBe(2);
    expect((await db.list({ kind: 'unknown', limit: 10, offset: 0 })).items.map((s) => s.id)).toEqual([all[3]!.id]);
    const t0 = all[0]!.savedAt;
    expect((await db.list({ from: all[2]!.savedAt, to: all[3]!.savedAt, limit: 10, offset: 0 })).items.map((s) => s.id)).toEqual([
      all[3]!.id,
      all[2]!.id,
    ]);
    expect((await db.list({ to: t0, limit: 10, offset: 0 })).total).toBe(1);
    expect((await db.list({ category: 'date-of-birth', limit: 10, offset: 0 })).items.map((s) => s.id)).toEqual([all[1]!.id]);
    expect((await db.list({ text: 'SURNAME aws', limit: 10, offset: 0 })).items.map((s) => s.id)).toEqual([all[1]!.id]);
    expect((await db.list({ text: 'onfido', limit: 10, offset: 0 })).items.map((s) => s.id)).toEqual([all[3]!.id]);
    expect((await db.list({ text: 'nothing-like-this', limit: 10, offset: 0 })).total).toBe(0);
  });

  it('groups providers and returns one provider’s snapshots oldest first', async () => {
    const { db, writer } = await fresh();
    const all = await sample();
    await writer.add(all);
    const providers = await db.providers();
    expect(providers.map((p) => [p.key, p.count, p.latestId])).toEqual([
      ['aws', 2, all[1]!.id],
      ['site:other.example.example', 1, all[3]!.id],
      ['vultr', 1, all[2]!.id],
    ]);
    expect((await db.ofProvider('aws')).map((s) => s.id)).toEqual([all[0]!.id, all[1]!.id]);
  });

  it('sees writes made through another connection (the background worker) once it hears of them', async () => {
    const { writer: worker, db: page } = await fresh();
    const [a, b] = await sample();
    await heardBy(page, () => worker.add([a!]));
    expect((await page.list({ limit: 10, offset: 0 })).items.map((s) => s.id)).toEqual([a!.id]);
    // The page keeps the summaries it read; the worker's next write tells it they are stale.
    const changes: number[] = [];
    page.onChange(() => changes.push(1));
    await heardBy(page, () => worker.add([b!]));
    expect(changes).toHaveLength(1);
    expect(await page.count()).toBe(2);
    expect((await page.list({ limit: 10, offset: 0 })).items[0]!.id).toBe(b!.id);
    expect(await page.ids()).toEqual(new Set([a!.id, b!.id]));
    await heardBy(page, () => worker.remove('aws'));
    expect(await page.count()).toBe(0);
    expect((await page.list({ limit: 10, offset: 0 })).total).toBe(0);
    page.close();
    worker.close();
  });

  it('does not keep summaries a load read before a write it then heard of', async () => {
    const { writer: worker, db: page } = await fresh();
    const [a, b] = await sample();
    await heardBy(page, () => worker.add([a!]));
    // The page starts loading (its read transaction comes before the write), then hears of the write.
    page.refresh();
    const early = page.loaded();
    await heardBy(page, () => worker.add([b!]));
    await early;
    expect((await page.list({ provider: 'aws', limit: 10, offset: 0 })).items.map((s) => s.id)).toEqual([b!.id, a!.id]);
    page.close();
    worker.close();
  });

  it('adds what the worker saved to the summaries it holds, and reads them again after a deletion', async () => {
    const { writer: worker, db: page, name } = await fresh();
    const [a, b, c] = await sample();
    await heardBy(page, () => worker.add([a!]));
    await page.loaded();
    const loads: number[] = [];
    page.onLoadProgress((loaded) => loads.push(loaded));
    await heardBy(page, () => worker.add([b!, c!]));
    expect((await page.list({ limit: 10, offset: 0 })).items.map((s) => s.id)).toEqual([b!, c!, a!].map((s) => s.id));
    expect((await page.list({ text: 'surname', limit: 10, offset: 0 })).items.map((s) => s.id)).toEqual([b!.id]);
    expect(loads).toEqual([]);
    // News of a write the page has already read (it loaded after the write committed) adds nothing twice.
    const late = new BroadcastChannel(`${name}:changes`);
    await heardBy(page, async () => late.postMessage({ added: packSummaries([summarize(a!)]) }));
    late.close();
    expect((await page.list({ limit: 10, offset: 0 })).items.map((s) => s.id)).toEqual([b!, c!, a!].map((s) => s.id));
    await heardBy(page, () => worker.remove('aws'));
    expect((await page.list({ limit: 10, offset: 0 })).items.map((s) => s.id)).toEqual([c!.id]);
    await page.loaded();
    expect(loads.at(-1)).toBe(1);
    page.close();
    worker.close();
  });

  it('reads again after refresh() (the page’s own write, answered by the worker)', async () => {
    const { factory, name, db: page } = await fresh();
    const [a] = await sample();
    expect((await page.list({ provider: 'aws', limit: 10, offset: 0 })).total).toBe(0);
    // A connection that never announces (as if the announcement were slow): without refresh the page
    // keeps what it read; refresh() makes it read again.
    const raw: IDBDatabase = await new Promise((resolve, reject) => {
      const open = factory.open(name);
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const silent = raw.transaction(['snapshots', 'summaryChunks'], 'readwrite');
    silent.objectStore('snapshots').put(a!);
    silent.objectStore('summaryChunks').put({ chunk: 0, json: JSON.stringify(packSummaries([summarize(a!)])) });
    await new Promise((resolve) => {
      silent.oncomplete = resolve;
    });
    raw.close();
    expect((await page.list({ provider: 'aws', limit: 10, offset: 0 })).total).toBe(0);
    page.refresh();
    expect((await page.list({ provider: 'aws', limit: 10, offset: 0 })).items.map((s) => s.id)).toEqual([a!.id]);
    page.close();
  });

  it('deletes one provider (and its unused screenshots) or everything', async () => {
    const { db, writer } = await fresh();
    const all = await sample();
    const shot = await sha256Hex(PNG);
    const { id: _id, ...content } = { ...all[2]!, screenshotId: shot };
    const withShot = { ...content, id: await hashSnapshotContent(content) };
    await writer.add([...all, withShot], [{ id: shot, dataUrl: PNG }]);
    expect(await db.getScreenshot(shot)).toBe(PNG);
    expect(await writer.remove('vultr')).toBe(2);
    expect(await db.getScreenshot(shot)).toBeUndefined();
    expect((await db.providers()).map((p) => p.key)).toEqual(['aws', 'site:other.example.example']);
    expect(await writer.remove()).toBe(3);
    expect(await db.count()).toBe(0);
    expect(await db.list({ limit: 5, offset: 0 })).toEqual({ total: 0, items: [] });
  });

  it('estimates the bytes it holds, screenshots included', async () => {
    const { db, writer } = await fresh();
    expect(await db.estimateBytes()).toBe(0);
    const all = await sample();
    await writer.add(all);
    const withoutShots = await db.estimateBytes();
    expect(withoutShots).toBeGreaterThan(JSON.stringify(all).length * 0.8);
    await writer.add([], [{ id: await sha256Hex(PNG), dataUrl: PNG }]);
    expect(await db.estimateBytes()).toBe(withoutShots + PNG.length);
  });
});

describe('summary chunks', () => {
  it('spread summaries over chunks and keep every reader’s view right across adds and deletes', async () => {
    const { factory, name, writer: worker, db: page } = await fresh(3);
    const other = await openHistoryDb(factory, name);
    const pages = [page, other];
    const many = await Promise.all(Array.from({ length: 10 }, (_, i) => snap(i % 2 ? 'aws' : 'vultr', [field('email')], i)));
    expect(await page.list({ limit: 20, offset: 0 })).toEqual({ total: 0, items: [] });
    expect(await heardBy(pages, () => worker.add(many.slice(0, 7)))).toBe(7);
    expect(await page.count()).toBe(7);
    expect((await page.list({ limit: 20, offset: 0 })).total).toBe(7);
    await heardBy(pages, () => worker.add([many[7]!]));
    await heardBy(pages, () => worker.add([many[8]!]));
    expect(await other.count()).toBe(9);
    expect(await page.count()).toBe(9);
    expect(await heardBy(pages, () => worker.remove('aws'))).toBe(4);
    await heardBy(pages, () => worker.add([many[9]!]));
    const listed = (await page.list({ limit: 20, offset: 0 })).items.map((s) => s.id);
    expect(listed).toEqual([many[9]!, many[8]!, many[6]!, many[4]!, many[2]!, many[0]!].map((s) => s.id));
    expect((await other.list({ limit: 20, offset: 0 })).items.map((s) => s.id)).toEqual(listed);
    expect((await rawChunks(factory, name)).map((c) => c.chunk).sort()).toEqual([0, 1, 2]);
  });
});

describe('head record', () => {
  it('answers a newly opened page’s first pages without loading every summary, and stays right after writes', async () => {
    const factory = new IDBFactory();
    const worker = await openHistoryWriter(factory, 'h', 7);
    const many = await Promise.all(Array.from({ length: 130 }, (_, i) => snap(i % 3 ? 'aws' : 'vultr', [field('email')], i)));
    await worker.add(many.slice(0, 120));
    const newest = (n: number, from = many.slice(0, 120)) => [...from].sort((a, b) => b.savedAt - a.savedAt).slice(0, n).map((s) => s.id);
    const page = await openHistoryDb(factory, 'h');
    const first = await page.list({ limit: 50, offset: 0 });
    expect(first.total).toBe(120);
    expect(first.items.map((s) => s.id)).toEqual(newest(50));
    // Beyond the head, and with filters, the full list answers.
    expect((await page.list({ limit: 50, offset: 100 })).items.map((s) => s.id)).toEqual(newest(120).slice(100));
    expect((await page.list({ provider: 'vultr', limit: 200, offset: 0 })).total).toBe(40);
    // Writes keep the head current for the next page that opens.
    await worker.add(many.slice(120));
    await worker.remove('vultr');
    const left = many.filter((_, i) => i % 3 !== 0);
    const later = await openHistoryDb(factory, 'h');
    const again = await later.list({ limit: 50, offset: 0 });
    expect(again.total).toBe(left.length);
    expect(again.items.map((s) => s.id)).toEqual(newest(50, left));
    await worker.remove();
    expect(await (await openHistoryDb(factory, 'h')).list({ limit: 50, offset: 0 })).toEqual({ total: 0, items: [] });
  });
});

// What the workspace's import does (ExportView): plan the file against the stored ids, then have the
// worker apply the plan in one write, or nothing when the file or a record is broken and the user did not
// choose to import only the valid records.
async function importText({ db, writer }: Awaited<ReturnType<typeof fresh>>, text: string, partial = false) {
  const plan = await planImport(await db.ids(), text);
  if (plan.fileError || (plan.errors.length > 0 && !partial)) return { plan, added: 0, applied: false };
  const added = await writer.add(plan.toAdd, plan.screenshots);
  // The workspace, answered by the worker, reads again without waiting to hear of the write (App.tsx).
  db.refresh();
  return { plan, added, applied: true };
}

describe('import into the store', () => {
  it('imports an export, and importing it again changes nothing', async () => {
    const source = await fresh();
    const all = await sample();
    await source.writer.add(all);
    const text = serializeExport(buildExport(await source.db.all(), { exportedAt: 0, generator }));
    const target = await fresh();
    const first = await importText(target, text);
    expect(first).toMatchObject({ added: 4, applied: true });
    const again = await importText(target, text);
    expect(again.added).toBe(0);
    expect(again.plan.duplicates.length).toBe(4);
    expect(await target.db.all()).toEqual(await source.db.all());
  });

  it('changes nothing when the file is not an export or has a broken record', async () => {
    const store = await fresh();
    const { db } = store;
    const all = await sample();
    await store.writer.add([all[0]!]);
    const before = await db.all();
    const doc = JSON.parse(serializeExport(buildExport(all.slice(1), { exportedAt: 0, generator })));
    doc.snapshots[1].provider.name = 'Tampered';
    const broken = await importText(store, JSON.stringify(doc));
    expect(broken.applied).toBe(false);
    expect(broken.plan.errors.map((e) => e.index)).toEqual([1]);
    expect(await importText(store, '{"format": "kyc-lens-export", "vers')).toMatchObject({ applied: false, added: 0 });
    expect(await db.all()).toEqual(before);
    // With the user's consent, only the valid records go in.
    const partial = await importText(store, JSON.stringify(doc), true);
    expect(partial).toMatchObject({ applied: true, added: 2 });
    expect(await db.count()).toBe(3);
  });

  it('is atomic: a write that fails part-way leaves the store as it was', async () => {
    const { db, writer } = await fresh();
    const all = await sample();
    await writer.add([all[0]!]);
    // The third record cannot be stored (a WeakMap cannot be cloned into IndexedDB); the first two
    // were already written inside the same transaction and must be rolled back.
    const poisoned = { ...all[3]!, id: 'f'.repeat(64), steps: [new WeakMap()] as unknown as Snapshot['steps'] };
    await expect(writer.add([all[1]!, all[2]!, poisoned])).rejects.toThrow(/could not be stored/);
    expect((await db.all()).map((s) => s.id)).toEqual([all[0]!.id]);
    expect(await db.count()).toBe(1);
    // And the store still works afterwards.
    expect(await writer.add([all[1]!])).toBe(1);
  });
});

describe('stored layout version 1 → 2', () => {
  /** Writes a database exactly as the first layout did: summaries as JSON arrays, head as an object. */
  async function writeV1(factory: IDBFactory, name: string, snapshots: Snapshot[], chunkSize: number) {
    const raw: IDBDatabase = await new Promise((resolve, reject) => {
      const open = factory.open(name, 1);
      open.onupgradeneeded = () => {
        const db = open.result;
        db.createObjectStore('snapshots', { keyPath: 'id' });
        db.createObjectStore('summaryChunks', { keyPath: 'chunk' });
        db.createObjectStore('screenshots', { keyPath: 'id' }).createIndex('bytes', 'bytes');
        db.createObjectStore('meta');
      };
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const summaries = snapshots.map(summarize);
    const tx = raw.transaction(['snapshots', 'summaryChunks', 'meta'], 'readwrite');
    const revs: Record<number, number> = {};
    for (const s of snapshots) tx.objectStore('snapshots').put(s);
    for (let i = 0; i * chunkSize < summaries.length; i++) {
      tx.objectStore('summaryChunks').put({ chunk: i, json: JSON.stringify(summaries.slice(i * chunkSize, (i + 1) * chunkSize)) });
      revs[i] = 1;
    }
    tx.objectStore('meta').put(1, 'revision');
    tx.objectStore('meta').put(revs, 'chunkRevisions');
    tx.objectStore('meta').put({ total: summaries.length, items: [...summaries].sort(compareSummaries).slice(0, 100) }, 'head');
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    raw.close();
  }

  it('migrates a first-layout database: same lists, counts and providers, and writes keep working', async () => {
    const factory = new IDBFactory();
    const all = await sample();
    const more = await Promise.all(Array.from({ length: 7 }, (_, i) => snap(i % 2 ? 'aws' : 'vultr', [field('email'), field('tel')], 20 + i)));
    await writeV1(factory, 'old', [...all, ...more], 4);
    const db = await openHistoryDb(factory, 'old');
    const everything = [...all, ...more];
    const newest = [...everything].sort((a, b) => b.savedAt - a.savedAt).map((s) => s.id);
    expect(await db.count()).toBe(11);
    expect((await db.list({ limit: 50, offset: 0 })).items.map((s) => s.id)).toEqual(newest);
    expect((await db.list({ text: 'surname', limit: 10, offset: 0 })).items.map((s) => s.id)).toEqual([all[1]!.id]);
    expect((await db.providers()).map((p) => [p.key, p.count])).toEqual([
      ['aws', 5],
      ['site:other.example.example', 1],
      ['vultr', 5],
    ]);
    expect(await db.estimateBytes()).toBe(everything.map(summarize).reduce((n, s) => n + s.bytes, 0));
    // The chunks are in the compact codec now.
    const stored = await rawChunks(factory, 'old');
    expect(stored.every((c) => c.json.startsWith('{"v":2,'))).toBe(true);
    // A new snapshot lands after the migrated ones, and a page opened later sees it first.
    const latest = await snap('hetzner', [field('email')], 99);
    expect(await (await openHistoryWriter(factory, 'old', 4)).add([latest])).toBe(1);
    db.close();
    const later = await openHistoryDb(factory, 'old');
    expect((await later.list({ limit: 1, offset: 0 })).items[0]!.id).toBe(latest.id);
    expect(await later.count()).toBe(12);
  });

  it('opens an empty first-layout database', async () => {
    const factory = new IDBFactory();
    await writeV1(factory, 'empty', [], 4);
    const db = await openHistoryDb(factory, 'empty');
    expect(await db.count()).toBe(0);
    expect(await db.list({ limit: 5, offset: 0 })).toEqual({ total: 0, items: [] });
    expect(await (await openHistoryWriter(factory, 'empty')).add(await sample())).toBe(4);
    expect(await db.count()).toBe(4);
  });
});

async function rawChunks(factory: IDBFactory, name: string): Promise<{ chunk: number; json: string }[]> {
  const raw: IDBDatabase = await new Promise((resolve, reject) => {
    const open = factory.open(name);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const out = await new Promise<{ chunk: number; json: string }[]>((resolve) => {
    const r = raw.transaction('summaryChunks').objectStore('summaryChunks').getAll();
    r.onsuccess = () => resolve(r.result);
  });
  raw.close();
  return out;
}

describe('head totals and provider list', () => {
  it('match what the full list says after adds and deletes, in every reader', async () => {
    const { factory, name, writer: worker, db: page } = await fresh(3);
    const other = await openHistoryDb(factory, name);
    const many = await Promise.all(
      Array.from({ length: 14 }, (_, i) => snap(['aws', 'vultr', 'hetzner', null][i % 4]!, [field('email'), ...(i % 3 ? [field('bday')] : [])], (i * 7) % 11)),
    );
    const expectConsistent = async () => {
      for (const db of [page, other]) {
        const full = (await db.list({ limit: 1000, offset: 0 })).items;
        // Recompute from the full list what the head claims.
        const byKey = new Map<string, { count: number; latestId: string }>();
        for (const s of full) {
          const e = byKey.get(s.providerKey);
          if (e) e.count++;
          else byKey.set(s.providerKey, { count: 1, latestId: s.id });
        }
        const providers = await db.providers();
        expect(providers.map((p) => [p.key, p.count, p.latestId]).sort()).toEqual([...byKey].map(([k, e]) => [k, e.count, e.latestId]).sort());
        expect(await db.count()).toBe(full.length);
        expect(await db.estimateBytes()).toBe(full.reduce((n, s) => n + s.bytes, 0));
      }
    };
    await heardBy([page, other], () => worker.add(many.slice(0, 6)));
    await heardBy([page, other], () => worker.add([many[6]!]));
    await expectConsistent();
    await heardBy([page, other], () => worker.add(many.slice(7, 12)));
    await heardBy([page, other], () => worker.remove('vultr'));
    await expectConsistent();
    await heardBy([page, other], () => worker.add(many.slice(12)));
    await expectConsistent();
  });
});

describe('a newly opened page searching before every summary has loaded', () => {
  it('answers from what has arrived, says it is partial, and is complete and right when loading ends', async () => {
    const factory = new IDBFactory();
    const worker = await openHistoryWriter(factory, 'h', 5);
    const full = await openHistoryDb(factory, 'h');
    const many = await Promise.all(
      Array.from({ length: 240 }, (_, i) => snap(i % 4 ? 'aws' : 'vultr', i % 5 ? [field('email')] : [field('email'), field('family-name', { label: 'Surname' })], i)),
    );
    await worker.add(many);
    const query = { text: 'surname', limit: 20, offset: 0 };
    const expected = await full.list(query);
    expect(expected.total).toBe(48);

    const page = await openHistoryDb(factory, 'h');
    const progress: [number, number][] = [];
    const stop = page.onLoadProgress((loaded, total) => progress.push([loaded, total]));
    const first = await page.listNow(query);
    expect(first.complete).toBe(false);
    expect(first.of).toBe(240);
    expect(first.searched).toBeLessThan(240);
    // The head (the 100 newest) is searched at once: the newest matches are there already.
    expect(first.items.map((s) => s.id)).toEqual(expected.items.map((s) => s.id));
    expect(first.total).toBeLessThanOrEqual(expected.total);
    // While chunks arrive, every answer is a subset of the right one, in order.
    const expectedAll = (await full.list({ ...query, limit: 1000 })).items.map((s) => s.id);
    let last = first;
    while (!last.complete) {
      await new Promise((r) => setTimeout(r, 0));
      last = await page.listNow({ ...query, limit: 1000 });
      const ids = last.items.map((s) => s.id);
      expect(expectedAll.filter((id) => ids.includes(id))).toEqual(ids);
    }
    expect(last).toMatchObject({ complete: true, searched: 240, of: 240, total: 48 });
    expect(last.items.map((s) => s.id)).toEqual(expectedAll);
    expect(await page.listNow(query)).toEqual({ ...expected, complete: true, searched: 240, of: 240 });
    // Progress grew chunk by chunk to the total.
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.at(-1)).toEqual([240, 240]);
    for (let i = 1; i < progress.length; i++) expect(progress[i]![0]).toBeGreaterThanOrEqual(progress[i - 1]![0]);
    stop();
  });

  it('answers the first unfiltered pages from the head record, complete', async () => {
    const { factory, name, writer } = await fresh(5);
    const many = await Promise.all(Array.from({ length: 130 }, (_, i) => snap('aws', [field('email')], i)));
    await writer.add(many);
    const page = await openHistoryDb(factory, name);
    const r = await page.listNow({ limit: 50, offset: 0 });
    expect(r).toMatchObject({ total: 130, complete: true });
    expect(r.items.map((s) => s.id)).toEqual([...many].sort((a, b) => b.savedAt - a.savedAt).slice(0, 50).map((s) => s.id));
  });
});

describe('reading everything for an export', () => {
  it('reads in batches with progress, oldest first, and stops when cancelled', async () => {
    const { IDBKeyRange } = await import('fake-indexeddb');
    const had = (globalThis as { IDBKeyRange?: unknown }).IDBKeyRange;
    (globalThis as { IDBKeyRange?: unknown }).IDBKeyRange = IDBKeyRange;
    try {
      const { db, writer } = await fresh();
      const many = await Promise.all(Array.from({ length: 23 }, (_, i) => snap(i % 2 ? 'aws' : 'vultr', [field('email')], (i * 5) % 23)));
      await writer.add(many);
      const progress: [number, number][] = [];
      const all = await db.all({ batchSize: 5, onProgress: (d, t) => progress.push([d, t]) });
      expect(all.map((s) => s.id)).toEqual([...many].sort((a, b) => a.savedAt - b.savedAt || (a.id < b.id ? -1 : 1)).map((s) => s.id));
      expect(progress).toEqual([
        [0, 23],
        [5, 23],
        [10, 23],
        [15, 23],
        [20, 23],
        [23, 23],
      ]);
      const controller = new AbortController();
      const seen: number[] = [];
      const cancelled = db.all({
        batchSize: 5,
        signal: controller.signal,
        onProgress: (d) => {
          seen.push(d);
          if (d === 10) controller.abort();
        },
      });
      await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' });
      expect(seen).toEqual([0, 5, 10]);
      // The store is still usable.
      expect(await db.count()).toBe(23);
    } finally {
      (globalThis as { IDBKeyRange?: unknown }).IDBKeyRange = had;
    }
  });
});

describe('stored layout version 2 → 3', () => {
  it('makes every summary again from its snapshot, so the list names the categories vendor frames ask for', async () => {
    const factory = new IDBFactory();
    const scaleway = await snap('scaleway', [field('email')], 1, [vendor('stripe', 'payment'), vendor('onfido', 'identity-verification')]);
    const aws = await snap('aws', [field('email'), field('tel')], 2);
    // A version-2 database as it was written before: its summaries list form fields' categories only.
    const stale = [scaleway, aws].map((s) => ({ ...summarize(s), categories: summarize(s).categories.filter((c) => c === 'email' || c === 'phone') }));
    const raw: IDBDatabase = await new Promise((resolve, reject) => {
      const open = factory.open('v2', 2);
      open.onupgradeneeded = () => {
        const db = open.result;
        db.createObjectStore('snapshots', { keyPath: 'id' });
        db.createObjectStore('summaryChunks', { keyPath: 'chunk' });
        db.createObjectStore('screenshots', { keyPath: 'id' }).createIndex('bytes', 'bytes');
        db.createObjectStore('meta');
      };
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = raw.transaction(['snapshots', 'summaryChunks', 'meta'], 'readwrite');
    for (const s of [scaleway, aws]) tx.objectStore('snapshots').put(s);
    tx.objectStore('summaryChunks').put({ chunk: 0, json: JSON.stringify(packSummaries(stale)) });
    tx.objectStore('meta').put(1, 'revision');
    tx.objectStore('meta').put({ 0: 1 }, 'chunkRevisions');
    tx.objectStore('meta').put(JSON.stringify({ total: 2, bytes: 0, providers: [], items: packSummaries(stale) }), 'head');
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    raw.close();
    expect((await openRawSummaries(factory)).find((s) => s.id === scaleway.id)?.categories).toEqual(['email']);

    const db = await openHistoryDb(factory, 'v2');
    const listed = (await db.list({ limit: 10, offset: 0 })).items;
    expect(listed.find((s) => s.id === scaleway.id)?.categories).toEqual(['email', 'payment', 'identity-document']);
    expect(listed.find((s) => s.id === aws.id)?.categories).toEqual(['email', 'phone']);
    expect((await db.list({ category: 'payment', limit: 10, offset: 0 })).items.map((s) => s.id)).toEqual([scaleway.id]);
    expect((await db.providers()).map((p) => p.key).sort()).toEqual(['aws', 'scaleway']);
  });

  async function openRawSummaries(factory: IDBFactory) {
    return (await rawChunks(factory, 'v2')).flatMap((c) => unpackSummaries(JSON.parse(c.json)));
  }
});
