import { describe, expect, it, vi } from 'vitest';
import type { TabFlow } from '../../../src/core/flow/model.ts';
import { PAGE_FIELDS_CAP } from '../../../src/core/limits.ts';
import type { PopupApi, PopupReply, TargetTab } from '../../../src/popup/api.ts';
import { tabParam } from '../../../src/popup/api.ts';
import { App, type AppProps, type Opening, settleOpening, startOpening } from '../../../src/popup/App.tsx';
import { catalog } from '../present/sample.ts';
import { all, mount, settle, text } from './dom.ts';
import { scalewayLikeFlow } from './sample-flows.ts';

const ok = <T,>(data: T): PopupReply<T> => ({ ok: true, data });

/** A fake of the browser side that records what the popup asked for. */
function fakeApi(over: Partial<PopupApi> & { flow?: TabFlow | null; tab?: TargetTab | null; activeTabId?: number } = {}) {
  const calls: string[] = [];
  let flow = over.flow ?? null;
  const api: PopupApi = {
    targetTab: async () => (over.tab === undefined ? { id: 7, url: 'https://example.org/', windowId: 1 } : over.tab),
    getFlow: async (tabId) => {
      calls.push(`get-tab-flow ${tabId}`);
      return ok(flow);
    },
    // The worker answers for the tab it sees as active: the same tab unless a test says otherwise.
    getInitialFlow: async () => {
      calls.push('get-initial-flow');
      const tab = over.tab === undefined ? { id: 7 } : over.tab;
      return ok({ tabId: over.activeTabId ?? tab?.id ?? null, flow: over.activeTabId !== undefined ? null : flow });
    },
    analyze: async (tabId) => {
      calls.push(`analyze-tab ${tabId}`);
      return ok({ injected: true });
    },
    saveSnapshot: async (tabId, screenshot) => {
      calls.push(`save-snapshot ${tabId} ${screenshot ? 'with screenshot' : 'without screenshot'}`);
      return ok({ snapshotId: 's1' });
    },
    reset: async (tabId) => {
      calls.push(`reset-tab-flow ${tabId}`);
      flow = null;
      return ok({ reset: true });
    },
    captureVisibleTab: async (windowId) => {
      calls.push(`capture ${windowId}`);
      return 'data:image/png;base64,AAAA';
    },
    copyText: async (s) => {
      calls.push(`copy ${s.split('\n')[0]}`);
    },
    openWorkspace: async () => {
      calls.push('open workspace');
    },
    ...over,
  };
  return { api, calls, setFlow: (f: TabFlow | null) => (flow = f) };
}

const noProvider: AppProps['providerForUrl'] = () => null;
const awsHost = (url: string | undefined) => (url?.includes('aws.amazon.com') ? { id: 'aws', name: 'Amazon Web Services' } : null);

async function renderApp(api: PopupApi, providerForUrl = noProvider) {
  const root = mount(<App api={api} catalog={catalog} providerForUrl={providerForUrl} refreshMs={0} />);
  await settle();
  return root;
}

const click = async (root: HTMLElement, selector: string) => {
  const el = root.querySelector(selector) as HTMLButtonElement | null;
  if (!el) throw new Error(`no ${selector}`);
  el.dispatchEvent(new (globalThis as unknown as { Event: typeof Event }).Event('click', { bubbles: true }));
  await settle(10);
};

describe('tabParam', () => {
  it('reads ?tab=<id> and ignores anything else', () => {
    expect(tabParam('?tab=42')).toBe(42);
    expect(tabParam('?tab=4x2')).toBeNull();
    expect(tabParam('?tab=-1')).toBeNull();
    expect(tabParam('')).toBeNull();
  });
});

