// Context rule birth-date-of-thing: a birth date captioned with what was born (a pet, a dog, a
// horse) is no person's birth date, in a month and year pair too; a person's birth date stays one.
import { describe, expect, it } from 'vitest';
import { classify } from './probe-page.ts';

const MONTHS = ['January', 'February', 'March', 'December'];
const YEARS = ['2016', '2010', '2005'];

describe("a thing's birth date", () => {
  it('en: "Pet\'s date of birth" over a month and a year list is no person\'s birth date', () => {
    const fields = classify('en', [{ caption: 'First name' }, { caption: "Pet's date of birth", options: MONTHS }, { caption: '', options: YEARS }, { caption: 'Email', type: 'email' }], 'Get a quote');
    expect(fields[1]!.fieldType).toBe('other-date');
    expect(fields[2]!.category).not.toBe('date-of-birth');
  });
  const captions: [string, string][] = [
    ['fr', 'Date de naissance de votre chien'],
    ['de', 'Geburtsdatum des Hundes'],
    ['es', 'Fecha de nacimiento de tu mascota'],
  ];
  for (const [lang, caption] of captions) {
    it(`${lang}: "${caption}" is no person's birth date`, () => {
      const f = classify(lang, [{ caption: 'E-mail', type: 'email' }, { caption }], 'OK')[1]!;
      expect(f.category, f.evidence.join('; ')).not.toBe('date-of-birth');
    });
  }
  it("a person's date of birth beside a pet's name stays a birth date", () => {
    const fields = classify('en', [{ caption: "Your pet's name" }, { caption: 'Your date of birth' }, { caption: 'Email', type: 'email' }], 'Get a quote');
    expect(fields[1]!.fieldType).toBe('bday');
  });
});
