// A person's identity and tax numbers (government-id) against an organization's tax and
// registration numbers (tax-id): by the number's name in many languages, by its format, by the
// document list before it, and by whether the form is a company's.
import { describe, expect, it } from 'vitest';
import { classifyFields, field, labelled, select } from './factory.ts';

const person = (f: ReturnType<typeof field>) => [labelled('First name'), labelled('Last name'), f, labelled('Email', { type: 'email' })];
// A company's block: its name and its registration number (a lone "Company" line is anyone's address).
const company = (f: ReturnType<typeof field>) => [labelled('Company name'), f, labelled('Company registration number'), labelled('Street address'), labelled('City')];
const read = (fields: ReturnType<typeof field>[], i: number) => classifyFields(fields)[i]!;

describe('national identity numbers, by name', () => {
  const cases: [string, string, string][] = [
    ['en', 'SSN', 'government-id'],
    ['en', 'SIN', 'government-id'],
    ['en', 'TFN', 'government-id'],
    ['en', 'IRD number', 'government-id'],
    ['pt', 'CPF', 'government-id'],
    ['es', 'DNI', 'government-id'],
    ['pl', 'PESEL', 'government-id'],
    ['it', 'Codice fiscale', 'government-id'],
    ['nl', 'BSN', 'government-id'],
    ['sv', 'Personnummer', 'government-id'],
    ['ro', 'CNP', 'government-id'],
    ['hr', 'OIB', 'government-id'],
    ['bg', 'ЕГН', 'government-id'],
    ['cs', 'Rodné číslo', 'government-id'],
    ['fi', 'Henkilötunnus (HETU)', 'government-id'],
    ['es', 'CURP', 'government-id'],
    ['es', 'RUT', 'government-id'],
    ['ru', 'СНИЛС', 'government-id'],
    ['en', 'Aadhaar number', 'government-id'],
    ['en', 'NRIC/FIN', 'government-id'],
    ['en', 'HKID number', 'government-id'],
    ['ms', 'MyKad number', 'government-id'],
    ['id', 'NIK', 'government-id'],
    ['zh', '身份证号码', 'government-id'],
    ['ja', 'マイナンバー', 'government-id'],
    ['ko', '주민등록번호', 'government-id'],
    ['de', 'Reisepassnummer', 'government-id'],
    ['pt', 'Registro Geral (RG)', 'government-id'],
    ['hu', 'TAJ szám', 'government-id'],
    ['el', 'Αριθμός ταυτότητας', 'government-id'],
    ['th', 'เลขประจำตัวประชาชน', 'government-id'],
    ['vi', 'Số căn cước công dân', 'government-id'],
    ['he', 'מספר זהות', 'government-id'],
    ['fa', 'کد ملی', 'government-id'],
    ['ur', 'CNIC number', 'government-id'],
    ['id', 'Nomor paspor', 'government-id'],
    ['sv', 'Körkortsnummer', 'government-id'],
    ['kk', 'ИИН', 'government-id'],
    ['es', 'C.I.', 'government-id'],
    ['ms', 'IC Number', 'government-id'],
    ['ee', 'Personal identification code', 'government-id'],
    ['fr', 'Numéro de permis de conduire', 'government-id'],
    ['fr', 'Numéro national', 'government-id'],
    ['is', 'Kennitala', 'government-id'],
    ['th', 'เลขบัตรประชาชน', 'government-id'],
    ['he', 'ת.ז.', 'government-id'],
  ];
  for (const [lang, label, category] of cases) {
    it(`${lang}: "${label}" on a person's form is ${category}`, () => {
      expect(read(person(labelled(label)), 2).category).toBe(category);
    });
  }
});

describe("an organization's tax and registration numbers, by name", () => {
  const cases: [string, string][] = [
    ['en', 'VAT number'],
    ['de', 'USt-IdNr.'],
    ['fr', 'Numéro de TVA intracommunautaire'],
    ['it', 'Partita IVA'],
    ['nl', 'BTW-nummer'],
    ['en', 'EIN'],
    ['en', 'GST/HST number'],
    ['en', 'ABN'],
    ['pt', 'CNPJ'],
    ['nl', 'KvK-nummer'],
    ['fr', 'SIRET'],
    ['pl', 'REGON'],
    ['pl', 'NIP firmy'],
    ['de', 'Handelsregisternummer'],
    ['en', 'Company number'],
    ['zh', '统一社会信用代码'],
    ['lt', 'PVM kodas'],
    ['bg', 'ЕИК/БУЛСТАТ'],
    ['no', 'Organisasjonsnummer'],
    ['ie', 'CRO number'],
    ['ro', 'Cod unic de înregistrare'],
  ];
  for (const [lang, label] of cases) {
    it(`${lang}: "${label}" on a company's form is tax-id`, () => {
      expect(read(company(labelled(label)), 1).category).toBe('tax-id');
    });
  }
});

