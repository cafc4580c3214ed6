// The workspace asks the worker to import and delete; an import goes in parts small enough for a
// message, each naming the import and its place, and the worker's refusal becomes the error shown.
import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../../src/core/history/snapshot.ts';
import type { PageMessage } from '../../../src/shared/messages.ts';
import { importParts, workerWrites } from '../../../src/workspace/history-writes.ts';
import { field, snap } from '../history/make-flow.ts';

const snapshots = async (n: number) => Promise.all(Array.from({ length: n }, (_, i) => snap(i % 2 ? 'aws' : 'vultr', [field('email')], i)));

describe('import parts', () => {
  it('keep every record once, in order, each part under the size unless one record is larger', async () => {
    const all = await snapshots(7);
    const one = JSON.stringify(all[0]).length;
    const shots = [{ id: 'a'.repeat(64), dataUrl: `data:image/png;base64,${'A'.repeat(one * 3)}` }];
    const parts = importParts(all, shots, one * 2 + 10);
    expect(parts.flatMap((p) => p.snapshots)).toEqual(all);
    expect(parts.flatMap((p) => p.screenshots)).toEqual(shots);
    expect(parts.map((p) => p.snapshots.length)).toEqual([2, 2, 2, 1, 0]);
    expect(parts.at(-1)!.screenshots).toHaveLength(1);
    expect(importParts([], [])).toEqual([{ snapshots: [], screenshots: [] }]);
  });
});

describe('the worker writes', () => {
  it('sends the parts of one import in order and returns what the last one added', async () => {
    const sent: PageMessage[] = [];
    const writes = workerWrites(
      async (m) => {
        sent.push(m);
        return { ok: true, data: m.type === 'import-history' ? { added: m.part === m.parts - 1 ? 5 : 0 } : { deleted: 3 } } as never;
      },
      () => 'import-1',
    );
    const all: Snapshot[] = await snapshots(5);
    expect(await writes.importSnapshots(all, [])).toBe(5);
    expect(sent.map((m) => (m.type === 'import-history' ? [m.importId, m.part, m.parts, m.snapshots.length] : m.type))).toEqual([['import-1', 0, 1, 5]]);
    expect(await writes.deleteProvider('aws')).toBe(3);
    expect(sent.at(-1)).toEqual({ type: 'delete-history', providerKey: 'aws' });
  });

  it("turns the worker's refusal into an error with its words", async () => {
    const writes = workerWrites(async () => ({ ok: false, error: { code: 'internal', message: 'The import was interrupted.' } }));
    await expect(writes.importSnapshots(await snapshots(1), [])).rejects.toThrow('The import was interrupted.');
    await expect(writes.deleteAll()).rejects.toThrow('The import was interrupted.');
  });
});
