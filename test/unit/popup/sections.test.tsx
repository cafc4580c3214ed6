import { beforeEach, describe, expect, it } from 'vitest';
import { buildView } from '../../../src/core/present/view-model.ts';
import { BeyondSection } from '../../../src/popup/components/BeyondSection.tsx';
import { Header } from '../../../src/popup/components/Header.tsx';
import { ImpactPanel } from '../../../src/popup/components/ImpactPanel.tsx';
import { NotIdentitySection } from '../../../src/popup/components/NotIdentitySection.tsx';
import { RequirementSection } from '../../../src/popup/components/RequirementSection.tsx';
import { CATEGORY_WEIGHTS } from '../../../src/core/score/index.ts';
import { catalog } from '../present/sample.ts';
import { all, mount, openAll, text } from './dom.ts';
import { scalewayLikeFlow } from './sample-flows.ts';

const view = buildView(scalewayLikeFlow(7), catalog);

describe('Header', () => {
  it('shows the provider, steps seen and the rule status line', async () => {
    const root = mount(<Header view={view} />);
    await openAll(root);
    expect(text(root.querySelector('h1'))).toBe('scaleway'); // the test catalog knows no Scaleway entry
    expect(text(root.querySelector('[data-testid=steps]'))).toBe('Steps seen: 4');
    expect(all(root, '.steps li').map(text)).toEqual(['Create your account', 'Your information', 'Add a payment method', 'Verify your identity']);
    expect(text(root.querySelector('[data-testid=rule-status]'))).toContain('Rule status: Proposed in January 2024; never finalized; not in force');
  });
});

describe('Header: the rule status and its history one click away', () => {
  it('shows only the line until asked; the note, checked date, links and events are one click away', async () => {
    const root = mount(<Header view={view} />);
    expect(root.querySelector('[data-testid=rule-note]')).toBeNull();
    expect(text(root.querySelector('[data-testid=rule-about]'))).toBe('About this status');
    await openAll(root);
    const note = root.querySelector('[data-testid=rule-note]')!;
    expect(text(note)).toContain('Its AI-training report lost its legal basis when EO 14110 was revoked (Jan 2025).');
    expect(text(root.querySelector('[data-testid=rule-checked]'))).toBe('Status checked on 7 December 2026.');
    const links = all(note, '.check-again a').map((a) => a.getAttribute('href'));
    expect(links).toEqual(view.rule.history.checkAgain.map((c) => c.url));
    expect(links[0]).toBe('https://federalregister.gov/d/2024-01580');
    // Every event of the data, newest first, each with its date and source.
    expect(all(note, 'ol.rule-events > li').map((li) => li.dataset.event)).toEqual(view.rule.history.events.map((e) => e.id).reverse());
    const revoked = note.querySelector('[data-event=eo-14110-revoked]')!;
    expect(text(revoked.querySelector('time'))).toBe('20 January 2025');
    expect(text(revoked.querySelector('blockquote'))).toBe('“Executive Order 14148 of January 20, 2025 (in relevant part), revoked Executive Order 14110”');
    expect(text(revoked.querySelector('cite'))).toContain('90 FR 14327');
  });

  it('never shows the reported withdrawal without "Reported, not confirmed"', async () => {
    const root = mount(<Header view={view} />);
    await openAll(root);
    const withdrawn = root.querySelector('[data-event=withdrawn-agenda-2025]')!;
    expect(withdrawn.className).toContain('unconfirmed');
    expect(text(withdrawn.querySelector('strong'))).toMatch(/^Reported, not confirmed: Commerce withdrew/);
    expect(text(withdrawn.querySelector('p'))).toMatch(/^Reported, not confirmed: Commerce withdrew/);
    // Every element whose own text mentions the withdrawal carries the qualifier.
    const mentions = all(root, 'p, strong, li > span').filter((el) => /withdrew/.test(text(el)) && el.children.length === 0);
    expect(mentions.length).toBeGreaterThanOrEqual(3);
    for (const el of mentions) expect(text(el)).toMatch(/^Reported, not confirmed: /);
    expect(text(root.querySelector('[data-testid=rule-status]'))).not.toMatch(/withdr/i);
  });
});

describe('RequirementSection', () => {
  let root: HTMLElement;
  beforeEach(() => {
    root = mount(<RequirementSection groups={view.requirements} />);
  });

  it('shows the six requirements in order, each labelled by its heading', () => {
    const sections = all(root, 'section[data-requirement]');
    expect(sections.map((s) => s.dataset.requirement)).toEqual(['name', 'address', 'payment', 'email', 'phone', 'ip-log']);
    for (const s of sections) expect(root.querySelector(`#${s.getAttribute('aria-labelledby')}`)).not.toBeNull();
  });

  it('lists the fields with label, step and required flag, and vendor frames', () => {
    const payment = root.querySelector('[data-requirement=payment]')!;
    expect(all(payment, '.field:not(.vendor) .label').map(text)).toEqual(['“Name on card”', '“Card number”', '“Expiration date”', '“CVC”']);
    expect(text(payment.querySelector('[data-field-type=cc-number] .meta'))).toBe(
      'Step 3 · Add a payment method · required · in a frame from https://js.stripe.com',
    );
    expect(text(payment.querySelector('.vendor'))).toBe('Payment entered in a Stripe frame Step 3 · its frame from https://stripe.example');
    expect(text(payment.querySelector('h3 .count'))).toBe('5 seen');
    const address = root.querySelector('[data-requirement=address]')!;
    expect(text(address.querySelector('[data-field-type=country]'))).toContain('Country (no visible label)');
  });

  it('notes that IP addresses are logged without a field', () => {
    const ip = root.querySelector('[data-requirement=ip-log]')!;
    expect(text(ip.querySelector('.note'))).toBe('Logged by the provider; no form field needed.');
    expect(ip.querySelector('.fields')).toBeNull();
  });

  it('gives every requirement a why with a citation and its grade', async () => {
    await openAll(root);
    for (const s of all(root, 'section[data-requirement]')) {
      const why = s.querySelector('details.why')!;
      expect(text(why.querySelector('summary'))).toBe('Why is this asked?');
      expect(text(why.querySelector('p')).length).toBeGreaterThan(40);
      expect(text(why.querySelector('cite'))).toContain('89 FR 5698');
      expect(text(why.querySelector('.grade'))).toMatch(/^\(How sure: .+\)$/);
    }
    expect(text(root.querySelector('[data-requirement=ip-log] blockquote'))).toContain('“IP address(es) used for access or administration');
  });
});

