// A radio group whose options are account kinds (personal / business) asks for the account type,
// also when each option starts with an article ("an individual", "une entreprise").
import { describe, expect, it } from 'vitest';
import { classifyFields, field, labelled } from './factory.ts';

const radios = (name: string, labels: string[]) => labels.map((l) => field({ type: 'radio', name, labels: [l] }));

describe('account-kind radio groups', () => {
  const cases: [string, string[]][] = [
    ['en', ['an individual', 'a company']],
    ['fr', ['un particulier', 'une entreprise']],
    ['de', ['eine Privatperson', 'ein Unternehmen']],
    ['es', ['un particular', 'una empresa']],
    ['pt', ['uma pessoa física', 'uma empresa']],
    ['nl', ['een particulier', 'een bedrijf']],
  ];
  for (const [lang, labels] of cases) {
    it(`${lang}: ${labels.join(' / ')} is the account type`, () => {
      const fields = classifyFields([...radios('who', labels), labelled('Email', { type: 'email' })], {}, { lang });
      expect(fields.slice(0, 2).map((f) => f.fieldType)).toEqual(['account-type', 'account-type']);
    });
  }
  it('answers the question whatever its words: "How do you plan to use this account?" asks which kind', () => {
    const question = 'How do you plan to use this account?';
    const [business, personal] = classifyFields([
      field({ type: 'radio', name: 'accountUse', labels: ['Business – for your work, school or organization'], legend: question, nearbyText: question }),
      field({ type: 'radio', name: 'accountUse', labels: ['Personal – for your own projects'], legend: question }),
      labelled('Full name'),
    ]);
    expect([business!.fieldType, personal!.fieldType]).toEqual(['account-type', 'account-type']);
  });

  it('options that only start with an article and name no account kind are not one', () => {
    const fields = classifyFields([...radios('size', ['a small box', 'a large box']), labelled('Email', { type: 'email' })]);
    expect(fields[0]!.fieldType).not.toBe('account-type');
  });
});
