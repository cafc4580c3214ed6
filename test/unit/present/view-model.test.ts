import { describe, expect, it } from 'vitest';
import type { Provider } from '../../../src/core/catalog/schema.ts';
import { categoryPlacement, currentCatalog, providerById, vendorById } from '../../../src/core/catalog/index.ts';
import { catalogView, documentedProfile } from '../../../src/core/present/catalog-adapter.ts';
import { buildView, minimumCategories } from '../../../src/core/present/view-model.ts';
import { impactScore } from '../../../src/core/score/index.ts';
import { field, flow, step, vendor } from './flow-builders.ts';
import { scalewayLikeFlow } from '../popup/sample-flows.ts';
import { awsLike, catalog, testProvider } from './sample.ts';

describe('buildView with the current requirement catalog', () => {
  const view = buildView(awsLike, catalog);

  it('shows the rule and its status from the catalog', () => {
    expect(view.rule.status).toBe('Proposed in January 2024; never finalized; not in force');
    expect(view.rule.citation).toMatch(/89 FR 5698/);
  });

  it('always lists the six requirements of the proposal in the catalog order', () => {
    expect(view.requirements.map((r) => r.requirement.id)).toEqual(['name', 'address', 'payment', 'email', 'phone', 'ip-log']);
  });

  it('groups fields under their requirement with label, step and required flag', () => {
    const by = (id: string) => view.requirements.find((r) => r.requirement.id === id)!;
    expect(by('name').fields.map((f) => f.label)).toEqual(['Full Name']);
    expect(by('address').fields.map((f) => [f.label, f.labelShown])).toEqual([
      ['Address', true],
      ['Postal code', false],
    ]);
    expect(by('phone').fields.map((f) => [f.label, f.step, f.stepName])).toEqual([
      ['Phone number', 2, 'Contact information'],
      ['Verify code', 4, 'Confirm your identity'],
    ]);
    expect(by('payment').fields[0]).toMatchObject({ label: 'Credit card number', step: 3, required: true });
  });

  it('names a payment processor once under means of payment, at its first step', () => {
    const payment = view.requirements.find((r) => r.requirement.id === 'payment')!;
    expect(payment.vendors).toEqual([expect.objectContaining({ name: 'Stripe', step: 3, role: 'payment' })]);
  });

  it('marks IP logging answered without a field, and carries its quoted wording', () => {
    const ip = view.requirements.find((r) => r.requirement.id === 'ip-log')!;
    expect(ip).toMatchObject({ answered: true, fields: [] });
    expect(ip.requirement.loggedByProvider).toBe(true);
    expect(ip.requirement.grade).toBe('quoted');
    expect(ip.requirement.wording).toMatch(/IP address\(es\) used for access/);
  });

  it('gives every requirement a plain why, a citation and a grade', () => {
    for (const r of view.requirements) {
      expect(r.requirement.why.length).toBeGreaterThan(40);
      expect(r.requirement.citation).toMatch(/89 FR 5698/);
      expect(['primary', 'quoted', 'summary', 'unconfirmed']).toContain(r.requirement.grade);
    }
  });

  it('puts what the proposal does not list under beyond, with who does ask for it', () => {
    expect(view.beyond.map((b) => b.category)).toEqual(['date-of-birth', 'organization', 'identity-document']);
    const dob = view.beyond.find((b) => b.category === 'date-of-birth')!;
    expect(dob.fields.map((f) => f.label)).toEqual(['Date of birth']);
    expect(dob.askedBy).toEqual([expect.objectContaining({ regimeId: 'bank-cip', regimeName: 'U.S. bank CIP', citation: '31 CFR 1020.220, item (2)', grade: 'primary' })]);
  });

  it('names the identity-verification vendor under identity documents although no field was visible', () => {
    const docs = view.beyond.find((b) => b.category === 'identity-document')!;
    expect(docs.fields).toEqual([]);
    expect(docs.vendors.map((v) => v.name)).toEqual(['Jumio']);
    expect(docs.askedBy.map((a) => a.regimeId)).toEqual(['iaas-cip-2024', 'eo-13984']);
  });

  it('keeps credentials out of the identity groups', () => {
    expect(view.notIdentity.map((g) => [g.category, g.fields.map((f) => f.label)])).toEqual([
      ['credentials', ['AWS account name', 'Root user password']],
    ]);
  });

  it('counts fields, answered requirements and beyond categories', () => {
    expect(view.counts).toEqual({
      fields: 11,
      identityFields: 9,
      requirementsAnswered: 6,
      requirementsTotal: 6,
      beyondCategories: 3,
    });
  });

  it('scores the flow with the impact score and compares with the proposal minimum', () => {
    expect(view.impact).toEqual(impactScore(awsLike.fields, awsLike.vendors));
    expect(minimumCategories(catalog)).toEqual(['name', 'email', 'phone', 'address', 'payment']);
    expect(view.minimumScore).toBeGreaterThan(0);
    expect(view.impact.score).toBeGreaterThan(view.minimumScore);
  });

  it('compares documented with observed', () => {
    expect(view.documented).toMatchObject({
      documented: ['name', 'phone', 'payment'],
      conditional: ['government-id'],
      // Date of birth is documented as not asked: seeing it here is news. So are the others.
      observedNotDocumented: ['email', 'address', 'date-of-birth', 'organization', 'identity-document'],
      documentedNotObserved: [],
      verification: ['sms'],
      sources: ['docs.example.com/signup', 'docs.example.com/india'],
    });
    expect(view.provider).toEqual({ id: 'aws', name: 'Amazon Web Services' });
  });
});

