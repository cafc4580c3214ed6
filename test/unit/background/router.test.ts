import { describe, expect, it } from 'vitest';
import { toWire } from '../../../src/shared/content-wire.ts';
import { createRouter } from '../../../src/background/router.ts';
import type { PageFeatures } from '../../../src/core/features.ts';
import { ok, type PageHandlers } from '../../../src/shared/messages.ts';

const EXT = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXT}/`;

const stored = ok({ stored: true as const, steps: 1, fields: 0 });

function setup() {
  const calls: unknown[] = [];
  const answer = <R>(message: unknown, reply: R): R => {
    calls.push(message);
    return reply;
  };
  // Each handler answers with its own reply shape, so a message reaching the wrong one shows.
  const onPage: PageHandlers = {
    'get-tab-flow': async (m) => answer(m, ok(null)),
    'get-active-tab-flow': async (m) => answer(m, ok({ tabId: 4, flow: null })),
    'analyze-tab': async (m) => answer(m, ok({ injected: true })),
    'save-snapshot': async (m) => answer(m, ok({ snapshotId: `s${m.tabId}` })),
    'reset-tab-flow': async (m) => answer(m, ok({ reset: true })),
    'get-worker-info': async (m) => answer(m, ok({ startedAt: 5 })),
    'import-history': async (m) => answer(m, ok({ added: m.snapshots.length })),
    'delete-history': async (m) => answer(m, ok({ deleted: m.providerKey ? 1 : 2 })),
  };
  const route = createRouter({
    extensionId: EXT,
    extensionOrigin: ORIGIN,
    async onContent(message, tabId) {
      calls.push({ message, tabId });
      return stored;
    },
    onPage,
  });
  return { route, calls, onPage };
}

const page: PageFeatures = { url: 'https://portal.aws.amazon.com/', title: '', lang: '', headings: [], forms: [], frameOrigins: [], scriptOrigins: [], truncated: false };
const contentSender = { id: EXT, tab: { id: 7 } as never, url: 'https://portal.aws.amazon.com/', frameId: 0 };
const pageSender = { id: EXT, url: `${ORIGIN}src/popup/index.html` };

describe('background router', () => {
  it('passes a valid content message with its tab id', async () => {
    const { route, calls } = setup();
    const reply = await route({ type: 'page-features', reason: 'initial', features: page }, contentSender);
    expect(reply).toEqual(stored);
    expect(calls).toEqual([{ message: { type: 'page-features', reason: 'initial', features: page }, tabId: 7 }]);
  });

  it('reads the report the content script sends as JSON text (its wire form) and validates it the same way', async () => {
    const { route, calls } = setup();
    const wire = toWire({ type: 'page-features', reason: 'mutation', features: page });
    expect(typeof wire.features).toBe('string');
    expect(await route(wire, contentSender)).toEqual(stored);
    expect(calls).toEqual([{ message: { type: 'page-features', reason: 'mutation', features: page }, tabId: 7 }]);
    for (const features of ['{"url":', JSON.stringify({ ...page, forms: 'no' }), JSON.stringify({ ...page, title: 'x'.repeat(1_000_000) }), '']) {
      expect(await route({ type: 'page-features', reason: 'initial', features }, contentSender)).toMatchObject({ ok: false, error: { code: 'bad-payload' } });
    }
    expect(calls).toHaveLength(1);
  });

  it('rejects messages from another extension', async () => {
    const { route, calls } = setup();
    const reply = await route({ type: 'page-features', reason: 'initial', features: page }, { ...contentSender, id: 'other' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad-sender' } });
    expect(calls).toHaveLength(0);
  });

  it('does not let a content script send page-only types', async () => {
    const { route } = setup();
    const reply = await route({ type: 'get-tab-flow', tabId: 1 }, contentSender);
    expect(reply).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
  });

  it('answers malformed payloads with a typed error instead of throwing', async () => {
    const { route } = setup();
    for (const raw of [null, 42, 'x', { type: 'page-features' }, { type: 'page-features', reason: 'initial', features: { ...page, forms: 'no' } }]) {
      const reply = await route(raw, contentSender);
      expect(reply.ok).toBe(false);
    }
    const huge = { ...page, title: 'x'.repeat(1_000_000) };
    expect(await route({ type: 'page-features', reason: 'initial', features: huge }, contentSender)).toMatchObject({ ok: false, error: { code: 'bad-payload' } });
  });

  it('turns a handler exception into an internal error', async () => {
    const route = createRouter({
      extensionId: EXT,
      extensionOrigin: ORIGIN,
      onContent: async () => {
        throw new Error('boom');
      },
      onPage: setup().onPage,
    });
    expect(await route({ type: 'page-features', reason: 'initial', features: page }, contentSender)).toEqual({ ok: false, error: { code: 'internal', message: 'boom' } });
  });

  it('routes each extension-page message to its own handler', async () => {
    const { route, calls } = setup();
    expect(await route({ type: 'save-snapshot', tabId: 3 }, pageSender)).toEqual({ ok: true, data: { snapshotId: 's3' } });
    expect(await route({ type: 'get-active-tab-flow' }, pageSender)).toEqual({ ok: true, data: { tabId: 4, flow: null } });
    expect(await route({ type: 'reset-tab-flow', tabId: 2 }, pageSender)).toEqual({ ok: true, data: { reset: true } });
    expect(calls).toEqual([{ type: 'save-snapshot', tabId: 3 }, { type: 'get-active-tab-flow' }, { type: 'reset-tab-flow', tabId: 2 }]);
    expect(await route({ type: 'get-tab-flow', tabId: -1 }, pageSender)).toMatchObject({ ok: false, error: { code: 'bad-payload' } });
    expect(calls).toHaveLength(3);
    // An import part whose snapshots are not snapshots never reaches the writer.
    expect(await route({ type: 'import-history', importId: 'i', part: 0, parts: 1, snapshots: [{ id: 'x' }], screenshots: [] }, pageSender)).toMatchObject({
      ok: false,
      error: { code: 'bad-payload' },
    });
    expect(await route({ type: 'delete-history', providerKey: 'aws' }, pageSender)).toEqual({ ok: true, data: { deleted: 1 } });
    expect(calls).toHaveLength(4);
  });
});
