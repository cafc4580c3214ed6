// "Which categories did this flow ask for?" has one answer (src/core/flow/categories-asked.ts), and
// every view gives it: a Scaleway-like flow whose card and ID check run in vendor frames asks for
// Payment and Identity document in the history list as in the comparison matrix, the timeline, the
// report export and the badge.
import { describe, expect, it } from 'vitest';
import { flowIdentityCategories } from '../../../src/core/flow/impact.ts';
import { categoriesAsked } from '../../../src/core/flow/categories-asked.ts';
import { compareMatrix } from '../../../src/core/history/compare.ts';
import { reportMarkdown } from '../../../src/core/history/export-report.ts';
import { summarize } from '../../../src/core/history/summary.ts';
import { kycCategoryCounts } from '../../../src/core/history/timeline.ts';
import { impactScore } from '../../../src/core/score/index.ts';
import { field, snap, vendor } from '../history/make-flow.ts';

describe('categoriesAsked', () => {
  it('reads form fields and the vendor frames that stand for a category, in the taxonomy order', () => {
    const asked = categoriesAsked({
      fields: [
        { category: 'phone', required: false },
        { category: 'email', required: true },
        { category: 'payment', required: false },
      ],
      vendors: [
        { role: 'payment', via: 'frame' },
        { role: 'identity-verification' }, // an older record: no `via` means a frame
        { role: 'captcha', via: 'frame' },
      ],
    });
    expect(asked).toEqual([
      { category: 'email', status: 'required', source: 'field' },
      { category: 'phone', status: 'optional', source: 'field' },
      { category: 'payment', status: 'required', source: 'field' },
      { category: 'identity-document', status: 'required', source: 'vendor' },
    ]);
  });

  it('does not count a vendor seen only through its script', () => {
    expect(categoriesAsked({ fields: [], vendors: [{ role: 'payment', via: 'script' }] })).toEqual([]);
  });
});

describe('every view gives the same answer', async () => {
  const scaleway = await snap('scaleway', [field('email'), field('given-name', { category: 'name' })], 0, [
    vendor('stripe', 'payment'),
    vendor('onfido', 'identity-verification'),
  ]);
  const expected = ['name', 'email', 'payment', 'identity-document'];

  it('history list, matrix, timeline, report, badge and score', () => {
    expect(categoriesAsked(scaleway).map((a) => a.category)).toEqual(expected);
    expect(summarize(scaleway).categories).toEqual(expected);
    const row = compareMatrix([scaleway], () => undefined).rows[0]!;
    expect(row.cells.filter((c) => c.observed !== 'absent').map((c) => c.category)).toEqual(expected);
    expect(kycCategoryCounts(scaleway).observed).toBe(expected.length);
    expect(flowIdentityCategories(scaleway)).toEqual(expected);
    expect(impactScore(scaleway.fields, scaleway.vendors).contributions.map((c) => c.category).sort()).toEqual([...expected].sort());
    const report = reportMarkdown([scaleway], { generatedAt: 0, generator: { name: 'kyc-lens-extension', version: '0.1.0' } });
    expect(report).toContain('Required: Name, Email, Payment, Identity document.');
  });
});
