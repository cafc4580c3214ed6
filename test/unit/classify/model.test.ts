// The learned layer: the committed weights fit the code's rule lists, every vote carries its rule
// group, and the combination's choice follows its weights.
import { describe, expect, it } from 'vitest';
import { CANDIDATE_COUNT, collectCandidates, decide, FEATURE_COUNT, NONE, newCandidates } from '../../../src/core/classify/combine.ts';
import { scoreField } from '../../../src/core/classify/field.ts';
import { checkModel, FIELD_CANDIDATES, FIELD_FEATURES, type FieldModel, MODEL } from '../../../src/core/classify/model.ts';
import { FEATURE_OF_GROUP, groupOfSource, Rule, RULE_GROUPS, SCORED_GROUP_COUNT } from '../../../src/core/classify/rule-groups.ts';
import { CATEGORIES } from '../../../src/core/taxonomy/categories.ts';
import { field, labelled, select } from './factory.ts';

describe('committed weights', () => {
  it('match the field features and candidates the code defines (else: npm run train)', () => {
    expect(() => checkModel(MODEL)).not.toThrow();
    expect(MODEL.corpusHash).toMatch(/^[0-9a-f]{16}$/);
    expect(MODEL.cv).toMatch(/CV grouped by site/);
  });
  it('a model for another rule list is refused', () => {
    expect(() => checkModel({ ...MODEL, field: { ...MODEL.field, features: MODEL.field.features.slice(1) } })).toThrow(/field features/);
    expect(() => checkModel({ ...MODEL, field: { ...MODEL.field, candidates: MODEL.field.candidates.slice(1) } })).toThrow(/npm run train/);
  });
  it('evidence counts for what it names, never against it: every vote-sum weight is ≥ 0', () => {
    for (const row of MODEL.field.weights) for (const w of row.slice(0, SCORED_GROUP_COUNT)) expect(w).toBeGreaterThanOrEqual(0);
  });
  it('every rule group has some weight (a group the fit ignores is deleted)', () => {
    MODEL.field.features.forEach((feature, j) => {
      expect(MODEL.field.weights.some((row) => Math.abs(row[j]!) > 1e-3), feature).toBe(true);
    });
  });
});

describe('rule groups', () => {
  it('a text source outside the table is a programming error, not a silent zero', () => {
    expect(groupOfSource('label')).toBe(Rule.label);
    expect(groupOfSource('name')).toBe(Rule.name);
    expect(() => groupOfSource('labels')).toThrow(/unknown signal source/);
  });
  it('every vote of a scored field carries a group', () => {
    const fs = scoreField(labelled('Email address', { type: 'email', name: 'email', autocomplete: 'email' }), 0);
    const groups = new Set(fs.votes.map((v) => RULE_GROUPS[v.group]));
    expect(groups).toEqual(new Set(['autocomplete', 'control', 'label', 'name']));
  });
});

describe('evidence kinds', () => {
  const groupsOf = (f: Parameters<typeof scoreField>[0]) => new Set(scoreField(f, 0).votes.map((v) => RULE_GROUPS[v.group]));
  it('a second label is weighed apart from the first', () => {
    expect(groupsOf(field({ labels: ['Email', 'Phone'] }))).toEqual(new Set(['label', 'other label']));
  });
  it('nearby text is a caption of its own only when the field has no label', () => {
    expect(groupsOf(field({ nearbyText: 'Email' }))).toEqual(new Set(['nearby text as label']));
    expect(groupsOf(field({ labels: ['Phone'], nearbyText: 'Email' }))).toEqual(new Set(['label', 'nearby text']));
  });
  it('an identifier in aria-label is read as an id', () => {
    expect(groupsOf(field({ ariaLabel: 'billingEmail' }))).toEqual(new Set(['id']));
  });
});

describe('the learned combination', () => {
  it('marks a candidate its control makes implausible, per control kind', () => {
    const fs = scoreField(select('Email', ['a@example.com', 'b@example.com', 'Other']), 0);
    const c = collectCandidates(fs, newCandidates());
    const cats = Array.from(c.candidate.slice(0, c.count));
    expect(cats).not.toContain(CATEGORIES.indexOf('email')); // a list never holds the user's own address (multiplier 0)
    const phone = scoreField(labelled('Street', { type: 'tel' }), 0);
    const p = collectCandidates(phone, newCandidates());
    const at = Array.from(p.candidate.slice(0, p.count)).indexOf(CATEGORIES.indexOf('address'));
    expect(p.x[at * FEATURE_COUNT + FIELD_FEATURES.indexOf('implausible for tel')]).toBe(1);
    expect(p.x[at * FEATURE_COUNT + FIELD_FEATURES.indexOf('implausible for select')]).toBe(0);
  });
  it('lists the categories with votes plus the no-signal candidate, features summed per group', () => {
    const fs = scoreField(labelled('Email address', { type: 'email' }), 0);
    const c = collectCandidates(fs, newCandidates());
    const cats = Array.from(c.candidate.slice(0, c.count));
    expect(cats).toContain(CATEGORIES.indexOf('email'));
    expect(cats[cats.length - 1]).toBe(NONE);
    const at = cats.indexOf(CATEGORIES.indexOf('email'));
    const x = c.x.slice(at * FEATURE_COUNT, (at + 1) * FEATURE_COUNT);
    expect(FEATURE_OF_GROUP[Rule.control]).toBe(-1); // type=email ranks types; the combination reads the control's plausibility
    expect(x[FEATURE_OF_GROUP[Rule.label]!]).toBe(1); // the label's keyword at full strength, unscaled by the tally's label weight
    expect(x[FEATURE_OF_GROUP[Rule.placeholder]!]).toBe(0);
    expect(x[FEATURE_OF_GROUP[Rule.options]!]).toBe(0);
    expect(x[FIELD_FEATURES.indexOf('implausible for email')]).toBe(0); // an email is what type=email is for
  });
  it('follows its weights: the same votes read as another category when that category weighs more', () => {
    const fs = scoreField(labelled('Email address', { type: 'email' }), 0);
    expect(decide(fs).category).toBe('email');
    const weights = FIELD_CANDIDATES.map(() => FIELD_FEATURES.map(() => 0));
    const bias = FIELD_CANDIDATES.map(() => 0);
    bias[NONE] = 5; // nothing beats the no-signal candidate
    const model: FieldModel = { candidates: FIELD_CANDIDATES, features: FIELD_FEATURES, weights, bias };
    const d = decide(fs, model);
    expect(d.category).toBeNull();
    expect(d.probability).toBeGreaterThan(0.5);
    expect(CANDIDATE_COUNT).toBe(FIELD_CANDIDATES.length);
  });
  it('a field with no votes has only the no-signal candidate', () => {
    const fs = scoreField(field({ name: 'x7f3a9c2b1d0e' }), 0);
    expect(decide(fs).category).toBeNull();
  });
});
