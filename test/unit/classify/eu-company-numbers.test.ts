// The names of European companies' tax and register numbers in languages without a lexicon of their
// own (Slovenian, Latvian, Lithuanian: the matcher's language bits are all taken), kept in the
// language-neutral number names, and a Swedish invoice's "your reference". Neutral attribute names,
// so only the caption decides; each box sits in a company registration (company name, email, password).
import { describe, expect, it } from 'vitest';
import { classify, fieldsOf } from './probe-page.ts';

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

describe('more company numbers and business-form words of the smaller European markets (issue 19)', () => {
  it.each([
    ['it', 'Numero IDI (UID)', 'company-registration-number'],
    ['hu', 'Egyéni vállalkozói nyilvántartási szám', 'company-registration-number'],
    ['hu', 'Székhely címe', 'street-address'],
    ['it', 'Funzione', 'organization-title'],
    // The manager a Bulgarian company form names (like its МОЛ) is asked by name.
    ['bg', 'Управител', 'name'],
  ])('%s "%s" is %s', (lang, caption, type) => {
    expect(inCompanySignup(lang, caption)).toBe(type);
  });

  it('reads the Italian "Cantone" select as the region', () => {
    const fields = fieldsOf('it', '<form><label for="a">Località</label><input id="a" name="f1"><label for="b">Cantone</label><select id="b" name="f2"><option>Ticino</option><option>Grigioni</option></select><button>Invia</button></form>');
    expect(fields[1]!.fieldType).toBe('address-level1');
  });

  it.each([
    ['hu', 'Vállalkozási forma', 'Egyéni vállalkozó', 'Gazdasági társaság'],
  ])('%s person-or-company radio "%s" is the account type', (lang, caption, a, b) => {
    const fields = fieldsOf(lang, `<form><span>${caption}</span><label><input type="radio" name="t" value="1"> ${a}</label><label><input type="radio" name="t" value="2"> ${b}</label><label for="c">Cégnév</label><input id="c" name="f2"><button>Regisztráció</button></form>`);
    expect(fields[0]!.fieldType).toBe('account-type');
  });

  it('reads a Portuguese "invoice in the company\'s name" checkbox as the account type', () => {
    const fields = fieldsOf('pt', '<form><label><input type="checkbox" name="f1" value="1"> Pretendo fatura em nome de empresa</label><label for="c">Nome da empresa</label><input id="c" name="f2"><button>Finalizar encomenda</button></form>');
    expect(fields[0]!.fieldType).toBe('account-type');
  });

  it('reads an Austrian trade licence upload as a document upload', () => {
    const fields = fieldsOf('de', '<form><label for="c">Firma</label><input id="c" name="f1"><label for="g">Gewerbeschein (PDF)</label><input type="file" id="g" name="f2" accept=".pdf"><button>Weiter</button></form>');
    expect(fields[1]!.fieldType).toBe('id-document-upload');
  });
});

describe('a tax number only people hold stays the person\'s in a company form (issue 19)', () => {
  it.each([
    ['hu', 'Vállalkozás neve', 'Adószám', 'Adóazonosító jel'],
    ['uk', 'Назва підприємства', 'Код ЄДРПОУ', 'РНОКПП (ІПН) ФОП'],
  ])('%s: beside a company\'s name and number, "%s"… "%s" then "%s" is personal-tax-id', (lang, company, number, caption) => {
    const fields = fieldsOf(lang, `<form><label for="a">${company}</label><input id="a" name="f1"><label for="b">${number}</label><input id="b" name="f2"><label for="c">${caption}</label><input id="c" name="f3"><button>Register</button></form>`);
    expect(fields[2]!.fieldType).toBe('personal-tax-id');
  });

  it('under a heading about the business, too', () => {
    const fields = fieldsOf('hu', '<form><fieldset><legend>Vállalkozás adatai</legend><label for="a">Vállalkozás neve</label><input id="a" name="f1"><label for="b">Adóazonosító jel</label><input id="b" name="f2"></fieldset><button>Regisztráció</button></form>');
    expect(fields[1]!.fieldType).toBe('personal-tax-id');
  });
});