describe('buildView edge cases', () => {
  it('shows every requirement as not seen yet for an empty flow, except the logged one', () => {
    const view = buildView(flow({ providerId: null }), catalog);
    expect(view.requirements.filter((r) => r.answered).map((r) => r.requirement.id)).toEqual(['ip-log']);
    expect(view.beyond).toEqual([]);
    expect(view.notIdentity).toEqual([]);
    expect(view.provider).toBeNull();
    expect(view.documented).toBeNull();
    expect(view.impact.score).toBe(0);
  });

  it('keeps an unknown provider id visible rather than dropping it', () => {
    expect(buildView(flow({ providerId: 'newcloud' }), catalog).provider).toEqual({ id: 'newcloud', name: 'newcloud' });
  });

  it('falls back to the category placement when the field names an unknown requirement id', () => {
    const view = buildView(flow({ fields: [field('email', { requirements: ['no-such-requirement'] })] }), catalog);
    expect(view.requirements.find((r) => r.requirement.id === 'email')!.fields).toHaveLength(1);
  });

  it('uses the step title when a step has no heading, and the vendor id when the vendor is unknown', () => {
    const view = buildView(
      flow({ steps: [step(0, '', { title: 'Create account' })], fields: [field('name')], vendors: [vendor('acme-kyc', 'identity-verification')] }),
      catalog,
    );
    expect(view.requirements[0]!.fields[0]!.stepName).toBe('Create account');
    expect(view.beyond[0]!.vendors[0]!.name).toBe('acme-kyc');
  });

  it('orders fields by step', () => {
    const view = buildView(flow({ fields: [field('name', { stepIndex: 2, label: 'B' }), field('name', { stepIndex: 0, label: 'A' })] }), catalog);
    expect(view.requirements[0]!.fields.map((f) => f.label)).toEqual(['A', 'B']);
  });

  it('returns no documented profile for a provider entry without documentation', () => {
    expect(documentedProfile({ ...testProvider, documented: { fields: [], verification: [] } } as Provider)).toBeNull();
  });
});

describe('buildView with the knowledge base’s providers and vendors', () => {
  const kbCatalog = catalogView({ catalog: currentCatalog(), providerById, vendorById });
  const view = buildView(scalewayLikeFlow(1), kbCatalog);

  it('names the provider and the vendors as the catalogs do', () => {
    expect(view.provider).toEqual({ id: 'scaleway', name: providerById('scaleway')!.displayName });
    const payment = view.requirements.find((r) => r.requirement.id === 'payment')!;
    expect(payment.vendors.map((v) => v.name)).toEqual([vendorById('stripe')!.displayName]);
    const docs = view.beyond.find((b) => b.category === 'identity-document')!;
    expect(docs.vendors.map((v) => v.name)).toEqual([vendorById('jumio')!.displayName]);
  });

  it('compares with what Scaleway documents: ID checks are documented, a date of birth is not', () => {
    const d = view.documented!;
    expect(d.documented).toEqual(expect.arrayContaining(['name', 'email', 'phone', 'address', 'payment']));
    expect(d.conditional).toContain('identity-document');
    expect(d.observedNotDocumented).toContain('date-of-birth');
    expect(d.observedNotDocumented).not.toContain('identity-document');
    expect(d.observedNotDocumented).not.toContain('name');
    expect(d.sources.length).toBeGreaterThan(0);
    expect(d.verification).toContain('sms');
  });

  it('places every category the way the catalog does', () => {
    for (const g of view.beyond) expect(categoryPlacement(g.category).kind).toBe('beyond');
    for (const g of view.notIdentity) expect(categoryPlacement(g.category).kind).toBe('not-identity');
  });
});
