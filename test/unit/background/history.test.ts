import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createHistoryWriter } from '../../../src/background/history.ts';
import type { TabFlow } from '../../../src/core/flow/model.ts';
import type { Snapshot } from '../../../src/core/history/snapshot.ts';
import { openHistoryDb } from '../../../src/storage/history-db.ts';
import { openHistoryWriter } from '../../../src/storage/history-writer.ts';
import { field, snap } from '../history/make-flow.ts';

const flow: TabFlow = {
  tabId: 4,
  providerId: 'aws',
  startedAt: 1000,
  updatedAt: 2000,
  steps: [{ index: 0, url: 'https://portal.aws.amazon.com/billing/signup?token=secret#/start', title: 'Sign up', headings: ['Sign up for AWS'], formKinds: ['signup'], firstSeenAt: 1000, lastSeenAt: 2000 }],
  fields: [{ key: 'email|email|signup', fieldType: 'email', category: 'email', label: 'Email', required: true, requirements: ['email'], evidence: ['autocomplete=email'], confidence: 0.9, formKind: 'signup', stepIndex: 0, firstSeenAt: 1000, selector: '#email' }],
  vendors: [],
};

describe('history writer', () => {
  it('stores the flow as a sanitized snapshot and the screenshot beside it', async () => {
    const factory = new IDBFactory();
    const sink = createHistoryWriter('1.2.3', () => openHistoryWriter(factory, 'h1'))!;
    const id = await sink.save(flow, { reason: 'user', url: flow.steps[0]!.url, savedAt: 3000, screenshot: 'data:image/png;base64,AAAA' });
    const db = await openHistoryDb(factory, 'h1');
    const stored = await db.get(id);
    expect(stored).toMatchObject({ id, reason: 'user', extensionVersion: '1.2.3', provider: { id: 'aws' }, fields: [{ fieldType: 'email' }] });
    expect(stored?.url).not.toContain('secret');
    expect(stored?.screenshotId).toBeDefined();
    expect(await db.getScreenshot(stored!.screenshotId!)).toBe('data:image/png;base64,AAAA');
    db.close();
  });

  it('refuses a screenshot that is not an image data URL, and then stores nothing', async () => {
    const factory = new IDBFactory();
    const sink = createHistoryWriter('1', () => openHistoryWriter(factory, 'h6'))!;
    await expect(sink.save(flow, { reason: 'user', url: 'https://x/', savedAt: 1, screenshot: 'javascript:alert(1)' })).rejects.toThrow(/data URL/);
    const db = await openHistoryDb(factory, 'h6');
    expect(await db.count()).toBe(0);
    expect(await db.estimateBytes()).toBe(0);
    db.close();
  });

  it('opens the database again after a failed open', async () => {
    let calls = 0;
    const factory = new IDBFactory();
    const sink = createHistoryWriter('1', () => (++calls === 1 ? Promise.reject(new Error('blocked')) : openHistoryWriter(factory, 'h2')))!;
    await expect(sink.save(flow, { reason: 'finished', url: 'https://x/', savedAt: 1 })).rejects.toThrow('blocked');
    await expect(sink.save(flow, { reason: 'finished', url: 'https://x/', savedAt: 1 })).resolves.toMatch(/^[0-9a-f]{64}$/);
    expect(calls).toBe(2);
  });

  it('writes an import only when its last part arrives, all in one transaction', async () => {
    const factory = new IDBFactory();
    const writer = createHistoryWriter('1', () => openHistoryWriter(factory, 'h3'))!;
    const [a, b, c] = await Promise.all(['aws', 'vultr', 'hetzner'].map((p, i) => snap(p, [field('email')], i)));
    const part = (n: number, snapshots: Snapshot[]) => ({ importId: 'imp-1', part: n, parts: 2, snapshots, screenshots: [] });
    expect(await writer.importPart(part(0, [a!, b!]))).toBe(0);
    const db = await openHistoryDb(factory, 'h3');
    expect(await db.count()).toBe(0);
    expect(await writer.importPart(part(1, [c!]))).toBe(3);
    expect(await db.count()).toBe(3);
    db.close();
  });

  it('writes nothing when a part is missing (a worker restarted mid-import) and says so', async () => {
    const factory = new IDBFactory();
    const writer = createHistoryWriter('1', () => openHistoryWriter(factory, 'h4'))!;
    const [a, b] = await Promise.all(['aws', 'vultr'].map((p, i) => snap(p, [field('email')], i)));
    await expect(writer.importPart({ importId: 'imp-2', part: 1, parts: 2, snapshots: [b!], screenshots: [] })).rejects.toThrow(/interrupted.*nothing was imported/);
    // A new import starts afresh; another import's part does not join it.
    expect(await writer.importPart({ importId: 'imp-3', part: 0, parts: 2, snapshots: [a!], screenshots: [] })).toBe(0);
    await expect(writer.importPart({ importId: 'imp-4', part: 1, parts: 2, snapshots: [b!], screenshots: [] })).rejects.toThrow(/interrupted/);
    const db = await openHistoryDb(factory, 'h4');
    expect(await db.count()).toBe(0);
    db.close();
  });

  it('deletes one provider, or everything, and counts what went', async () => {
    const factory = new IDBFactory();
    const writer = createHistoryWriter('1', () => openHistoryWriter(factory, 'h5'))!;
    const all = await Promise.all(['aws', 'aws', 'vultr'].map((p, i) => snap(p, [field('email')], i)));
    expect(await writer.importPart({ importId: 'i', part: 0, parts: 1, snapshots: all, screenshots: [] })).toBe(3);
    expect(await writer.delete('aws')).toBe(2);
    expect(await writer.delete()).toBe(1);
    const db = await openHistoryDb(factory, 'h5');
    expect(await db.count()).toBe(0);
    db.close();
  });
});