describe('person or company decides an ambiguous tax number', () => {
  it('"Company VAT" asked on a person’s checkout is the company’s VAT number, not its name', () => {
    const fields = [labelled('First name'), labelled('Last name'), labelled('Street address'), labelled('City'), labelled('Company VAT'), labelled('Email', { type: 'email' })];
    expect(read(fields, 4).category).toBe('tax-id');
  });
  it('a personal tax number beside the company name is the company’s', () => {
    expect(read(company(labelled('Tax identification number')), 1).category).toBe('tax-id');
  });
  it('the same words on a person’s form are the person’s', () => {
    expect(read(person(labelled('Tax identification number')), 2).category).toBe('government-id');
  });
  // Chile's RUT, Argentina's CUIT, Croatia's OIB and Greece's ΑΦΜ number people and companies alike.
  for (const label of ['RUT', 'CUIT', 'OIB', 'ΑΦΜ', 'Α.Φ.Μ.']) {
    it(`"${label}", held by people and companies alike, follows the form's owner`, () => {
      expect(read(person(labelled(label)), 2).category).toBe('government-id');
      expect(read(company(labelled(label)), 1).category).toBe('tax-id');
    });
  }
});

describe('formats and document lists', () => {
  it('an SSN mask in the placeholder or pattern', () => {
    expect(read(person(field({ placeholder: '___-__-____' })), 2).fieldType).toBe('ssn');
    expect(read(person(field({ pattern: '^\\d{3}-\\d{2}-\\d{4}$' })), 2).fieldType).toBe('ssn');
  });
  it('a CPF mask is a national ID, a CNPJ mask a company tax number', () => {
    expect(read(person(field({ placeholder: '000.000.000-00' })), 2).category).toBe('government-id');
    expect(read(company(field({ placeholder: '00.000.000/0000-00' })), 1).category).toBe('tax-id');
  });
  it('a pattern listing EU VAT prefixes', () => {
    expect(read(company(field({ pattern: '^(ATU[0-9]{8}|BE[01][0-9]{9})$' })), 1).category).toBe('tax-id');
  });
  it('the box after a list of identity documents takes the document’s number, in several languages', () => {
    const lists: [string, string[]][] = [
      ['en', ['Select', 'Passport', 'ID card', 'Driving licence']],
      ['de', ['Bitte wählen', 'Reisepass', 'Personalausweis', 'Führerschein']],
      ['es', ['Pasaporte', 'DNI', 'Carnet de conducir']],
      ['ru', ['Паспорт', 'Загранпаспорт', 'Водительское удостоверение']],
    ];
    for (const [lang, options] of lists) {
      const fields = classifyFields([labelled('First name'), select('Document', options), labelled('Number')]);
      expect(fields[1]!.category, lang).toBe('government-id');
      expect(fields[2]!.category, lang).toBe('government-id');
      expect(fields[2]!.evidence, lang).toContain('number of the identity document chosen above');
    }
  });
  it('radio buttons naming documents mark the box after them too, and an issuing-country list may sit between', () => {
    const radio = (label: string) => field({ type: 'radio', name: 'doctype', labels: [label] });
    const radios = classifyFields([labelled('Nombre'), radio('DNI'), radio('NIE'), radio('Pasaporte'), labelled('Número')], {}, { lang: 'es' });
    expect(radios[4]!.category).toBe('government-id');
    const issued = classifyFields([labelled('First name'), select('Document', ['Passport', 'ID card', 'Driving licence']), select('Issuing country', ['France', 'Germany', 'Spain', 'Italy']), labelled('Number')]);
    expect(issued[3]!.category).toBe('government-id');
    // Radios of another question (delivery options) mark nothing.
    const other = classifyFields([labelled('First name'), field({ type: 'radio', name: 'ship', labels: ['Standard'] }), field({ type: 'radio', name: 'ship', labels: ['Express'] }), labelled('Number')]);
    expect(other[3]!.category).not.toBe('government-id');
  });
  it('a plain "Number" without a document list is no identity number', () => {
    expect(classifyFields([labelled('First name'), labelled('Number')])[1]!.category).not.toBe('government-id');
  });
});

describe('words that look like number names', () => {
  it('the tax office a company is registered with is organization context, not a tax number', () => {
    for (const [label, name] of [
      ['Δ.Ο.Υ.', 'BillingInformation.InvoiceInfo.TaxAuthority'],
      ['ΔΟΥ', 'tax_office'],
      ['Vergi Dairesi', 'tax_office'],
    ]) {
      expect(read(company(labelled(label!, { name })), 1).category, label).toBe('organization');
    }
  });
  it('everyday words spelled like a number’s short name ("Írd be", "Skriv inn") name no number', () => {
    expect(read(person(labelled('Írd be a címet')), 2).category).not.toBe('government-id');
    expect(read(person(labelled('Skriv inn koden')), 2).category).not.toBe('government-id');
  });
});
