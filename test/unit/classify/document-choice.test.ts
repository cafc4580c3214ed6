// Radio buttons that name identity documents ("Personalausweis" / "Reisepass") choose which document
// the person shows, as a select listing the same documents does: the choice is the national ID's.
import { describe, expect, it } from 'vitest';
import { classifyFields, field, labelled } from './factory.ts';

const radios = (name: string, labels: string[], legend = '') => labels.map((l) => field({ type: 'radio', name, labels: [l], legend }));

describe('identity-document radio groups', () => {
  const cases: [string, string[]][] = [
    ['ko', ['주민등록증', '운전면허증']],
    ['de', ['Personalausweis', 'Reisepass', 'Aufenthaltstitel']],
    ['en', ['UK driving licence', 'Passport']],
    ['es', ['DNI', 'Pasaporte', 'NIE']],
  ];
  for (const [lang, labels] of cases) {
    it(`${lang}: ${labels.join(' / ')} is the document choice, whatever the group is called`, () => {
      const fields = classifyFields([...radios('kind', labels), labelled('Document number')], {}, { lang });
      expect(fields.slice(0, labels.length).map((f) => f.fieldType)).toEqual(labels.map(() => 'national-id'));
    });
  }

  it('a group whose options are not documents is not a document choice', () => {
    const fields = classifyFields([...radios('delivery', ['Standard', 'Express']), labelled('Document number')], {}, { lang: 'en' });
    expect(fields[0]!.category).not.toBe('government-id');
  });
});
