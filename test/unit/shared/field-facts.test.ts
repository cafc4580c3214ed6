// The facts about a field's features that live outside the schema are derived from one table
// (src/core/field-facts.ts); these tests hold that table, and the lists derived from it and from
// the extractor's attribute list, to their sources.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { clampFeatures } from '../../../src/content/clamp.ts';
import { OBSERVE_OPTIONS, STRUCTURE_ATTRIBUTES } from '../../../src/content/mutations.ts';
import { FieldFeaturesSchema, type PageFeatures } from '../../../src/core/features.ts';
import { FIELD_EMPTY, FIELD_FACTS, FIELD_TEXT_KEYS } from '../../../src/core/field-facts.ts';
import { TEXT_CAP } from '../../../src/core/limits.ts';
import { BINDING_ATTRIBUTES, FORM_ATTRIBUTES, READ_ARIA_ATTRIBUTES } from '../../../src/dom/attributes.ts';
import { fromWire, toWire } from '../../../src/shared/content-wire.ts';

const shape = FieldFeaturesSchema.shape;
type Key = keyof typeof shape;
const unwrap = (s: z.ZodType): z.ZodType => (s instanceof z.ZodOptional || s instanceof z.ZodNullable ? unwrap(s.unwrap() as z.ZodType) : s);

describe('the table of field facts', () => {
  it('names every feature of the schema, except the two every field carries (tag) or few do (frameOrigin)', () => {
    expect(Object.keys(FIELD_FACTS).sort()).toEqual((Object.keys(shape) as Key[]).filter((k) => k !== 'tag' && k !== 'frameOrigin').sort());
  });

  it('gives each an empty value the schema accepts', () => {
    for (const [key, empty] of Object.entries(FIELD_EMPTY)) expect(shape[key as Key].safeParse(empty).success, key).toBe(true);
  });

  it('marks as free text exactly the features that are strings capped at the text cap', () => {
    const capped = (Object.keys(shape) as Key[]).filter((k) => {
      const s = unwrap(shape[k]);
      return s instanceof z.ZodString && s.maxLength === TEXT_CAP * 2;
    });
    expect([...FIELD_TEXT_KEYS].sort()).toEqual(capped.sort());
  });
});

describe('what is derived from it', () => {
  const field = FieldFeaturesSchema.parse({ ...FIELD_EMPTY, tag: 'input', selector: 'form > input', type: 'text', visible: true });
  const page = (fields: unknown[]): PageFeatures =>
    ({ url: 'https://x.test/', title: '', lang: '', headings: [], forms: [{ selector: 'form', action: '', buttons: [], heading: '', fields }], frameOrigins: [], scriptOrigins: [], truncated: false }) as PageFeatures;

  it('the wire restores every entry it leaves out', () => {
    const wire = toWire({ type: 'page-features', reason: 'initial', features: page([field]) });
    // Empty texts, lists, nulls and false are left out (a 0 is not).
    expect(JSON.parse(wire.features).forms[0].fields[0]).toEqual({ selector: 'form > input', tag: 'input', type: 'text', optionCount: 0, visible: true });
    expect((fromWire(wire.features) as PageFeatures).forms[0]!.fields[0]).toEqual(field);
  });

  it('the clamp cuts every free text to the cap, and only those', () => {
    const long = 'x'.repeat(TEXT_CAP + 5);
    const oversized = { ...field, ...Object.fromEntries(FIELD_TEXT_KEYS.map((k) => [k, long])) };
    const [clamped] = clampFeatures(page([oversized])).forms[0]!.fields;
    for (const k of FIELD_TEXT_KEYS) expect(clamped![k], k).toHaveLength(TEXT_CAP);
    expect(clamped!.selector).toBe('form > input');
  });
});

describe('the mutation filter', () => {
  it('observes every attribute the extractor reads on fields, captions and forms', () => {
    expect(OBSERVE_OPTIONS.attributeFilter).toEqual(STRUCTURE_ATTRIBUTES);
    for (const a of [...FORM_ATTRIBUTES, ...READ_ARIA_ATTRIBUTES]) expect(STRUCTURE_ATTRIBUTES, a).toContain(a);
    // The ones it used to miss: a datalist, a file input's camera, an option's label, framework bindings.
    for (const a of ['list', 'capture', 'label', ...BINDING_ATTRIBUTES]) expect(STRUCTURE_ATTRIBUTES, a).toContain(a);
  });
});
