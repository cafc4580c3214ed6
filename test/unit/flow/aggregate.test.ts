import { describe, expect, it } from 'vitest';
import {
  FLOW_IDLE_RESET_MS,
  fieldKey,
  MAX_FLOW_FIELDS,
  MAX_FLOW_STEPS,
  mergePageIntoFlow,
  normaliseLabel,
  urlKey,
} from '../../../src/core/flow/aggregate.ts';
import { TabFlowSchema } from '../../../src/core/flow/model.ts';
import type { ClassifiedField, FormKind, PageAnalysis, VendorHit } from '../../../src/core/report.ts';
import type { Category } from '../../../src/core/taxonomy/categories.ts';

function field(fieldType: string, category: Category, label: string, required = true, selector = `#${fieldType}`): ClassifiedField {
  return { selector, category, fieldType, confidence: 0.9, requirements: [category], evidence: ['test'], label, required };
}

function page(url: string, forms: { kind: FormKind; fields: ClassifiedField[] }[], vendors: VendorHit[] = [], truncated = false): PageAnalysis {
  return { url, title: 'Sign up', providerId: 'aws', forms: forms.map((f, i) => ({ selector: `form:nth-of-type(${i + 1})`, ...f })), vendors, truncated };
}

const AWS = 'https://portal.aws.amazon.com/billing/signup';
const ctx = (at: number, headings: string[], reason: 'initial' | 'mutation' | 'navigation' = 'mutation', providerId: string | null = 'aws') => ({
  at,
  tabId: 3,
  providerId,
  headings,
  reason,
});

const step1 = page(`${AWS}#/start`, [{ kind: 'signup', fields: [field('email', 'email', 'Root user email address'), field('account-name', 'credentials', 'AWS account name')] }]);
const step2 = page(`${AWS}#/account`, [
  {
    kind: 'signup',
    fields: [field('name', 'name', 'Full Name'), field('tel', 'phone', 'Phone Number'), field('address-line1', 'address', 'Address')],
  },
]);
const step3 = page(`${AWS}#/paymentinformation`, [
  { kind: 'checkout', fields: [field('cc-number', 'payment', 'Credit or Debit card number'), field('cc-name', 'payment', 'Cardholder name')] },
]);

