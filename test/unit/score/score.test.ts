import { describe, expect, it } from 'vitest';
import {
  CATEGORY_WEIGHTS,
  impactScore,
  LEVELS,
  levelFor,
  MAX_POINTS,
  OPTIONAL_FACTOR,
  scoreOfCategories,
} from '../../../src/core/score/index.ts';
import { CATEGORIES, IDENTITY_CATEGORIES } from '../../../src/core/taxonomy/categories.ts';

describe('weights', () => {
  it('has exactly one weight, with a reason, for every category', () => {
    expect(CATEGORY_WEIGHTS.map((w) => w.category).sort()).toEqual([...CATEGORIES].sort());
    for (const w of CATEGORY_WEIGHTS) {
      expect(w.weight).toBeGreaterThanOrEqual(0);
      expect(w.weight).toBeLessThanOrEqual(5);
      expect(w.why.length).toBeGreaterThan(20);
    }
  });
  it('gives every identity category a weight and credentials/other none', () => {
    for (const w of CATEGORY_WEIGHTS) {
      expect(w.weight > 0).toBe(IDENTITY_CATEGORIES.includes(w.category));
    }
  });
  it('weighs ID documents above government ID numbers above date of birth above email', () => {
    const w = (c: string) => CATEGORY_WEIGHTS.find((x) => x.category === c)!.weight;
    expect(w('identity-document')).toBeGreaterThan(w('government-id'));
    expect(w('government-id')).toBeGreaterThan(w('date-of-birth'));
    expect(w('date-of-birth')).toBeGreaterThan(w('email'));
  });
});

describe('impactScore', () => {
  it('scores an empty flow 0 and low', () => {
    const s = impactScore([]);
    expect(s).toMatchObject({ score: 0, level: 'low', points: 0, maxPoints: MAX_POINTS });
    expect(s.contributions).toEqual([]);
  });

  it('scores every identity category required at 100', () => {
    const s = scoreOfCategories(IDENTITY_CATEGORIES);
    expect(s.score).toBe(100);
    expect(s.level).toBe('very-high');
    expect(s.points).toBe(MAX_POINTS);
  });

  it('counts a category once however many fields show it', () => {
    const one = impactScore([{ category: 'address', required: true }]);
    const many = impactScore([
      { category: 'address', required: true },
      { category: 'address', required: true },
      { category: 'address', required: false },
    ]);
    expect(many.score).toBe(one.score);
    expect(many.contributions).toHaveLength(1);
  });

  it('counts a category with only optional fields at the optional factor', () => {
    const req = impactScore([{ category: 'date-of-birth', required: true }]);
    const opt = impactScore([{ category: 'date-of-birth', required: false }]);
    expect(opt.points).toBe(req.points * OPTIONAL_FACTOR);
    expect(opt.contributions[0]!.required).toBe(false);
    const mixed = impactScore([
      { category: 'date-of-birth', required: false },
      { category: 'date-of-birth', required: true },
    ]);
    expect(mixed.points).toBe(req.points);
  });

  it('ignores credentials and other fields', () => {
    const s = impactScore([
      { category: 'credentials', required: true },
      { category: 'other', required: true },
    ]);
    expect(s.score).toBe(0);
    expect(s.contributions).toEqual([]);
  });

  it('computes the documented formula', () => {
    const s = impactScore([
      { category: 'email', required: true },
      { category: 'phone', required: false },
      { category: 'government-id', required: true },
    ]);
    const w = (c: string) => CATEGORY_WEIGHTS.find((x) => x.category === c)!.weight;
    const points = w('email') + w('phone') * OPTIONAL_FACTOR + w('government-id');
    expect(s.points).toBe(points);
    expect(s.score).toBe(Math.round((100 * points) / MAX_POINTS));
    expect(s.contributions.map((c) => c.category)).toEqual(['government-id', 'email', 'phone']);
  });

  it('counts an identity-verification vendor frame as a required identity document', () => {
    const s = impactScore([{ category: 'email', required: true }], [{ role: 'identity-verification' }]);
    const doc = s.contributions.find((c) => c.category === 'identity-document');
    expect(doc).toMatchObject({ required: true, source: 'vendor' });
    expect(s.score).toBeGreaterThan(impactScore([{ category: 'email', required: true }]).score);
  });

  it('does not count a vendor seen only through a script it loaded', () => {
    const s = impactScore([], [{ role: 'identity-verification', via: 'script' }, { role: 'payment', via: 'script' }]);
    expect(s.score).toBe(0);
    expect(impactScore([], [{ role: 'identity-verification', via: 'frame' }]).score).toBeGreaterThan(0);
  });

  it('does not double count a payment frame when card fields were also seen, and makes it required', () => {
    const s = impactScore([{ category: 'payment', required: false }], [{ role: 'payment' }, { role: 'captcha' }]);
    expect(s.contributions).toHaveLength(1);
    expect(s.contributions[0]).toMatchObject({ category: 'payment', required: true, source: 'field' });
  });

  it('ranks the proposal minimum below a flow that adds an ID upload and date of birth', () => {
    const minimum = scoreOfCategories(['name', 'address', 'payment', 'email', 'phone']);
    const more = scoreOfCategories(['name', 'address', 'payment', 'email', 'phone', 'identity-document', 'date-of-birth']);
    expect(more.score).toBeGreaterThan(minimum.score);
    expect(levelFor(more.score)).not.toBe(levelFor(0));
  });
});

describe('levelFor', () => {
  it('maps band edges to levels', () => {
    for (const band of LEVELS) expect(levelFor(band.min)).toBe(band.level);
    expect(levelFor(24)).toBe('low');
    expect(levelFor(100)).toBe('very-high');
  });
});
