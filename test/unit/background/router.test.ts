import { describe, expect, it } from 'vitest';
import { toWire } from '../../../src/shared/content-wire.ts';
import { createRouter } from '../../../src/background/router.ts';
import type { PageFeatures } from '../../../src/core/features.ts';

const EXT = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXT}/`;

function setup() {
  const calls: unknown[] = [];
  const route = createRouter({
    extensionId: EXT,
    extensionOrigin: ORIGIN,
    async onContent(message, tabId) {
      calls.push({ message, tabId });
      return { ok: true, data: 'content' };
    },
    async onPage(message) {
      calls.push(message);
      return { ok: true, data: 'page' };
    },
  });
  return { route, calls };
}

const page: PageFeatures = { url: 'https://portal.aws.amazon.com/', title: '', lang: '', headings: [], forms: [], frameOrigins: [], scriptOrigins: [], truncated: false };
const contentSender = { id: EXT, tab: { id: 7 } as never, url: 'https://portal.aws.amazon.com/', frameId: 0 };
const pageSender = { id: EXT, url: `${ORIGIN}src/popup/index.html` };

describe('background router', () => {
  it('passes a valid content message with its tab id', async () => {
    const { route, calls } = setup();
    const reply = await route({ type: 'page-features', reason: 'initial', features: page }, contentSender);
    expect(reply).toEqual({ ok: true, data: 'content' });
    expect(calls).toEqual([{ message: { type: 'page-features', reason: 'initial', features: page }, tabId: 7 }]);
  });

  it('reads the report the content script sends as JSON text (its wire form) and validates it the same way', async () => {
    const { route, calls } = setup();
    const wire = toWire({ type: 'page-features', reason: 'mutation', features: page });
    expect(typeof wire.features).toBe('string');
    expect(await route(wire, contentSender)).toEqual({ ok: true, data: 'content' });
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
      onPage: async () => ({ ok: true, data: null }),
    });
    expect(await route({ type: 'page-features', reason: 'initial', features: page }, contentSender)).toEqual({ ok: false, error: { code: 'internal', message: 'boom' } });
  });

  it('routes extension-page messages', async () => {
    const { route } = setup();
    expect(await route({ type: 'get-tab-flow', tabId: 3 }, pageSender)).toEqual({ ok: true, data: 'page' });
    expect(await route({ type: 'get-tab-flow', tabId: -1 }, pageSender)).toMatchObject({ ok: false, error: { code: 'bad-payload' } });
  });
});
