import { describe, expect, it } from 'vitest';
import { catalogDocs } from '../../../src/core/history/catalog-docs.ts';
import { compareMatrix, type DocsLookup, latestPerProvider } from '../../../src/core/history/compare.ts';
import { field, snap, vendor } from './make-flow.ts';

const docs: DocsLookup = (id) =>
  id === 'aws'
    ? {
        displayName: 'Amazon Web Services',
        kind: 'hyperscaler',
        documented: {
          fields: [
            { category: 'email', presence: 'asked' },
            { category: 'payment', presence: 'asked' },
            { category: 'phone', presence: 'asked', note: 'SMS or voice call' },
            { category: 'government-id', presence: 'conditional', note: 'India only' },
            { category: 'date-of-birth', presence: 'not-asked' },
          ],
        },
      }
    : id === 'vultr'
      ? { displayName: 'Vultr', kind: 'vps', documented: { fields: [] } }
      : undefined;

async function fixtures() {
  const awsOld = await snap('aws', [field('email')], 0);
  const awsNew = await snap('aws', [field('email'), field('tel', { required: false }), field('bday')], 20, [vendor('stripe')]);
  const vultr = await snap('vultr', [field('email'), field('given-name')], 5);
  const site = await snap(null, [field('email'), field('passport-number'), field('id-document-upload')], 3, [
    vendor('onfido', 'identity-verification'),
  ]);
  return { awsOld, awsNew, vultr, site };
}

describe('latestPerProvider', () => {
  it('keeps the newest snapshot of each provider', async () => {
    const { awsOld, awsNew, vultr } = await fixtures();
    expect(latestPerProvider([awsNew, vultr, awsOld]).map((s) => s.id).sort()).toEqual([awsNew.id, vultr.id].sort());
  });
});

describe('compareMatrix', () => {
  it('says per provider and category what was observed and what is documented', async () => {
    const f = await fixtures();
    const m = compareMatrix([f.awsOld, f.awsNew, f.vultr, f.site], docs);
    const aws = m.rows.find((r) => r.providerId === 'aws')!;
    expect(aws.snapshotId).toBe(f.awsNew.id);
    expect(aws.name).toBe('Amazon Web Services');
    expect(aws.kind).toBe('hyperscaler');
    const cell = (c: string) => aws.cells.find((x) => x.category === c)!;
    expect(cell('email')).toMatchObject({ observed: 'required', documented: 'asked', agreement: 'agree' });
    expect(cell('phone')).toMatchObject({ observed: 'optional', documented: 'asked', documentedNote: 'SMS or voice call' });
    // Documented as not asked, but the flow asked for it.
    expect(cell('date-of-birth')).toMatchObject({ observed: 'required', documented: 'not-asked', agreement: 'observed-only' });
    expect(cell('government-id')).toMatchObject({ observed: 'absent', documented: 'conditional', agreement: 'documented-only' });
    expect(cell('address')).toMatchObject({ observed: 'absent', documented: 'unknown', agreement: 'no-docs' });
    // Payment only through a processor's frame.
    expect(cell('payment')).toMatchObject({ observed: 'required', viaVendor: true, agreement: 'agree' });
    expect(cell('payment').evidence).toEqual([expect.objectContaining({ kind: 'vendor', label: 'stripe' })]);
    expect(cell('email').evidence[0]).toMatchObject({ kind: 'field', fieldType: 'email', stepTitle: 'Step 0', signals: ['autocomplete=email'] });
    // Credentials and "other" are not columns.
    expect(m.categories).not.toContain('credentials');
    expect(m.categories).toContain('identity-document');
  });

  it('sorts by impact by default, and by name or category count on request', async () => {
    const f = await fixtures();
    const all = [f.awsNew, f.vultr, f.site];
    const byImpact = compareMatrix(all, docs).rows.map((r) => r.key);
    expect(byImpact).toEqual(['site:other.example.example', 'aws', 'vultr']);
    const rows = compareMatrix(all, docs).rows;
    expect(rows[0]!.impact).toBeGreaterThan(rows[1]!.impact);
    expect(compareMatrix(all, docs, { sort: 'name' }).rows.map((r) => r.name)).toEqual([
      'Amazon Web Services',
      'other.example.example',
      'Vultr',
    ]);
    const byCount = compareMatrix(all, docs, { sort: 'categories' }).rows;
    expect(byCount.map((r) => [r.key, r.observedCount])).toEqual([
      ['aws', 4],
      ['site:other.example.example', 3],
      ['vultr', 2],
    ]);
  });

  it('filters by provider kind and lists the kinds to choose from', async () => {
    const f = await fixtures();
    const m = compareMatrix([f.awsNew, f.vultr, f.site], docs, { kind: 'vps' });
    expect(m.rows.map((r) => r.key)).toEqual(['vultr']);
    expect(m.kinds).toEqual(['hyperscaler', 'unknown', 'vps']);
    expect(compareMatrix([f.awsNew, f.vultr, f.site], docs, { kind: 'unknown' }).rows.map((r) => r.providerId)).toEqual([null]);
  });

  it('is empty without snapshots', () => {
    expect(compareMatrix([], docs)).toMatchObject({ rows: [], kinds: [] });
  });
});

describe('catalogDocs', () => {
  it('reads the documented expectations from the real provider catalog', async () => {
    const aws = catalogDocs('aws');
    expect(aws?.displayName).toBe('Amazon Web Services');
    expect(aws?.documented.fields.length).toBeGreaterThan(0);
    expect(catalogDocs('no-such-provider')).toBeUndefined();
    const m = compareMatrix([await snap('aws', [field('email')])], catalogDocs);
    expect(m.rows[0]!.cells.some((c) => c.documented !== 'unknown')).toBe(true);
  });
});