describe('mergePageIntoFlow', () => {
  it('starts a flow from the first page and keeps steps in order with their times', () => {
    let flow = mergePageIntoFlow(null, step1, ctx(1000, ['Sign up for AWS'], 'initial'));
    flow = mergePageIntoFlow(flow, step2, ctx(2000, ['Contact Information'], 'navigation'));
    flow = mergePageIntoFlow(flow, step3, ctx(3000, ['Billing Information'], 'navigation'));
    expect(TabFlowSchema.parse(flow)).toEqual(flow);
    expect(flow.tabId).toBe(3);
    expect(flow.providerId).toBe('aws');
    expect(flow.startedAt).toBe(1000);
    expect(flow.updatedAt).toBe(3000);
    expect(flow.steps.map((s) => [s.index, s.headings[0], s.firstSeenAt, s.formKinds])).toEqual([
      [0, 'Sign up for AWS', 1000, ['signup']],
      [1, 'Contact Information', 2000, ['signup']],
      [2, 'Billing Information', 3000, ['checkout']],
    ]);
    expect(flow.fields.map((f) => [f.fieldType, f.stepIndex])).toEqual([
      ['email', 0],
      ['account-name', 0],
      ['name', 1],
      ['tel', 1],
      ['address-line1', 1],
      ['cc-number', 2],
      ['cc-name', 2],
    ]);
  });

  it('does not copy or modify the flow it is given', () => {
    const first = mergePageIntoFlow(null, step1, ctx(1000, ['Sign up for AWS']));
    const snapshot = structuredClone(first);
    mergePageIntoFlow(first, step2, ctx(2000, ['Contact Information']));
    expect(first).toEqual(snapshot);
  });

  it('treats a rescan of the same step as a repeat: same step, no new fields, lastSeenAt moves', () => {
    let flow = mergePageIntoFlow(null, step1, ctx(1000, ['Sign up for AWS'], 'initial'));
    flow = mergePageIntoFlow(flow, step1, ctx(1500, ['Sign up for AWS']));
    flow = mergePageIntoFlow(flow, step1, ctx(1700, ['Sign up for AWS']));
    expect(flow.steps).toHaveLength(1);
    expect(flow.steps[0]).toMatchObject({ firstSeenAt: 1000, lastSeenAt: 1700 });
    expect(flow.fields).toHaveLength(2);
  });

  it('adds late-rendered fields of a step to that step', () => {
    const partial = page(`${AWS}#/account`, [{ kind: 'signup', fields: [field('name', 'name', 'Full Name')] }]);
    let flow = mergePageIntoFlow(null, partial, ctx(1000, ['Contact Information']));
    flow = mergePageIntoFlow(flow, step2, ctx(1200, ['Contact Information']));
    expect(flow.steps).toHaveLength(1);
    expect(flow.fields.map((f) => [f.fieldType, f.stepIndex, f.firstSeenAt])).toEqual([
      ['name', 0, 1000],
      ['tel', 0, 1200],
      ['address-line1', 0, 1200],
    ]);
  });

  it('going back to an earlier step updates that step instead of adding one', () => {
    let flow = mergePageIntoFlow(null, step1, ctx(1000, ['Sign up for AWS'], 'initial'));
    flow = mergePageIntoFlow(flow, step2, ctx(2000, ['Contact Information'], 'navigation'));
    flow = mergePageIntoFlow(flow, step1, ctx(3000, ['Sign up for AWS'], 'navigation'));
    expect(flow.steps.map((s) => [s.index, s.lastSeenAt])).toEqual([
      [0, 3000],
      [1, 2000],
    ]);
  });

  it('counts the same question on a later step once, at the step that asked first', () => {
    const billingAgain = page(`${AWS}#/paymentinformation`, [
      { kind: 'signup', fields: [field('email', 'email', 'Root user email address:', false)] },
      { kind: 'checkout', fields: [field('cc-number', 'payment', 'Card number')] },
    ]);
    let flow = mergePageIntoFlow(null, step1, ctx(1000, ['Sign up for AWS']));
    flow = mergePageIntoFlow(flow, billingAgain, ctx(2000, ['Billing Information']));
    const emails = flow.fields.filter((f) => f.fieldType === 'email');
    expect(emails).toHaveLength(1);
    expect(emails[0]?.stepIndex).toBe(0);
  });

  it('keeps a field of the same type when its label or form kind says it is another question', () => {
    const billing = page(`${AWS}#/paymentinformation`, [{ kind: 'checkout', fields: [field('name', 'name', 'Full Name'), field('name', 'name', 'Cardholder name')] }]);
    let flow = mergePageIntoFlow(null, step2, ctx(1000, ['Contact Information']));
    flow = mergePageIntoFlow(flow, billing, ctx(2000, ['Billing Information']));
    const names = flow.fields.filter((f) => f.fieldType === 'name').map((f) => [f.label, f.formKind, f.stepIndex]);
    expect(names).toEqual([
      ['Full Name', 'signup', 0],
      ['Full Name', 'checkout', 1],
      ['Cardholder name', 'checkout', 1],
    ]);
  });

  it('a repeat that is required makes the known field required', () => {
    const optional = page(`${AWS}#/a`, [{ kind: 'signup', fields: [field('tel', 'phone', 'Phone', false)] }]);
    const required = page(`${AWS}#/b`, [{ kind: 'signup', fields: [field('tel', 'phone', 'Phone *', true)] }]);
    let flow = mergePageIntoFlow(null, optional, ctx(1, ['A']));
    expect(flow.fields[0]?.required).toBe(false);
    flow = mergePageIntoFlow(flow, required, ctx(2, ['B']));
    expect(flow.fields).toHaveLength(1);
    expect(flow.fields[0]?.required).toBe(true);
  });

  it('records vendors once per vendor, role and channel, at the step they were first seen', () => {
    const stripeFrame: VendorHit = { vendorId: 'stripe', role: 'payment', origin: 'https://js.stripe.com', via: 'frame' };
    const stripeScript: VendorHit = { ...stripeFrame, via: 'script' };
    const withScript = page(`${AWS}#/a`, [{ kind: 'signup', fields: [field('email', 'email', 'Email')] }], [stripeScript]);
    const withFrame = page(`${AWS}#/b`, [], [stripeScript, stripeFrame]);
    let flow = mergePageIntoFlow(null, withScript, ctx(1, ['A']));
    flow = mergePageIntoFlow(flow, withFrame, ctx(2, ['B']));
    flow = mergePageIntoFlow(flow, withFrame, ctx(3, ['B']));
    expect(flow.vendors.map((v) => [v.vendorId, v.via, v.stepIndex, v.firstSeenAt])).toEqual([
      ['stripe', 'script', 0, 1],
      ['stripe', 'frame', 1, 2],
    ]);
    // A page whose only content is a vendor frame is a step ("card entered in a Stripe frame").
    expect(flow.steps).toHaveLength(2);
  });

  it('does not make steps of pages with nothing to report', () => {
    const empty = page(`${AWS}#/loading`, [{ kind: 'other', fields: [] }]);
    expect(mergePageIntoFlow(null, empty, ctx(1, ['Loading']))).toMatchObject({ steps: [], fields: [] });
    let flow = mergePageIntoFlow(null, step1, ctx(1, ['Sign up']));
    flow = mergePageIntoFlow(flow, empty, ctx(5, ['Check your email']));
    expect(flow.steps).toHaveLength(1);
    expect(flow.updatedAt).toBe(5);
  });

  it('starts a new flow for another provider', () => {
    let flow = mergePageIntoFlow(null, step1, ctx(1000, ['Sign up for AWS']));
    const gcp = { ...step2, url: 'https://console.cloud.google.com/freetrial', providerId: 'gcp' };
    flow = mergePageIntoFlow(flow, gcp, ctx(2000, ['Free trial'], 'initial', 'gcp'));
    expect(flow.providerId).toBe('gcp');
    expect(flow.startedAt).toBe(2000);
    expect(flow.steps).toHaveLength(1);
    expect(flow.fields.map((f) => f.stepIndex)).toEqual([0, 0, 0]);
  });

  it('starts a new flow when the first step is loaded afresh after the flow moved on', () => {
    let flow = mergePageIntoFlow(null, step1, ctx(1000, ['Sign up for AWS'], 'initial'));
    flow = mergePageIntoFlow(flow, step2, ctx(2000, ['Contact Information'], 'navigation'));
    // Going back inside the app is not a restart ...
    const back = mergePageIntoFlow(flow, step1, ctx(3000, ['Sign up for AWS'], 'navigation'));
    expect(back.steps).toHaveLength(2);
    // ... a fresh page load of the first step is.
    const again = mergePageIntoFlow(flow, step1, ctx(4000, ['Sign up for AWS'], 'initial'));
    expect(again.startedAt).toBe(4000);
    expect(again.steps).toHaveLength(1);
  });

  it('starts a new flow after a long idle time', () => {
    const flow = mergePageIntoFlow(null, step1, ctx(1000, ['Sign up for AWS']));
    const later = mergePageIntoFlow(flow, step2, ctx(1000 + FLOW_IDLE_RESET_MS + 1, ['Contact Information']));
    expect(later.steps).toHaveLength(1);
    expect(later.startedAt).toBe(1000 + FLOW_IDLE_RESET_MS + 1);
  });

  it('stays bounded when a hostile page keeps inventing fields and steps', () => {
    let flow = mergePageIntoFlow(null, step1, ctx(1, ['start']));
    for (let i = 0; i < 200; i++) {
      const fields = Array.from({ length: 20 }, (_, j) => field('unknown', 'other', `label ${i}-${j}`, false));
      flow = mergePageIntoFlow(flow, page(`${AWS}#/s${i}`, [{ kind: 'other', fields }], [], i === 0), ctx(2 + i, [`step ${i}`]));
    }
    expect(flow.steps.length).toBe(MAX_FLOW_STEPS);
    expect(flow.fields.length).toBe(MAX_FLOW_FIELDS);
    expect(flow.truncated).toBe(true);
    expect(TabFlowSchema.safeParse(flow).success).toBe(true);
  });

  it('marks the flow truncated when a page was', () => {
    const flow = mergePageIntoFlow(null, { ...step1, truncated: true }, ctx(1, ['x']));
    expect(flow.truncated).toBe(true);
    expect(mergePageIntoFlow(null, step1, ctx(1, ['x'])).truncated).toBeUndefined();
  });

  it('records the frame origin of fields found in same-origin frames', () => {
    const flow = mergePageIntoFlow(null, step1, {
      ...ctx(1, ['x']),
      frameOriginOf: (sel) => (sel === '#email' ? 'https://portal.aws.amazon.com' : undefined),
    });
    expect(flow.fields.map((f) => f.frameOrigin)).toEqual(['https://portal.aws.amazon.com', undefined]);
  });
});

describe('keys', () => {
  it('normalises decorations of the same label', () => {
    expect(normaliseLabel('E-mail address *')).toBe(normaliseLabel('e mail  Address:'));
    expect(normaliseLabel('Téléphone (facultatif)')).toBe('téléphone');
    expect(normaliseLabel('电子邮箱：')).toBe('电子邮箱');
    expect(fieldKey('email', 'Email:', 'signup')).toBe(fieldKey('email', 'email', 'signup'));
    expect(fieldKey('email', 'Email', 'signup')).not.toBe(fieldKey('email', 'Email', 'checkout'));
  });

  it('names a view by origin, path and hash route, not by its query', () => {
    expect(urlKey('https://a.example/signup?token=abc#/start')).toBe('https://a.example/signup#/start');
    expect(urlKey('https://a.example/signup?x=1')).toBe(urlKey('https://a.example/signup?x=2'));
    expect(urlKey('not a url')).toBe('not a url');
  });
});
