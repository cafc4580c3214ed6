// The names of European companies' tax and register numbers in languages without a lexicon of their
// own (Slovenian, Latvian, Lithuanian: the matcher's language bits are all taken), kept in the
// language-neutral number names, and a Swedish invoice's "your reference". Neutral attribute names,
// so only the caption decides; each box sits in a company registration (company name, email, password).
import { describe, expect, it } from 'vitest';
import { classify } from './probe-page.ts';

const inCompanySignup = (lang: string, caption: string) =>
  classify(lang, [{ caption: 'Company name', name: 'company' }, { caption }, { caption: 'Email', name: 'email', type: 'email' }, { caption: 'Password', name: 'password', type: 'password' }], 'Register')[1]!.fieldType;

describe('European company numbers named in languages without a lexicon (issue 19)', () => {
  it.each([
    ['sl', 'Davčna številka podjetja', 'vat-number'],
    ['sl', 'ID za DDV', 'vat-number'],
    ['sl', 'Matična številka', 'company-registration-number'],
    ['lv', 'Reģistrācijas numurs', 'company-registration-number'],
    ['lv', 'PVN maksātāja numurs', 'vat-number'],
    ['lt', 'PVM mokėtojo kodas', 'vat-number'],
  ])('%s "%s" is %s', (lang, caption, type) => {
    expect(inCompanySignup(lang, caption)).toBe(type);
  });
});

describe('a Swedish invoice reference (issue 19)', () => {
  it('"Er referens" is the buyer\'s reference number', () => {
    expect(inCompanySignup('sv', 'Er referens')).toBe('reference-number');
  });
});
