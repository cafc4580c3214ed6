// The words shops of the Americas and Western Europe put on their invoice, company and consent
// boxes (test/fixtures/checkouts-west): a certified e-mail is an email, e-invoice routing codes are no
// tax number and no address, a register's number is no VAT number, the US "federal tax ID" and
// Canada's PST number are a company's, a data-processing consent is no salutation.
import { describe, expect, it } from 'vitest';
import { classifyFields, field, labelled } from './factory.ts';

const person = [labelled('Nome'), labelled('Cognome')];
/** The last field's reading, after a person's name, on a page of `lang`. */
const read = (caption: string, lang: string, extra: Parameters<typeof labelled>[1] = {}) => classifyFields([...person, labelled(caption, extra)], {}, { lang }).at(-1)!;

describe('invoice and company boxes of shops', () => {
  it('an Italian PEC (posta elettronica certificata) is an email address, not a street address', () => {
    for (const caption of ['Indirizzo PEC', 'PEC', 'Posta elettronica certificata']) expect(read(caption, 'it', { type: 'email' }).fieldType, caption).toBe('email');
  });

  it('e-invoice routing codes (SDI recipient code, Danish EAN number, Finnish OVT address) are no tax number and no address', () => {
    for (const [caption, lang] of [
      ['Codice destinatario SDI', 'it'],
      ['Codice destinatario', 'it'],
      ['EAN-nummer', 'da'],
      ['Verkkolaskuosoite (OVT)', 'fi'],
    ] as const) {
      const got = read(caption, lang);
      expect(got.fieldType, caption).toBe('reference-number');
    }
  });

  it('a Danish requisition number is an order reference, not an address line', () => {
    expect(read('Rekvisitionsnummer / reference', 'da').fieldType).toBe('reference-number');
  });

  it('the Belgian ondernemingsnummer is the enterprise register’s number, as the French "numéro d’entreprise" is', () => {
    expect(read('Ondernemingsnummer', 'nl').fieldType).toBe('company-registration-number');
  });

  it('the US "Federal Tax ID" (the EIN) and a Canadian PST number are a company’s tax numbers', () => {
    expect(read('Federal Tax ID', 'en').fieldType).toBe('vat-number');
    expect(read('PST number (BC, SK, MB only)', 'en').fieldType).toBe('vat-number');
  });

  it('"NIF / NIE" is a person’s identity number, as "DNI / NIE" is', () => {
    expect(read('NIF / NIE', 'es').fieldType).toBe('national-id');
  });

  it('a Spanish consent to the processing of personal data ("tratamiento de mis datos") is consent, not the salutation "Tratamiento"', () => {
    const box = field({ type: 'checkbox', labels: ['Autorizo el tratamiento de mis datos personales según la política de Habeas Data'] });
    expect(classifyFields([...person, box], {}, { lang: 'es' }).at(-1)!.fieldType).toBe('consent');
  });

  it('a Portuguese honeypot ("Não preencha este campo") is a captcha, as its Spanish and French twins are', () => {
    expect(read('Não preencha este campo', 'pt').fieldType).toBe('captcha');
  });

  it('German "Firmenzusatz" adds to the company name, not to the address', () => {
    expect(classifyFields([labelled('Firma'), labelled('Firmenzusatz'), labelled('Straße')], {}, { lang: 'de' })[1]!.fieldType).toBe('organization');
  });

  it('a business’s tax-exemption certificate or credit application is an upload that proves no identity', () => {
    for (const caption of ['Sales tax exemption certificate (PDF)', 'Credit application (optional, PDF)']) {
      expect(read(caption, 'en', { type: 'file' }).fieldType, caption).toBe('attachment');
    }
  });

  it('Chile’s "Giro" on an invoice is the company’s line of business, not an identity document', () => {
    expect(classifyFields([labelled('Razón social'), labelled('RUT empresa'), labelled('Giro', { heading: 'Documento tributario' })], {}, { lang: 'es' })[2]!.fieldType).toBe('industry');
  });

  it('Québec’s TPS and TVQ numbers are a company’s tax numbers, its NEQ the register’s number', () => {
    expect(read('Numéro de TPS', 'fr').fieldType).toBe('vat-number');
    expect(read('Numéro de TVQ', 'fr').fieldType).toBe('vat-number');
    expect(read('NEQ', 'fr').fieldType).toBe('company-registration-number');
  });

  it('VTEX’s "stateRegistration" (the inscrição estadual) is a company’s tax registration, not a state', () => {
    const fields = classifyFields(
      [labelled('Razão social', { name: 'corporateName' }), labelled('CNPJ', { name: 'corporateDocument' }), labelled('Inscrição estadual', { name: 'stateRegistration', id: 'pf-stateRegistration' })],
      {},
      { lang: 'pt-BR' },
    );
    expect(fields[2]!.fieldType).toBe('vat-number');
  });

  it('a ticked authorization to check credit, or a SEPA direct-debit mandate, is consent, not a payment detail', () => {
    const tick = (label: string, lang: string) => classifyFields([...person, field({ type: 'checkbox', labels: [label] })], {}, { lang }).at(-1)!.fieldType;
    expect(tick('I authorize Northshore Appliances and its lender to obtain my credit report', 'en')).toBe('consent');
    expect(tick('Ich erteile das SEPA-Lastschriftmandat', 'de')).toBe('consent');
  });

  it('the state that issued a driver licence is the document’s issuer, not the person’s address', () => {
    const fields = classifyFields(
      [labelled('Full name'), labelled('Driver licence number'), field({ tag: 'select', type: 'select-one', labels: ['Licence state'], options: ['NSW', 'VIC', 'QLD'], optionCount: 3 })],
      {},
      { lang: 'en' },
    );
    expect(fields[2]!.fieldType).toBe('document-details');
  });

  it('"Type of store" asks for the business’s line of trade', () => {
    const store = field({ tag: 'select', type: 'select-one', labels: ['Type of store'], options: ['Gift shop', 'Boutique', 'Online only'], optionCount: 3 });
    expect(classifyFields([labelled('Legal business name'), store], {}, { lang: 'en' })[1]!.fieldType).toBe('industry');
  });
});
