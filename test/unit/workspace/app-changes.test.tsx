// The workspace page over a real store (fake-indexeddb): what the worker writes while the page is
// open shows without the user doing anything, since the store hears of each write and the views ask
// again (src/workspace/App.tsx, src/storage/history-db.ts).
import { IDBFactory } from 'fake-indexeddb';
import { h } from 'preact';
import { describe, expect, it } from 'vitest';
import { openHistoryDb } from '../../../src/storage/history-db.ts';
import { openHistoryWriter } from '../../../src/storage/history-writer.ts';
import { App } from '../../../src/workspace/App.tsx';
import type { HistoryWrites } from '../../../src/workspace/history-writes.ts';
import { field, snap } from '../history/make-flow.ts';
import { mount, settle, text } from './dom.ts';

/** Waits (in event-loop turns, not time) until `check` holds. */
async function until(check: () => boolean, what: string) {
  for (let i = 0; i < 500; i++) {
    if (check()) return;
    await settle(1);
  }
  throw new Error(`never: ${what}`);
}

describe('workspace page', () => {
  it('lists a snapshot the worker saves while the page is open, untouched', async () => {
    const factory = new IDBFactory();
    const name = `h-${crypto.randomUUID()}`;
    const worker = await openHistoryWriter(factory, name);
    const aws = await snap('aws', [field('email')], 0);
    const vultr = await snap('vultr', [field('email'), field('tel')], 5);
    await worker.add([aws]);
    Object.assign(globalThis, { location: { hash: '#history' } });
    const writes: HistoryWrites = {
      importSnapshots: (s, shots) => worker.add(s, shots),
      deleteAll: async () => 0,
      deleteProvider: (key) => worker.remove(key),
    };
    const root = mount(h(App, { openDb: () => openHistoryDb(factory, name), writes, docs: () => undefined, generator: { name: 't', version: '1' } }));
    const count = () => text(root.querySelector('[data-testid="history-count"]'));
    const rows = () => [...root.querySelectorAll('[data-testid="history-table"] tbody tr')].map((r) => text(r));
    await until(() => count() === '1 snapshot match.', 'the first list');
    await worker.add([vultr]);
    await until(() => count() === '2 snapshots match.', 'the list after the worker saved');
    expect(rows()[0]).toContain('Vultr');
    await worker.remove('aws');
    await until(() => count() === '1 snapshot match.', 'the list after the worker deleted');
    expect(rows()).toHaveLength(1);
    expect(rows()[0]).toContain('Vultr');
    worker.close();
  });
});
