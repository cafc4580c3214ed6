import { describe, expect, it } from 'vitest';
import { createFlowStore } from '../../../src/background/flow-store.ts';
import { createFlowService, type HistorySink } from '../../../src/background/flows.ts';
import type { FieldFeatures, PageFeatures } from '../../../src/core/features.ts';
import type { Badge } from '../../../src/core/flow/impact.ts';
import type { TabFlow } from '../../../src/core/flow/model.ts';
import type { PageAnalysis } from '../../../src/core/report.ts';
import { memoryStorage } from './memory-storage.ts';

function input(name: string, autocomplete: string, extra: Partial<FieldFeatures> = {}): FieldFeatures {
  return {
    selector: `#${name}`, tag: 'input', type: 'text', name, id: name, autocomplete, inputmode: '', pattern: '', minLength: null, maxLength: null,
    placeholder: '', title: '', ariaLabel: '', ariaLabelledBy: '', ariaDescribedBy: '', labels: [name], nearbyText: '', headerText: '', legend: '',
    heading: '', options: [], optionCount: 0, accept: '', required: true, visible: true, inShadowRoot: false, ...extra,
  };
}

function pageOf(url: string, headings: string[], fields: FieldFeatures[], frameOrigins: string[] = []): PageFeatures {
  return { url, title: 't', lang: 'en', headings, forms: [{ selector: 'form', action: '', buttons: [], heading: '', fields }], frameOrigins, scriptOrigins: [], truncated: false };
}

// A deterministic stand-in for the classifier: the autocomplete token is the field type.
const CATEGORY: Record<string, PageAnalysis['forms'][number]['fields'][number]['category']> = { email: 'email', name: 'name', tel: 'phone', 'cc-number': 'payment' };
function classify(features: PageFeatures, providerId: string | null): PageAnalysis {
  return {
    url: features.url, title: features.title, providerId, truncated: features.truncated, vendors: [],
    forms: features.forms.map((form) => ({
      selector: form.selector,
      kind: 'signup',
      fields: form.fields.map((f) => ({ selector: f.selector, category: CATEGORY[f.autocomplete] ?? 'other', fieldType: f.autocomplete, confidence: 1, requirements: [], evidence: [], label: f.labels[0] ?? '', required: f.required })),
    })),
  };
}

function setup(options: { history?: boolean; area?: ReturnType<typeof memoryStorage> } = {}) {
  const area = options.area ?? memoryStorage();
  const badges: { tabId: number; badge: Badge }[] = [];
  const saved: { flow: TabFlow; reason: string; url: string; screenshot?: string }[] = [];
  let clock = 1000;
  const history: HistorySink = {
    async save(flow, o) {
      saved.push({ flow, reason: o.reason, url: o.url, ...(o.screenshot ? { screenshot: o.screenshot } : {}) });
      return `snap-${saved.length}`;
    },
  };
  const service = createFlowService({
    store: createFlowStore(area),
    classify,
    providerForUrl: (url) => (url.includes('aws.amazon.com') ? 'aws' : url.includes('scaleway.com') ? 'scaleway' : null),
    vendorForOrigin: (o) => (o === 'https://js.stripe.com' ? { id: 'stripe', role: 'payment' } : null),
    setBadge: async (tabId, badge) => {
      badges.push({ tabId, badge });
    },
    history: options.history === false ? null : history,
    now: () => (clock += 100),
  });
  return { service, badges, saved, area };
}

const AWS = 'https://portal.aws.amazon.com/billing/signup#';
const s1 = pageOf(`${AWS}/start`, ['Sign up for AWS'], [input('email', 'email')]);
const s2 = pageOf(`${AWS}/account`, ['Contact information'], [input('name', 'name'), input('tel', 'tel')]);
const s3 = pageOf(`${AWS}/payment`, ['Billing information'], [input('cc', 'cc-number')], ['https://js.stripe.com']);

