import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createHistorySink } from '../../../src/background/history.ts';
import type { TabFlow } from '../../../src/core/flow/model.ts';
import { openHistoryDb } from '../../../src/storage/history-db.ts';

const flow: TabFlow = {
  tabId: 4,
  providerId: 'aws',
  startedAt: 1000,
  updatedAt: 2000,
  steps: [{ index: 0, url: 'https://portal.aws.amazon.com/billing/signup?token=secret#/start', title: 'Sign up', headings: ['Sign up for AWS'], formKinds: ['signup'], firstSeenAt: 1000, lastSeenAt: 2000 }],
  fields: [{ key: 'email|email|signup', fieldType: 'email', category: 'email', label: 'Email', required: true, requirements: ['email'], evidence: ['autocomplete=email'], confidence: 0.9, formKind: 'signup', stepIndex: 0, firstSeenAt: 1000, selector: '#email' }],
  vendors: [],
};

describe('history sink', () => {
  it('stores the flow as a sanitized snapshot and the screenshot beside it', async () => {
    const factory = new IDBFactory();
    const sink = createHistorySink('1.2.3', () => openHistoryDb(factory, 'h1'))!;
    const id = await sink.save(flow, { reason: 'user', url: flow.steps[0]!.url, savedAt: 3000, screenshot: 'data:image/png;base64,AAAA' });
    const db = await openHistoryDb(factory, 'h1');
    const stored = await db.get(id);
    expect(stored).toMatchObject({ id, reason: 'user', extensionVersion: '1.2.3', provider: { id: 'aws' }, fields: [{ fieldType: 'email' }] });
    expect(stored?.url).not.toContain('secret');
    expect(stored?.screenshotId).toBeDefined();
    expect(await db.getScreenshot(stored!.screenshotId!)).toBe('data:image/png;base64,AAAA');
    db.close();
  });

  it('opens the database again after a failed open', async () => {
    let calls = 0;
    const factory = new IDBFactory();
    const sink = createHistorySink('1', () => (++calls === 1 ? Promise.reject(new Error('blocked')) : openHistoryDb(factory, 'h2')))!;
    await expect(sink.save(flow, { reason: 'finished', url: 'https://x/', savedAt: 1 })).rejects.toThrow('blocked');
    await expect(sink.save(flow, { reason: 'finished', url: 'https://x/', savedAt: 1 })).resolves.toMatch(/^[0-9a-f]{64}$/);
    expect(calls).toBe(2);
  });
});
