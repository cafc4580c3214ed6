// Context rule acronyms: short number names that are everyday words in lower case (German "ein",
// Spanish "sin", Polish "pan") name the number when written in capitals in the box's caption.
import { describe, expect, it } from 'vitest';
import { classifyFields, field, labelled } from './factory.ts';

const person = [labelled('First name'), labelled('Last name')];
const read = (f: ReturnType<typeof field>, lang = 'en') => classifyFields([...person, f], {}, { lang })[2]!;

describe('acronyms', () => {
  it('EIN, SIN, PAN, NIE in capitals name their numbers', () => {
    expect(read(labelled('EIN')).fieldType).toBe('vat-number');
    expect(read(labelled('Business EIN (optional)')).category).toBe('tax-id');
    expect(read(labelled('SIN')).fieldType).toBe('national-id');
    expect(read(labelled('PAN')).fieldType).toBe('pan');
    expect(read(field({ placeholder: 'NIE' }), 'es').category).toBe('government-id');
  });

  it('the same letters in lower case are words, not numbers', () => {
    expect(read(labelled('Gib deinen Namen ein'), 'de').category).not.toBe('tax-id');
    expect(read(labelled('Escriba sin espacios'), 'es').category).not.toBe('government-id');
    expect(read(labelled('Pan'), 'pl').category).not.toBe('government-id');
  });

  it('an all-capitals caption counts only when it is the name alone', () => {
    expect(read(labelled('NOMBRE SIN ACENTOS'), 'es').category).not.toBe('government-id');
    expect(read(labelled('SIN NUMBER:')).category).toBe('government-id');
  });
});
