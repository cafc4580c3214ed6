// Context rule document-date-caption: a caption that names an identity document and one of its dates
// ("Fecha de validez del DNI/NIE", "Gültig bis (Personalausweis)") asks for that date, not the number;
// the document's number, captioned on its own, keeps its reading.
import { describe, expect, it } from 'vitest';
import { CONTEXT_RULES } from '../../../src/core/classify/context.ts';
import { classify } from './probe-page.ts';

const read = (lang: string, caption: string) => classify(lang, [{ caption: '', name: 'fullname' }, { caption }, { caption: '', name: 'email', type: 'email' }], 'OK')[1]!;

describe('document-date-caption', () => {
  it('is registered with a reason', () => {
    expect(CONTEXT_RULES.find((r) => r.id === 'document-date-caption')?.reason).toMatch(/document/);
  });
  const dates: [string, string][] = [
    ['es', 'Fecha de validez del DNI/NIE'],
    ['es', 'Fecha de caducidad del DNI'],
    ['de', 'Gültig bis (Personalausweis)'],
    ['en', 'Medicare card valid to'],
  ];
  for (const [lang, caption] of dates) {
    it(`${lang}: "${caption}" is the document's detail`, () => {
      const f = read(lang, caption);
      expect(f.fieldType, f.evidence.join('; ')).toBe('document-details');
    });
  }
  it("the document's number and a card's expiry keep their readings", () => {
    expect(read('es', 'Número de DNI').fieldType).toBe('national-id');
    expect(read('de', 'Personalausweisnummer').fieldType).toBe('national-id');
    expect(read('en', 'Card expiry date').category).toBe('payment');
  });
});
