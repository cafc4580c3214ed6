import type { Runtime } from 'webextension-polyfill';
import { describe, expect, it } from 'vitest';
import { serveContentPort } from '../../../src/background/content-port.ts';
import { createRouter } from '../../../src/background/router.ts';
import { CONTENT_PORT, toWire } from '../../../src/shared/content-wire.ts';
import { ok } from '../../../src/shared/messages.ts';

function fakePort(name: string, sender?: Runtime.MessageSender) {
  const listeners: ((m: unknown) => unknown)[] = [];
  const posted: unknown[] = [];
  const port = {
    name,
    sender,
    onMessage: { addListener: (fn: (m: unknown) => unknown) => listeners.push(fn) },
    postMessage: (m: unknown) => posted.push(m),
  };
  // Delivers a message and waits for the listener's answer.
  const deliver = async (m: unknown) => {
    for (const fn of listeners) await fn(m);
  };
  return { port: port as unknown as Runtime.Port, posted, deliver, listeners };
}

describe("worker: the content script's port", () => {
  const sender = { id: 'ext', tab: { id: 7 } as Runtime.MessageSender['tab'], frameId: 0 } satisfies Runtime.MessageSender;

  it('routes each request as a runtime message from the port\'s sender and answers with its id', async () => {
    const routed: [unknown, Runtime.MessageSender][] = [];
    const route = async (message: unknown, from: Runtime.MessageSender) => {
      routed.push([message, from]);
      return { ok: true, data: { n: (message as { n: number }).n } };
    };
    const { port, posted, deliver } = fakePort(CONTENT_PORT, sender);
    serveContentPort(port, route);
    await deliver({ id: 3, message: { type: 'page-features', n: 1 } });
    await deliver({ id: 4, message: { type: 'page-features', n: 2 } });
    expect(routed).toEqual([
      [{ type: 'page-features', n: 1 }, sender],
      [{ type: 'page-features', n: 2 }, sender],
    ]);
    expect(posted).toEqual([
      { id: 3, reply: { ok: true, data: { n: 1 } } },
      { id: 4, reply: { ok: true, data: { n: 2 } } },
    ]);
  });

  it('answers what the router answers, refusals included, and ignores requests without an id', async () => {
    const refusal = { ok: false, error: { code: 'bad-sender', message: 'Message from an unknown sender was ignored.' } };
    const routed: unknown[] = [];
    const { port, posted, deliver } = fakePort(CONTENT_PORT); // no sender: the router refuses
    serveContentPort(port, async (message, from) => {
      routed.push([message, from]);
      return refusal;
    });
    await deliver({ id: 1, message: 'anything' });
    await deliver({ message: { type: 'page-features' } });
    await deliver('not a request');
    expect(routed).toEqual([['anything', {}]]);
    expect(posted).toEqual([{ id: 1, reply: refusal }]);
  });

  it('answers through the port exactly what the router answers a runtime message', async () => {
    const EXT = 'abcdefghijklmnopabcdefghijklmnop';
    const route = createRouter({
      extensionId: EXT,
      extensionOrigin: `chrome-extension://${EXT}/`,
      onContent: async (_message, tabId) => ok({ stored: true, steps: tabId, fields: 0 }),
      onPage: {} as never,
    });
    const features = { url: 'https://x.example/', title: '', lang: '', headings: [], forms: [], frameOrigins: [], scriptOrigins: [], truncated: false };
    const messages = [
      toWire({ type: 'page-features', reason: 'initial', features }),
      { type: 'page-features', reason: 'initial', features: '{"forms":"nope"}' },
      { type: 'get-tab-flow', tabId: 1 },
      { type: 'page-features', reason: 'later', features },
    ];
    const from = { id: EXT, tab: { id: 7 } as Runtime.MessageSender['tab'], frameId: 0 };
    const { port, posted, deliver } = fakePort(CONTENT_PORT, from);
    serveContentPort(port, route);
    for (const [i, m] of messages.entries()) await deliver({ id: i, message: m });
    const direct = await Promise.all(messages.map((m) => route(m, from)));
    expect(posted).toEqual(direct.map((reply, id) => ({ id, reply })));
    expect(direct.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['ok', 'bad-payload', 'not-allowed', 'bad-payload']);
  });

  it('leaves other ports alone', () => {
    const { port, listeners } = fakePort('someone-else', sender);
    serveContentPort(port, async () => ({ ok: true }));
    expect(listeners).toHaveLength(0);
  });
});
