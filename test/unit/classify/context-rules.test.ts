// The context-rule registry: one ordered list, each rule named and explained; the section note adds
// evidence without deciding anything.
import { describe, expect, it } from 'vitest';
import { CONTEXT_RULES } from '../../../src/core/classify/context.ts';
import { classifyFields, labelled } from './factory.ts';

describe('context rules', () => {
  it('have unique ids and a one-line reason each, in one fixed order', () => {
    const ids = CONTEXT_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of CONTEXT_RULES) expect(r.reason, r.id).toMatch(/^\S.{10,120}$/);
    // Date parts are settled before the cardholder rule reads which neighbours are card fields.
    expect(ids.indexOf('date-parts')).toBeLessThan(ids.indexOf('cardholder'));
    expect(ids[ids.length - 1]).toBe('sections');
  });

  it('the billing/shipping note is evidence only: the field reads the same with or without it', () => {
    const [billing] = classifyFields([labelled('First name', { legend: 'Billing address' }), labelled('Street')]);
    const [plain] = classifyFields([labelled('First name'), labelled('Street')]);
    expect(billing!.evidence).toContain('billing section');
    expect(billing!.fieldType).toBe(plain!.fieldType);
    expect(billing!.category).toBe('name');
  });
});