describe('flow service', () => {
  it('aggregates the steps of a tab into one flow and shows its categories on the badge', async () => {
    const { service, badges } = setup();
    await service.onPageFeatures(7, s1, 'initial');
    await service.onPageFeatures(7, s1, 'mutation');
    await service.onPageFeatures(7, s2, 'navigation');
    const summary = await service.onPageFeatures(7, s3, 'navigation');
    expect(summary).toEqual({ steps: 3, fields: 4 });
    const flow = await service.getFlow(7);
    expect(flow?.steps.map((s) => s.headings[0])).toEqual(['Sign up for AWS', 'Contact information', 'Billing information']);
    expect(flow?.vendors).toEqual([{ vendorId: 'stripe', role: 'payment', origin: 'https://js.stripe.com', via: 'frame', stepIndex: 2, firstSeenAt: expect.any(Number) }]);
    expect(badges.at(-1)).toMatchObject({ tabId: 7, badge: { text: '4' } });
    expect(badges.at(0)).toMatchObject({ tabId: 7, badge: { text: '1' } });
  });

  it('loses no step when the worker is replaced between steps', async () => {
    const area = memoryStorage();
    await setup({ area }).service.onPageFeatures(7, s1, 'initial');
    await setup({ area }).service.onPageFeatures(7, s2, 'navigation');
    const third = setup({ area });
    await third.service.onPageFeatures(7, s3, 'navigation');
    expect((await third.service.getFlow(7))?.steps).toHaveLength(3);
  });

  it('saves the flow as finished when the tab leaves the provider, and saves it again, as a new snapshot, if the flow goes on', async () => {
    const { service, saved, badges } = setup();
    await service.onPageFeatures(7, s1, 'initial');
    await service.onPageFeatures(7, s2, 'navigation');
    await service.onTabLoading(7, 'https://signin.aws.amazon.com/x'); // same provider: nothing happens
    expect(saved).toHaveLength(0);
    await service.onTabLoading(7, undefined); // a bank's 3-D Secure page, invisible to the extension
    expect(saved.map((s) => [s.reason, s.flow.steps.length])).toEqual([['finished', 2]]);
    expect(saved[0]?.url).toBe(`${AWS}/account`);
    expect(badges.at(-1)?.badge.text).toBe('');
    await service.onTabLoading(7, undefined); // nothing new: not saved again
    expect(saved).toHaveLength(1);
    await service.onPageFeatures(7, s3, 'initial'); // back at the provider: the same flow goes on
    expect((await service.getFlow(7))?.steps).toHaveLength(3);
    await service.onTabClosed(7);
    // History is append-only: both snapshots are kept (the workspace's timeline shows both).
    expect(saved.map((s) => [s.reason, s.flow.steps.length])).toEqual([
      ['finished', 2],
      ['finished', 3],
    ]);
    expect(await service.getFlow(7)).toBeNull();
  });

  it('saves the old flow when another provider starts a new one in the same tab', async () => {
    const { service, saved } = setup();
    await service.onPageFeatures(7, s1, 'initial');
    await service.onPageFeatures(7, pageOf('https://account.scaleway.com/register', ['Create account'], [input('email', 'email')]), 'initial');
    expect(saved.map((s) => [s.reason, s.flow.providerId])).toEqual([['finished', 'aws']]);
    expect((await service.getFlow(7))?.providerId).toBe('scaleway');
  });

  it('does not save a tab that never showed a signup step', async () => {
    const { service, saved } = setup();
    await service.onPageFeatures(7, pageOf(`${AWS}/wait`, ['Loading'], []), 'initial');
    await service.onTabClosed(7);
    expect(saved).toHaveLength(0);
  });

  it('saves on the user\'s request with the screenshot, and says when there is nothing to save', async () => {
    const { service, saved } = setup();
    expect(await service.save(7)).toBeNull();
    await service.onPageFeatures(7, s1, 'initial');
    expect(await service.save(7, 'data:image/png;base64,AAAA')).toBe('snap-1');
    expect(saved[0]).toMatchObject({ reason: 'user', screenshot: 'data:image/png;base64,AAAA' });
    expect((await service.getFlow(7))?.snapshotId).toBe('snap-1');
  });

  it('explains that history is unavailable instead of pretending to save', async () => {
    const { service } = setup({ history: false });
    await service.onPageFeatures(7, s1, 'initial');
    await expect(service.save(7)).rejects.toThrow(/History is not available/);
    await service.onTabClosed(7); // no history: nothing to do, no error
  });

  it('reset forgets the flow and clears the badge', async () => {
    const { service, badges } = setup();
    await service.onPageFeatures(7, s1, 'initial');
    await service.reset(7);
    expect(await service.getFlow(7)).toBeNull();
    expect(badges.at(-1)).toEqual({ tabId: 7, badge: { text: '', colour: null, level: null } });
  });
});
