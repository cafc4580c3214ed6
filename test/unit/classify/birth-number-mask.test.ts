// Context rule birth-number-mask: "ÅÅÅÅMMDD-XXXX" and its kin (a birth date, then a serial) mark a
// personal identity number; a date mask alone stays a birth date.
import { describe, expect, it } from 'vitest';
import { classifyFields, field, labelled } from './factory.ts';

const box = (partial: Parameters<typeof field>[0], lang: string) => classifyFields([labelled('Förnamn'), field(partial)], {}, { lang })[1]!;

describe('birth-number-mask', () => {
  it('the masks of Nordic and Czech personal numbers, with nothing else to go by', () => {
    for (const [placeholder, lang] of [
      ['ÅÅÅÅMMDD-XXXX', 'sv'],
      ['ÅÅMMDD-NNNN', 'sv'],
      ['DDMMYY-XXXX', 'fi'],
      ['PPKKVV-XXXX', 'fi'],
      ['DDMMÅÅ-XXXX', 'da'],
      ['DDMMÅÅXXXXX', 'no'],
      ['RRMMDD/XXXX', 'cs'],
    ]) {
      const f = box({ placeholder }, lang!);
      expect(f.category, placeholder).toBe('government-id');
      expect(f.evidence.join(' '), placeholder).toMatch(/personal number format/);
    }
    // Printed as the caption rather than the placeholder.
    expect(box({ labels: ['DDMMYY-XXXX'] }, 'fi').category).toBe('government-id');
  });

  it('a date mask without the serial is no identity number', () => {
    expect(box({ placeholder: 'ÅÅÅÅ-MM-DD' }, 'sv').category).not.toBe('government-id');
    expect(box({ placeholder: 'DD.MM.YYYY' }, 'fi').category).toBe('date-of-birth');
  });
});