describe('BeyondSection', () => {
  it('lists each category beyond the minimum with who asks for it', async () => {
    const root = mount(<BeyondSection groups={view.beyond} />);
    await openAll(root);
    const cats = all(root, 'section[data-category]');
    expect(cats.map((c) => c.dataset.category)).toEqual([
      'date-of-birth',
      'nationality',
      'tax-id',
      'organization',
      'identity-document',
      'intended-use',
    ]);
    const dob = root.querySelector('[data-category=date-of-birth]')!;
    expect(text(dob.querySelector('.asked-by'))).toBe('Who does ask for this: U.S. bank CIP');
    expect(text(dob.querySelector('.asked-by-list cite'))).toBe('31 CFR 1020.220, item (2)');
    const docs = root.querySelector('[data-category=identity-document]')!;
    expect(all(docs, '.label').map(text)).toEqual(['“Upload the front of your ID”', '“Take a selfie”', 'Identity verification by Jumio']);
  });

  it('the intended-use "why" says the AI-training report lost its legal basis in January 2025; other categories do not', async () => {
    const root = mount(<BeyondSection groups={view.beyond} />);
    await openAll(root);
    const intended = root.querySelector('[data-category=intended-use]')!;
    expect(text(intended.querySelector('.basis-note'))).toBe(
      'Its legal basis was revoked in January 2025: EO 14110 revoked by EO 14148 (20 January 2025).',
    );
    expect(all(root, '.basis-note')).toHaveLength(1);
  });

  it('says "no rule asks for this" when the catalog names no rule', () => {
    const group = { ...view.beyond[0]!, askedBy: [] };
    const root = mount(<BeyondSection groups={[group]} />);
    expect(text(root.querySelector('.no-rule'))).toBe('No rule asks for this.');
  });

  it('says so when nothing goes beyond the minimum', () => {
    const root = mount(<BeyondSection groups={[]} />);
    expect(text(root)).toContain('Nothing beyond the proposal’s listed minimum seen so far.');
  });
});

describe('vendors seen only through a script', () => {
  it('are listed as such and do not count in the score', () => {
    const flow = scalewayLikeFlow(7);
    const scriptOnly = { ...flow, fields: flow.fields.filter((f) => f.category !== 'identity-document'), vendors: flow.vendors.map((v) => ({ ...v, via: 'script' as const })) };
    const v = buildView(scriptOnly, catalog);
    const root = mount(<BeyondSection groups={v.beyond} />);
    expect(text(root.querySelector('[data-category=identity-document] .vendor'))).toBe(
      'Identity verification by Jumio Step 4 · only its script from https://jumio.example was loaded; not counted in the score',
    );
    expect(v.impact.contributions.map((c) => c.category)).not.toContain('identity-document');
    const req = mount(<RequirementSection groups={v.requirements} />);
    expect(text(req.querySelector('[data-requirement=payment] .vendor .label'))).toBe('Payment processor Stripe');
  });
});

describe('NotIdentitySection', () => {
  it('is collapsed and counts its fields', async () => {
    const root = mount(<NotIdentitySection groups={view.notIdentity} />);
    const details = root.querySelector('details')!;
    expect(details.hasAttribute('open')).toBe(false);
    expect(text(details.querySelector('summary'))).toBe('Not identity data (2)');
    await openAll(root);
    expect(all(root, 'section[data-category]').map((s) => s.dataset.category)).toEqual(['credentials', 'other']);
  });
});

describe('ImpactPanel', () => {
  it('shows the score and level, and the formula with every weight and its reason', async () => {
    const root = mount(<ImpactPanel view={view} />);
    await openAll(root);
    expect(text(root.querySelector('.score'))).toBe(`${view.impact.score} out of 100 · Very high`);
    expect(root.querySelector('.score')!.getAttribute('data-score')).toBe(String(view.impact.score));
    const formula = root.querySelector('details.formula')!;
    expect(text(formula.querySelector('summary'))).toBe('How is this computed?');
    expect(text(formula.querySelector('p'))).toContain('Score = 100 × points ÷ 27');
    const rows = all(formula, 'tbody tr');
    expect(rows).toHaveLength(CATEGORY_WEIGHTS.filter((w) => w.weight > 0).length);
    for (const row of rows) expect(text(row.querySelector('.why-weight')).length).toBeGreaterThan(20);
    expect(text(formula.querySelector('tfoot'))).toBe(`Total: ${view.impact.points} of 27 points`);
    expect(text(root)).toContain(`The proposal’s listed minimum alone would score ${view.minimumScore}.`);
  });

  it('says when the catalog has no documentation to compare with', () => {
    const root = mount(<ImpactPanel view={view} />);
    expect(text(root.querySelector('[data-testid=documented]'))).toContain('The catalog has no documentation of this provider’s signup');
  });
});
