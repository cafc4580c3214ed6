import { describe, expect, it } from 'vitest';
import { createWorkerChannel, type PortLike } from '../../../src/content/worker-channel.ts';
import { CONTENT_PORT } from '../../../src/shared/content-wire.ts';

/** A runtime whose ports record what is posted; `answer` and `disconnect` play the worker. */
function fakeRuntime(options: { throwOnPost?: (port: number) => boolean } = {}) {
  const ports: { name: string; posted: { id: number; message: unknown }[]; answer(id: number, reply: unknown): void; disconnect(): void }[] = [];
  const runtime = {
    connect({ name }: { name: string }): PortLike {
      const onMessage: ((m: unknown) => void)[] = [];
      const onDisconnect: (() => void)[] = [];
      const index = ports.length;
      const record = {
        name,
        posted: [] as { id: number; message: unknown }[],
        answer: (id: number, reply: unknown) => {
          for (const fn of onMessage) fn({ id, reply });
        },
        disconnect: () => {
          for (const fn of onDisconnect) fn();
        },
      };
      ports.push(record);
      return {
        postMessage(m: unknown) {
          if (options.throwOnPost?.(index)) throw new Error('Attempting to use a disconnected port object');
          record.posted.push(m as { id: number; message: unknown });
        },
        onMessage: { addListener: (fn) => onMessage.push(fn) },
        onDisconnect: { addListener: (fn) => onDisconnect.push(fn) },
      };
    },
  };
  return { runtime, ports };
}

describe('content script → worker channel', () => {
  it('opens one port for many reports and resolves each with the reply of its own id', async () => {
    const { runtime, ports } = fakeRuntime();
    const send = createWorkerChannel(runtime);
    const a = send({ type: 'page-features', n: 1 });
    const b = send({ type: 'page-features', n: 2 });
    expect(ports).toHaveLength(1);
    expect(ports[0]!.name).toBe(CONTENT_PORT);
    const [first, second] = ports[0]!.posted;
    expect(first!.message).toEqual({ type: 'page-features', n: 1 });
    expect(second!.message).toEqual({ type: 'page-features', n: 2 });
    // Answers may come in any order; a reply for no request is ignored.
    ports[0]!.answer(second!.id, { ok: true, data: 'two' });
    ports[0]!.answer(999, { ok: true, data: 'nobody' });
    ports[0]!.answer(first!.id, { ok: false, error: { code: 'bad-payload' } });
    await expect(a).resolves.toEqual({ ok: false, error: { code: 'bad-payload' } });
    await expect(b).resolves.toEqual({ ok: true, data: 'two' });
  });

  it('fails the reports waiting when the worker goes away, and opens a new port for the next', async () => {
    const { runtime, ports } = fakeRuntime();
    const send = createWorkerChannel(runtime);
    const waiting = send({ type: 'page-features' });
    ports[0]!.disconnect(); // the worker was stopped
    await expect(waiting).rejects.toThrow(/disconnected/);
    const next = send({ type: 'page-features', again: true });
    expect(ports).toHaveLength(2);
    ports[1]!.answer(ports[1]!.posted[0]!.id, { ok: true, data: null });
    await expect(next).resolves.toEqual({ ok: true, data: null });
  });

  it('posts on a new port when the old one throws before its disconnect arrives; rejects when that fails too', async () => {
    let stale = false; // the first port breaks after its first report
    const first = fakeRuntime({ throwOnPost: (port) => port === 0 && stale });
    const send = createWorkerChannel(first.runtime);
    void send({ n: 1 });
    stale = true;
    const retried = send({ n: 2 });
    expect(first.ports).toHaveLength(2);
    expect(first.ports[1]!.posted.map((p) => p.message)).toEqual([{ n: 2 }]);
    first.ports[1]!.answer(first.ports[1]!.posted[0]!.id, 'ok');
    await expect(retried).resolves.toBe('ok');

    const broken = fakeRuntime({ throwOnPost: () => true });
    await expect(createWorkerChannel(broken.runtime)({ n: 1 })).rejects.toThrow(/disconnected port/);
  });
});
