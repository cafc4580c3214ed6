import { describe, expect, it } from 'vitest';
import { contentScriptFile, injectContentScript } from '../../../src/background/inject.ts';

const manifest = { content_scripts: [{ matches: ['https://x/*'], js: ['src/content/main.js'] }] };

describe('analyze-tab injection', () => {
  it('injects the built content script named by the manifest into the tab', async () => {
    const calls: unknown[] = [];
    const result = await injectContentScript({
      executeScript: async (d: unknown) => {
        calls.push(d);
        return [];
      },
    } as never, manifest, 12);
    expect(result).toEqual({ injected: true });
    expect(calls).toEqual([{ target: { tabId: 12 }, files: ['src/content/main.js'] }]);
  });

  it('turns a refused injection into a clear reason', async () => {
    const refuse = { executeScript: async () => Promise.reject(new Error('Cannot access contents of the page.')) } as never;
    const result = await injectContentScript(refuse, manifest, 12);
    expect(result.injected).toBe(false);
    expect(result.injected === false && result.reason).toMatch(/Cannot access contents of the page.*toolbar/);
  });

  it('reports a manifest without content script', async () => {
    expect(contentScriptFile({})).toBeNull();
    expect(await injectContentScript({ executeScript: async () => [] } as never, {}, 1)).toMatchObject({ injected: false });
  });
});
