// The running tally: a field whose votes changed since its last tally is marked stale, so the context
// rules' retally can skip the fields a rule left alone without reading a stale top type.
import { describe, expect, it } from 'vitest';
import { Rule } from '../../../src/core/classify/rule-groups.ts';
import { newFieldScore, reinterpret, takeBack, tally, vote } from '../../../src/core/classify/scoreboard.ts';
import { MULTIPLIERS } from '../../../src/core/classify/signals/input-type.ts';
import { T } from '../../../src/core/classify/terms.ts';
import { field } from './factory.ts';

const fresh = () => {
  const fs = newFieldScore(field(), 'text', 0);
  vote(fs, Rule.context, T.email, 5, 'test');
  tally(fs, MULTIPLIERS.text);
  return fs;
};

describe('scoreboard staleness', () => {
  it('a tally clears it; a new vote, a taken-back vote and a reinterpreted vote set it', () => {
    const a = fresh();
    expect(a.stale).toBe(false);
    vote(a, Rule.context, T.tel, 1, 'test');
    expect(a.stale).toBe(true);

    const b = fresh();
    takeBack(b, (v) => v.type === T.email);
    expect(b.stale).toBe(true);
    tally(b, MULTIPLIERS.text);
    expect(b.top).toBe(-1);

    const c = fresh();
    reinterpret(c, (v) => v.type === T.email, T.tel);
    expect(c.stale).toBe(true);
    tally(c, MULTIPLIERS.text);
    expect(c.top).toBe(T.tel);
  });

  it('taking back nothing leaves the tally as it is', () => {
    const a = fresh();
    takeBack(a, (v) => v.type === T.tel);
    expect(a.stale).toBe(false);
  });
});