describe('App states', () => {
  it('offers "Analyze this page" on a page that is not a provider signup', async () => {
    const { api } = fakeApi();
    const root = await renderApp(api);
    expect(root.querySelector('[data-state=not-provider]')).not.toBeNull();
    expect(text(root.querySelector('[data-action=analyze]'))).toBe('Analyze this page');
  });

  it('analyzes on request and shows the flow the injected script reported', async () => {
    const fake = fakeApi({
      analyze: async (tabId) => {
        fake.calls.push(`analyze-tab ${tabId}`);
        fake.setFlow(scalewayLikeFlow(7));
        return ok({ injected: true });
      },
    });
    const root = await renderApp(fake.api);
    await click(root, '[data-action=analyze]');
    expect(fake.calls).toContain('analyze-tab 7');
    expect(root.querySelector('[data-state=flow]')).not.toBeNull();
  });

  it('says so in plain words when the analysis is refused', async () => {
    const { api } = fakeApi({
      analyze: async () => ({ ok: false, error: { code: 'not-allowed', message: 'Pages of the browser itself cannot be analyzed.' } }),
    });
    const root = await renderApp(api);
    await click(root, '[data-action=analyze]');
    expect(text(root.querySelector('[role=status]'))).toBe(
      'KYC Lens does not allow this action from here. Pages of the browser itself cannot be analyzed.',
    );
  });

  it('shows "no form yet" with the provider on a provider page without fields', async () => {
    const { api } = fakeApi({ tab: { id: 7, url: 'https://portal.aws.amazon.com/billing/signup' } });
    const root = await renderApp(api, awsHost);
    expect(root.querySelector('[data-state=no-form]')).not.toBeNull();
    expect(text(root.querySelector('h1'))).toBe('Amazon Web Services');
    expect(text(root.querySelector('[data-testid=rule-status]'))).toContain('not in force');
  });

  it('shows the flow with its summary and score chip', async () => {
    const { api } = fakeApi({ flow: scalewayLikeFlow(7) });
    const root = await renderApp(api);
    expect(text(root.querySelector('[data-testid=summary]'))).toBe(
      '23 fields · 6 of 6 listed requirements seen · 6 beyond the minimum',
    );
    expect(text(root.querySelector('.chip'))).toMatch(/^Privacy impact: \d+ out of 100 · /);
    expect(all(root, '[data-section]').map((s) => s.dataset.section)).toEqual(['required', 'beyond', 'not-identity', 'impact']);
  });

  it('says when the page had more fields than the extension reads, and only then', async () => {
    const complete = await renderApp(fakeApi({ flow: scalewayLikeFlow(7) }).api);
    expect(complete.querySelector('[data-testid=truncated]')).toBeNull();
    const root = await renderApp(fakeApi({ flow: { ...scalewayLikeFlow(7), truncated: true } }).api);
    expect(text(root.querySelector('[data-testid=truncated]'))).toMatch(new RegExp(`more form fields than KYC Lens reads \\(the first ${PAGE_FIELDS_CAP}\\)`));
  });

  it('on opening, asks for the flow together with the tab, in one round trip', async () => {
    const { api, calls } = fakeApi({ flow: scalewayLikeFlow(7) });
    const root = await renderApp(api);
    expect(calls[0]).toBe('get-initial-flow');
    expect(calls).not.toContain('get-tab-flow 7'); // no second read before the first render
    expect(root.querySelector('[data-state=flow]')).not.toBeNull();
  });

  it('uses the opening requests its caller started before the first render, and asks nothing twice', async () => {
    const { api, calls } = fakeApi({ flow: scalewayLikeFlow(7) });
    let answer!: () => void;
    const answered = new Promise<void>((resolve) => {
      answer = resolve;
    });
    const opening: Opening = {
      tab: Promise.resolve({ id: 7, url: 'https://console.scaleway.com/register', windowId: 1 }),
      flow: answered.then(() => ({ ok: true as const, data: { tabId: 7, flow: scalewayLikeFlow(7) } })),
    };
    const root = mount(<App api={api} catalog={catalog} providerForUrl={noProvider} refreshMs={0} opening={opening} />);
    await settle();
    expect(root.querySelector('[data-state=flow]')).toBeNull(); // still waiting for the opening answer
    answer();
    await settle();
    expect(root.querySelector('[data-state=flow]')).not.toBeNull();
    expect(calls).toEqual([]);
  });

  it('paints the flow at once, with no loading state, when the opening answered before the first render', async () => {
    const { api, calls } = fakeApi({ flow: scalewayLikeFlow(7) });
    const opening = startOpening(api);
    const opened = await settleOpening(opening, 1000);
    expect(opened?.target?.id).toBe(7);
    // Checked synchronously after render(): the very first DOM is the flow, not "Loading…".
    const root = mount(<App api={api} catalog={catalog} providerForUrl={noProvider} refreshMs={0} opening={opening} opened={opened} />);
    expect(root.querySelector('[data-state=flow]')).not.toBeNull();
    await settle();
    expect(calls).toEqual(['get-initial-flow']); // nothing asked again after the first paint
  });

  it('stops waiting for a slow opening and shows the loading state, then the flow', async () => {
    const { api } = fakeApi({ flow: scalewayLikeFlow(7) });
    let answer!: () => void;
    const late = new Promise<void>((resolve) => {
      answer = resolve;
    });
    const opening: Opening = {
      tab: Promise.resolve({ id: 7, windowId: 1 }),
      flow: late.then(() => ({ ok: true as const, data: { tabId: 7, flow: scalewayLikeFlow(7) } })),
    };
    const opened = await settleOpening(opening, 5);
    expect(opened).toBeNull();
    const root = mount(<App api={api} catalog={catalog} providerForUrl={noProvider} refreshMs={0} opening={opening} opened={opened} />);
    expect(root.querySelector('[data-state=loading]')).not.toBeNull();
    answer();
    await settle();
    expect(root.querySelector('[data-state=flow]')).not.toBeNull();
  });

  it('still asks by id when the opening answered for another tab', async () => {
    const { api, calls } = fakeApi({ flow: scalewayLikeFlow(7), activeTabId: 9 });
    const opening = startOpening(api);
    const opened = await settleOpening(opening, 1000);
    const root = mount(<App api={api} catalog={catalog} providerForUrl={noProvider} refreshMs={0} opening={opening} opened={opened} />);
    await settle();
    expect(calls).toEqual(['get-initial-flow', 'get-tab-flow 7']);
    expect(root.querySelector('[data-state=flow]')).not.toBeNull();
  });

  it('asks again by id when the worker answered for another tab than the popup describes', async () => {
    const { api, calls } = fakeApi({ flow: scalewayLikeFlow(7), activeTabId: 9 });
    const root = await renderApp(api);
    expect(calls.slice(0, 2)).toEqual(['get-initial-flow', 'get-tab-flow 7']);
    expect(text(root.querySelector('[data-testid=summary]'))).toMatch(/^23 fields/);
  });

  it('shows worker errors in plain words', async () => {
    const unreachable = { ok: false, error: { code: 'unreachable', message: 'Could not establish connection.' } } as const;
    const { api } = fakeApi({ getFlow: async () => unreachable, getInitialFlow: async () => unreachable });
    const root = await renderApp(api);
    expect(text(root.querySelector('[role=alert]'))).toBe('The background part of KYC Lens did not answer. Close and reopen this popup.');
  });

  it('keeps the flow on screen when a later re-read fails', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      let fail = false;
      const fake = fakeApi({ flow: scalewayLikeFlow(7) });
      const getFlow = fake.api.getFlow;
      fake.api.getFlow = async (tabId) =>
        fail ? { ok: false, error: { code: 'unreachable', message: 'worker restarting' } } : getFlow(tabId);
      const root = mount(<App api={fake.api} catalog={catalog} providerForUrl={noProvider} refreshMs={1000} />);
      await settle();
      fail = true;
      vi.advanceTimersByTime(1000);
      await settle();
      expect(root.querySelector('[data-state=flow]')).not.toBeNull();
      expect(root.querySelector('[role=alert]')).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('says when there is no tab to describe', async () => {
    const { api } = fakeApi({ tab: null });
    const root = await renderApp(api);
    expect(root.querySelector('[data-state=no-tab]')).not.toBeNull();
  });

  it('re-reads the flow while open and shows new steps', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const first = scalewayLikeFlow(7);
      const fake = fakeApi({ flow: { ...first, steps: first.steps.slice(0, 2), updatedAt: 1 } });
      const root = mount(<App api={fake.api} catalog={catalog} providerForUrl={noProvider} refreshMs={1000} />);
      await settle();
      expect(text(root.querySelector('[data-testid=steps]'))).toBe('Steps seen: 2');
      fake.setFlow({ ...first, updatedAt: 2 });
      vi.advanceTimersByTime(1000);
      await settle();
      expect(text(root.querySelector('[data-testid=steps]'))).toBe('Steps seen: 4');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('App actions', () => {
  it('saves a snapshot and says so', async () => {
    const fake = fakeApi({ flow: scalewayLikeFlow(7) });
    const root = await renderApp(fake.api);
    await click(root, '[data-action=save]');
    expect(fake.calls).toContain('save-snapshot 7 without screenshot');
    expect(text(root.querySelector('[data-testid=action-status]'))).toBe('Saved to history.');
  });

  it('says what a screenshot captures and takes none until the person goes ahead', async () => {
    const fake = fakeApi({ flow: scalewayLikeFlow(7) });
    const root = await renderApp(fake.api);
    await click(root, '[data-action=shot]');
    expect(text(root.querySelector('[data-testid=screenshot-confirm]'))).toContain(
      'This picture shows whatever is on the page, including what you typed.',
    );
    expect(fake.calls.some((c) => c.startsWith('capture') || c.startsWith('save-snapshot'))).toBe(false);
    await click(root, '[data-action=shot-cancel]');
    expect(root.querySelector('[data-testid=screenshot-confirm]')).toBeNull();
    expect(fake.calls.some((c) => c.startsWith('capture') || c.startsWith('save-snapshot'))).toBe(false);
    expect(text(root.querySelector('[data-testid=action-status]'))).toBe('No picture was taken.');
  });

  it('captures the tab’s window and saves the screenshot with the snapshot', async () => {
    const fake = fakeApi({ flow: scalewayLikeFlow(7) });
    const root = await renderApp(fake.api);
    await click(root, '[data-action=shot]');
    await click(root, '[data-action=shot-confirm]');
    const reads = (c: string) => c.startsWith('get-tab-flow') || c === 'get-initial-flow';
    expect(fake.calls.filter((c) => !reads(c))).toEqual(['capture 1', 'save-snapshot 7 with screenshot']);
    expect(text(root.querySelector('[data-testid=action-status]'))).toBe('Saved to history with a screenshot.');
  });

  it('saves nothing when the screenshot is refused, and says why', async () => {
    const fake = fakeApi({
      flow: scalewayLikeFlow(7),
      captureVisibleTab: async () => {
        throw new Error('Missing activeTab permission');
      },
    });
    const root = await renderApp(fake.api);
    await click(root, '[data-action=shot]');
    await click(root, '[data-action=shot-confirm]');
    expect(fake.calls.some((c) => c.startsWith('save-snapshot'))).toBe(false);
    const status = root.querySelector('[data-testid=action-status]')!;
    expect(text(status)).toBe('The screenshot could not be taken (Missing activeTab permission). Nothing was saved.');
    expect(status.className).toContain('error');
  });

  it('copies the report as Markdown', async () => {
    const fake = fakeApi({ flow: scalewayLikeFlow(7) });
    const root = await renderApp(fake.api);
    await click(root, '[data-action=copy]');
    expect(fake.calls).toContain('copy # KYC Lens report: scaleway');
    expect(text(root.querySelector('[data-testid=action-status]'))).toBe('Copied to the clipboard.');
  });

  it('opens the workspace', async () => {
    const fake = fakeApi({ flow: scalewayLikeFlow(7) });
    const root = await renderApp(fake.api);
    await click(root, '[data-action=workspace]');
    expect(fake.calls).toContain('open workspace');
  });

  it('starts over: resets the tab’s flow and shows the empty state', async () => {
    const fake = fakeApi({ flow: scalewayLikeFlow(7) });
    const root = await renderApp(fake.api);
    await click(root, '[data-action=reset]');
    expect(fake.calls).toContain('reset-tab-flow 7');
    expect(root.querySelector('[data-state=not-provider]')).not.toBeNull();
  });

  it('disables saving while there is no flow', async () => {
    const { api } = fakeApi({ tab: { id: 7, url: 'https://portal.aws.amazon.com/' } });
    const root = await renderApp(api, awsHost);
    expect((root.querySelector('[data-action=save]') as HTMLButtonElement).disabled).toBe(true);
    expect((root.querySelector('[data-action=workspace]') as HTMLButtonElement).disabled).toBe(false);
  });
});

describe('App analyze on request', () => {
  it('says when the analysis found no form', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] , shouldAdvanceTime: true, advanceTimeDelta: 50 });
    try {
      const { api, calls } = fakeApi();
      const root = await renderApp(api);
      const button = root.querySelector('[data-action=analyze]') as HTMLButtonElement;
      button.dispatchEvent(new (globalThis as unknown as { Event: typeof Event }).Event('click', { bubbles: true }));
      await vi.advanceTimersByTimeAsync(4000);
      await settle();
      expect(calls.filter((c) => c === 'get-tab-flow 7').length).toBeGreaterThanOrEqual(10);
      expect(text(root.querySelector('[role=status]'))).toBe('No form was found on this page.');
    } finally {
      vi.useRealTimers();
    }
  });
});
