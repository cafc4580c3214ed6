import { describe, expect, it } from 'vitest';
import { describeDiff, diffSnapshots } from '../../../src/core/history/diff.ts';
import { buildTimeline, chartGeometry } from '../../../src/core/history/timeline.ts';
import { field, snap, vendor } from './make-flow.ts';

describe('diffSnapshots', () => {
  it('finds nothing between two snapshots that ask the same, even if labels and selectors changed', async () => {
    const a = await snap('aws', [field('email'), field('tel', { required: false })], 0);
    const b = await snap('aws', [field('email', { label: 'E-mail', selector: '#new' }), field('tel', { required: false, key: 'k2' })], 30);
    const d = diffSnapshots(a, b);
    expect(d.unchanged).toBe(true);
    expect(describeDiff(d)).toEqual([]);
    expect(d.from.id).toBe(a.id);
    expect(d.to.id).toBe(b.id);
  });

  it('reports fields and categories added, removed and made required, and new vendors', async () => {
    const a = await snap('aws', [field('email'), field('tel', { required: false }), field('organization')], 0, [vendor('stripe')]);
    const b = await snap(
      'aws',
      [field('email'), field('tel'), field('bday'), field('passport-number', { required: false, requirements: ['beneficial-owner'] })],
      30,
      [vendor('stripe'), vendor('onfido', 'identity-verification')],
    );
    const d = diffSnapshots(a, b);
    expect(d.unchanged).toBe(false);
    expect(d.fieldsAdded.map((f) => f.identity)).toEqual(['bday#1', 'passport-number#1']);
    expect(d.fieldsRemoved.map((f) => f.identity)).toEqual(['organization#1']);
    expect(d.fieldsMadeRequired.map((f) => f.identity)).toEqual(['tel#1']);
    expect(d.fieldsMadeOptional).toEqual([]);
    // The new onfido frame asks for an identity document, as a field would (categories-asked.ts).
    expect(d.categoriesAdded).toEqual(['date-of-birth', 'government-id', 'identity-document']);
    expect(d.categoriesRemoved).toEqual(['organization']);
    expect(d.categoriesMadeRequired).toEqual(['phone']);
    expect(d.requirementsAdded).toEqual(['beneficial-owner']);
    expect(d.vendorsAdded).toEqual([{ vendorId: 'onfido', role: 'identity-verification' }]);
    expect(d.vendorsRemoved).toEqual([]);
    const text = describeDiff(d);
    expect(text).toContain('New category: Date of birth');
    expect(text).toContain('Phone is now required');
    expect(text).toContain('New ID-verification vendor: onfido');
    expect(text).toContain('Category no longer asked: Organization');
  });

  it('matches repeated field types by occurrence and unrecognised fields by label', async () => {
    const a = await snap('x', [field('tel'), field('unknown', { label: 'Promo?', key: 'u1' })]);
    const b = await snap('x', [field('tel'), field('tel', { key: 't2', firstSeenAt: 1_700_000_000_001 }), field('unknown', { label: 'promo', key: 'u2' })], 1);
    const d = diffSnapshots(a, b);
    expect(d.fieldsAdded.map((f) => f.identity)).toEqual(['tel#2']);
    expect(d.fieldsRemoved).toEqual([]);
  });

  it('reports a category made optional and a step count change', async () => {
    const a = await snap('x', [field('bday'), field('email', { stepIndex: 1 })]);
    const b = await snap('x', [field('bday', { required: false }), field('email')], 1);
    const d = diffSnapshots(a, b);
    expect(d.categoriesMadeOptional).toEqual(['date-of-birth']);
    expect(d.steps).toEqual({ from: 2, to: 1 });
    expect(describeDiff(d)).toContain('Steps: 2 → 1');
  });
});

describe('buildTimeline', () => {
  it('orders snapshots by time and diffs each with the one before', async () => {
    const s3 = await snap('aws', [field('email'), field('bday'), field('new-password')], 60);
    const s1 = await snap('aws', [field('email')], 0);
    const s2 = await snap('aws', [field('email'), field('new-password')], 30);
    const t = buildTimeline([s3, s1, s2]);
    expect(t.map((e) => e.snapshot.id)).toEqual([s1.id, s2.id, s3.id]);
    expect(t[0]!.diff).toBeNull();
    // Credentials are not KYC data: the count stays at 1 when only a password field is added.
    expect(t.map((e) => e.categoryCount)).toEqual([1, 1, 2]);
    expect(t[1]!.changes).toContain('New category: Credentials');
    expect(t[2]!.changes).toContain('New category: Date of birth');
  });
});

describe('chartGeometry', () => {
  it('places points by time and count inside the plot, as a step line', async () => {
    const t = buildTimeline([await snap('a', [field('email')], 0), await snap('a', [field('email'), field('bday'), field('tel')], 10)]);
    const g = chartGeometry(t, 600, 200);
    expect(g.observed.map((p) => p.value)).toEqual([1, 3]);
    expect(g.observed[0]!.x).toBe(g.plot.left);
    expect(g.observed[1]!.x).toBe(g.plot.right);
    expect(g.observed[1]!.y).toBeLessThan(g.observed[0]!.y);
    expect(g.observedPath).toBe(`M${g.observed[0]!.x},${g.observed[0]!.y} H${g.observed[1]!.x} V${g.observed[1]!.y}`);
    expect(g.yTicks[0]).toEqual({ value: 0, y: g.plot.bottom });
    expect(g.xTicks.length).toBe(2);
  });
  it('centres a single snapshot', async () => {
    const g = chartGeometry(buildTimeline([await snap('a', [field('email')])]), 600, 200);
    expect(g.observed[0]!.x).toBe((g.plot.left + g.plot.right) / 2);
  });
});
