import { describe, expect, it } from 'vitest';
import { type FormCase, fitFormWeights, kindOf, priorWeights, signupCounts } from '../../../bench/fit-form-kind.ts';
import { FORM_RULE_IDS } from '../../../src/core/classify/form-rules/index.ts';

/** A row of rule values with only the named rules present. */
const row = (values: Record<string, number>): number[] =>
  FORM_RULE_IDS.map((id) => {
    if (!(id in values)) return id === 'task:baseline' ? 1 : 0;
    return values[id]!;
  });

// An email box with "Sign up" on it, labeled signup (the corpus's email-first sign-ups), and the
// same box with "Subscribe", labeled newsletter.
const emailFirst = (): FormCase => ({ rows: [row({ 'words:signup-on-contact': 6, 'contact:alone': 1, 'contact:sign-up-for-emails': 1 })], kind: 'signup' });
const subscribe = (): FormCase => ({ rows: [row({ 'words:newsletter': 6, 'contact:alone': 1, 'contact:says-newsletter': 1 })], kind: 'newsletter' });

describe('form-kind trainer', () => {
  it('starts from and, without cases, stays at the hand-set priors', () => {
    expect(fitFormWeights([])).toEqual(priorWeights());
  });

  it('is deterministic: the same cases give the same weights', () => {
    const cases = [emailFirst(), emailFirst(), subscribe()];
    expect(fitFormWeights(cases)).toEqual(fitFormWeights(cases));
  });

  it('moves a rule toward what the labels show, and only as far as the pull toward its prior allows', () => {
    const at = FORM_RULE_IDS.indexOf('words:signup-on-contact');
    const prior = priorWeights();
    expect(kindOf(emailFirst().rows[0]!, prior)).toBe('newsletter');
    const fitted = fitFormWeights(Array.from({ length: 20 }, emailFirst).concat(Array.from({ length: 20 }, subscribe)));
    expect(fitted[at]!).toBeGreaterThan(prior[at]!);
    // Rules the cases never show keep their prior.
    const unseen = FORM_RULE_IDS.indexOf('purchase:card');
    expect(fitted[unseen]).toBe(prior[unseen]);
  });

  it('scores the strict reading: a page about two forms is right when one reads as its kind; a signup read as anything else is missed', () => {
    const prior = priorWeights();
    const login = row({ 'words:login': 6, 'password:short-form': 1, 'password:one-identifier': 1 });
    const signup = row({ 'words:create-account': 6, 'password:confirmed-pair': 1 });
    const counts = signupCounts(
      [
        { rows: [login, signup], kind: 'login' },
        { rows: [login], kind: 'signup' },
        { rows: [signup], kind: 'signup' },
        { rows: [signup], kind: 'login' },
      ],
      prior,
    );
    expect({ tp: counts.tp, fp: counts.fp, fn: counts.fn, wrong: counts.wrong }).toEqual({ tp: 1, fp: 1, fn: 1, wrong: [1, 3] });
  });
});
