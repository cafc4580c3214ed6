import { describe, expect, it, vi } from 'vitest';
import { createFlowStore } from '../../../src/background/flow-store.ts';
import type { TabFlow } from '../../../src/core/flow/model.ts';
import { changesDelivered, memoryStorage } from './memory-storage.ts';

const flow = (tabId: number, steps = 0): TabFlow => ({
  tabId,
  providerId: 'aws',
  startedAt: 1,
  updatedAt: 1,
  steps: Array.from({ length: steps }, (_, index) => ({ index, url: `https://x/${index}`, title: '', headings: [], formKinds: [], firstSeenAt: 1, lastSeenAt: 1 })),
  fields: [],
  vendors: [],
});

describe('flow store', () => {
  it('serialises read-modify-write so concurrent updates never lose a step', async () => {
    const area = memoryStorage();
    const store = createFlowStore(area);
    const addStep = (f: TabFlow | null) => {
      const base = f ?? flow(5);
      return { ...base, steps: [...base.steps, ...flow(5, base.steps.length + 1).steps.slice(base.steps.length)] };
    };
    await Promise.all(Array.from({ length: 25 }, () => store.update(5, addStep)));
    expect((await store.get(5))?.steps).toHaveLength(25);
  });

  it('keeps going after a failed update', async () => {
    const store = createFlowStore(memoryStorage());
    await expect(store.update(1, () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await store.update(1, () => flow(1, 2));
    expect((await store.get(1))?.steps).toHaveLength(2);
  });

  it('keeps tabs apart and removes a flow when an update returns null', async () => {
    const store = createFlowStore(memoryStorage());
    await store.update(1, () => flow(1, 1));
    await store.update(2, () => flow(2, 3));
    await store.update(1, () => null);
    expect(await store.get(1)).toBeNull();
    expect((await store.get(2))?.steps).toHaveLength(3);
  });

  it('drops a damaged stored flow with a warning instead of failing', async () => {
    const area = memoryStorage();
    area.data.set('flow:9', { tabId: 9, steps: 'not an array' });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const store = createFlowStore(area);
    expect(await store.get(9)).toBeNull();
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it('a new store over the same area (a restarted worker) sees everything written before', async () => {
    const area = memoryStorage();
    await createFlowStore(area).update(3, () => flow(3, 4));
    expect((await createFlowStore(area).get(3))?.steps).toHaveLength(4);
  });
});

describe('flow store mirror', () => {
  it('answers repeated reads, and the read after its own write, without asking storage', async () => {
    const area = memoryStorage();
    const store = createFlowStore(area);
    await store.update(4, () => flow(4, 2));
    await changesDelivered(); // its own write's event must not drop the mirrored flow
    const before = area.reads;
    expect((await store.get(4))?.steps).toHaveLength(2);
    expect((await store.get(4))?.steps).toHaveLength(2);
    expect(area.reads).toBe(before);
  });

  it('sees a write made elsewhere (a test seeding storage, another context)', async () => {
    const area = memoryStorage();
    const store = createFlowStore(area);
    await store.update(4, () => flow(4, 1));
    await area.set({ 'flow:4': { ...flow(4, 3), updatedAt: 2 } });
    await changesDelivered();
    expect((await store.get(4))?.steps).toHaveLength(3);
    await area.remove('flow:4');
    await changesDelivered();
    expect(await store.get(4)).toBeNull();
  });

  it('a late event of an earlier write never brings an older flow back', async () => {
    const area = memoryStorage();
    const store = createFlowStore(area);
    // Two writes before either event is delivered: the first event then describes an older revision.
    await store.update(6, () => ({ ...flow(6, 1), updatedAt: 10 }));
    await store.update(6, () => ({ ...flow(6, 2), updatedAt: 20 }));
    await changesDelivered();
    const got = await store.get(6);
    expect(got?.updatedAt).toBe(20);
    expect(got?.steps).toHaveLength(2);
  });

  it('forgets a flow whose write failed, so the next read tells what storage holds', async () => {
    const area = memoryStorage();
    const store = createFlowStore(area);
    await store.update(2, () => flow(2, 1));
    const set = area.set;
    area.set = () => Promise.reject(new Error('quota'));
    await expect(store.update(2, () => ({ ...flow(2, 5), updatedAt: 9 }))).rejects.toThrow('quota');
    area.set = set;
    expect((await store.get(2))?.steps).toHaveLength(1);
  });

  it('mirrors nothing over an area without change events', async () => {
    const { onChanged: _, ...area } = memoryStorage();
    const store = createFlowStore(area);
    await store.update(1, () => flow(1, 1));
    area.data.set('flow:1', flow(1, 4));
    expect((await store.get(1))?.steps).toHaveLength(4);
  });
});
