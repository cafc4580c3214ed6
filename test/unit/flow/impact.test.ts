import { describe, expect, it } from 'vitest';
import { BADGE_COLOURS, badgeForFlow, flowIdentityCategories } from '../../../src/core/flow/impact.ts';
import type { ObservedField, ObservedVendor } from '../../../src/core/flow/model.ts';
import type { Category } from '../../../src/core/taxonomy/categories.ts';

const f = (category: Category, required = true): ObservedField => ({
  key: category,
  fieldType: category,
  category,
  label: category,
  required,
  requirements: [],
  evidence: [],
  confidence: 1,
  formKind: 'signup',
  stepIndex: 0,
  firstSeenAt: 0,
  selector: 'input',
});
const v = (role: ObservedVendor['role'], via: ObservedVendor['via']): ObservedVendor => ({
  vendorId: role,
  role,
  origin: 'https://x.example',
  via,
  stepIndex: 0,
  firstSeenAt: 0,
});

describe('badge', () => {
  it('shows nothing for no flow or a flow with only credentials and other fields', () => {
    expect(badgeForFlow(null)).toEqual({ text: '', colour: null, level: null });
    expect(badgeForFlow({ fields: [f('credentials'), f('other')], vendors: [v('captcha', 'frame')] }).text).toBe('');
  });

  it('counts identity categories once each, and vendor frames as the data they take', () => {
    const flow = { fields: [f('email'), f('email'), f('name'), f('credentials')], vendors: [v('payment', 'frame'), v('identity-verification', 'frame')] };
    expect(flowIdentityCategories(flow)).toEqual(['name', 'email', 'payment', 'identity-document']);
    expect(badgeForFlow(flow).text).toBe('4');
  });

  it('does not count a vendor seen only as a script', () => {
    expect(flowIdentityCategories({ fields: [f('email')], vendors: [v('payment', 'script')] })).toEqual(['email']);
  });

  it('colours by impact: contact basics are low, documents and ids make it very high', () => {
    const low = badgeForFlow({ fields: [f('email'), f('name')], vendors: [] });
    expect(low).toEqual({ text: '2', colour: BADGE_COLOURS.low, level: 'low' });
    const kyc = badgeForFlow({
      fields: [f('email'), f('name'), f('address'), f('phone'), f('government-id'), f('date-of-birth')],
      vendors: [v('payment', 'frame'), v('identity-verification', 'frame')],
    });
    expect(kyc.level).toBe('very-high');
    expect(kyc.colour).toBe(BADGE_COLOURS['very-high']);
    expect(kyc.text).toBe('8');
    const levels = new Set(Object.values(BADGE_COLOURS));
    expect(levels.size).toBe(4);
  });
});
