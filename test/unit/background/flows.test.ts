import { describe, expect, it } from 'vitest';
import { createFlowStore } from '../../../src/background/flow-store.ts';
import { becomesStep, createFlowService, type HistorySink } from '../../../src/background/flows.ts';
import type { FieldFeatures, PageFeatures } from '../../../src/core/features.ts';
import type { Badge } from '../../../src/core/flow/impact.ts';
import type { TabFlow } from '../../../src/core/flow/model.ts';
import type { FormKind, PageAnalysis } from '../../../src/core/report.ts';
import { memoryStorage } from './memory-storage.ts';

function input(name: string, autocomplete: string, extra: Partial<FieldFeatures> = {}): FieldFeatures {
  return {
    selector: `#${name}`, tag: 'input', type: 'text', name, id: name, autocomplete, inputmode: '', pattern: '', minLength: null, maxLength: null,
    placeholder: '', title: '', ariaLabel: '', ariaLabelledBy: '', ariaDescribedBy: '', labels: [name], nearbyText: '', legend: '',
    heading: '', options: [], optionCount: 0, accept: '', required: true, visible: true, inShadowRoot: false, ...extra,
  };
}

/** `kind`: what the stand-in classifier below calls the page's form (it travels in the form's names). */
function pageOf(url: string, headings: string[], fields: FieldFeatures[], frameOrigins: string[] = [], kind: FormKind = 'signup'): PageFeatures {
  return { url, title: 't', lang: 'en', headings, forms: [{ selector: 'form', action: '', buttons: [], submitButtons: 0, names: kind, heading: '', fields }], frameOrigins, scriptOrigins: [], truncated: false };
}

// A deterministic stand-in for the classifier: the autocomplete token is the field type.
const CATEGORY: Record<string, PageAnalysis['forms'][number]['fields'][number]['category']> = { email: 'email', name: 'name', tel: 'phone', 'cc-number': 'payment' };
function classify(features: PageFeatures, providerId: string | null): PageAnalysis {
  return {
    url: features.url, title: features.title, providerId, truncated: features.truncated, vendors: [],
    forms: features.forms.map((form) => ({
      selector: form.selector,
      kind: (form.names || 'signup') as FormKind,
      fields: form.fields.map((f) => ({ selector: f.selector, category: CATEGORY[f.autocomplete] ?? 'other', fieldType: f.autocomplete, confidence: 1, requirements: [], evidence: [], label: f.labels[0] ?? '', required: f.required })),
    })),
  };
}

function setup(options: { history?: boolean; area?: ReturnType<typeof memoryStorage>; autoSave?: boolean } = {}) {
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
    ...(options.autoSave === undefined ? {} : { autoSave: async () => options.autoSave! }),
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
    expect(summary).toEqual({ steps: 3, fields: 4, recorded: true });
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

  it('saves nothing automatically when the switch is off, and still saves on the user\'s request', async () => {
    const { service, saved } = setup({ autoSave: false });
    await service.onPageFeatures(7, s1, 'initial');
    await service.onTabLoading(7, undefined);
    await service.onPageFeatures(7, pageOf('https://account.scaleway.com/register', ['Create account'], [input('email', 'email')]), 'initial');
    expect(saved).toHaveLength(0);
    expect(await service.save(7)).toBe('snap-1');
    await service.onTabClosed(7);
    expect(saved.map((s) => s.reason)).toEqual(['user']);
  });
});

describe('only signup flows are recorded', () => {
  const CONSOLE = 'https://portal.aws.amazon.com/billing/signup/instances';
  const consolePage = pageOf(CONSOLE, ['Create an instance'], [input('name', 'name'), input('region', 'address-line1')], [], 'other');

  it('a page without a signup-related form is no step: nothing is kept, no badge, nothing saved when the tab leaves', async () => {
    const { service, saved, badges, area } = setup();
    expect(await service.onPageFeatures(7, consolePage, 'initial')).toEqual({ steps: 0, fields: 0, recorded: false });
    expect(await service.getFlow(7)).toBeNull();
    expect(badges).toEqual([]);
    await service.onTabLoading(7, undefined);
    await service.onTabClosed(7);
    expect(saved).toEqual([]);
    expect(JSON.stringify(await area.get(null))).not.toContain('Create an instance');
  });

  it('a payment form is a step only while a signup flow is in progress on that provider', async () => {
    const payment = pageOf(`${AWS}/payment`, ['Billing information'], [input('cc', 'cc-number')], [], 'checkout');
    const alone = setup();
    expect((await alone.service.onPageFeatures(7, payment, 'initial')).recorded).toBe(false);
    const inFlow = setup();
    await inFlow.service.onPageFeatures(7, s1, 'initial');
    expect((await inFlow.service.onPageFeatures(7, payment, 'navigation')).recorded).toBe(true);
    expect((await inFlow.service.getFlow(7))?.steps).toHaveLength(2);
    // A console form of another provider does not continue it.
    const other = pageOf('https://account.scaleway.com/instances', ['Create an instance'], [input('name', 'name')], [], 'other');
    expect((await inFlow.service.onPageFeatures(7, other, 'navigation')).recorded).toBe(false);
    expect((await inFlow.service.getFlow(7))?.providerId).toBe('aws');
  });

  it('"Analyze this page" makes any page a step', async () => {
    const { service } = setup();
    expect((await service.onPageFeatures(7, consolePage, 'on-request')).recorded).toBe(true);
    expect((await service.getFlow(7))?.steps.map((s) => s.headings[0])).toEqual(['Create an instance']);
  });

  it('becomesStep: signup, verification and identity verification forms on their own; the rest only continuing a flow', () => {
    const analysis = (kind: FormKind, vendors = 0) =>
      ({ ...classify(pageOf(CONSOLE, [], [input('e', 'email')], [], kind), 'aws'), vendors: Array(vendors).fill({ vendorId: 'stripe', role: 'payment', origin: 'https://js.stripe.com', via: 'frame' }) }) as PageAnalysis;
    for (const kind of ['signup', 'verification', 'identity-verification'] as const) expect(becomesStep(analysis(kind), 'initial', false), kind).toBe(true);
    for (const kind of ['checkout', 'login', 'profile', 'search', 'other', 'newsletter'] as const) {
      expect(becomesStep(analysis(kind), 'mutation', false), kind).toBe(false);
      expect(becomesStep(analysis(kind), 'on-request', false), kind).toBe(true);
    }
    expect(becomesStep(analysis('checkout'), 'navigation', true)).toBe(true);
    // On a provider's signup page any form but a login or search one is the signup.
    for (const kind of ['other', 'newsletter', 'profile', 'checkout'] as const) expect(becomesStep(analysis(kind), 'initial', false, true), kind).toBe(true);
    for (const kind of ['login', 'search'] as const) expect(becomesStep(analysis(kind), 'initial', false, true), kind).toBe(false);
    const empty = { ...analysis('other'), forms: [] };
    expect(becomesStep(empty, 'navigation', true)).toBe(false);
    expect(becomesStep({ ...empty, vendors: analysis('other', 1).vendors }, 'navigation', true)).toBe(true);
  });
});
