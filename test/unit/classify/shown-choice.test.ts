// A searchable combobox with no caption of its own, showing its current choice (a country's or a
// state's name) beside it, is that list's picker; the chosen name is never put in the evidence.
import { describe, expect, it } from 'vitest';
import { classifyFields, field, labelled } from './factory.ts';

describe('a combobox showing its choice', () => {
  it('a caption-less box beside "Brazil" (or aria-label "Italia") is a country picker', () => {
    for (const partial of [{ nearbyText: 'Brazil' }, { ariaLabel: 'Italia' }]) {
      const [, f] = classifyFields([labelled('First name'), field({ autocomplete: 'off', ...partial }), labelled('Street')]);
      expect(f!.fieldType, JSON.stringify(partial)).toBe('country');
      expect(f!.evidence.join(' ')).not.toMatch(/Brazil|Italia/);
    }
  });

  it('beside "Alabama" it is a state picker', () => {
    const [, f] = classifyFields([labelled('Street'), field({ nearbyText: 'Alabama', ariaLabel: 'select' }), labelled('City')]);
    expect(f!.fieldType).toBe('address-level1');
  });

  it('a box with its own caption, or with other nearby text, is read by its words', () => {
    expect(classifyFields([labelled('Email', { nearbyText: 'France', type: 'text' })])[0]!.category).toBe('email');
    expect(classifyFields([field({ nearbyText: 'Ship to France' })])[0]!.fieldType).not.toBe('country');
  });
});
