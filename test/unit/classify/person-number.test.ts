// Context rule person-number: a box the caption names as a person's number (DNI, CPF, PESEL) is
// that number, whatever the developer called it ("vat_id", "taxNumber").
import { describe, expect, it } from 'vitest';
import { classifyFields, labelled } from './factory.ts';

const person = [labelled('First name'), labelled('Last name')];

describe('person-number', () => {
  it('a platform’s VAT box captioned with a person’s number is that number', () => {
    // Name and id both say VAT: without the rule the developer's words outvote the caption.
    for (const [caption, lang] of [
      ['Número de DNI', 'es'],
      ['CPF', 'pt'],
      ['PESEL', 'pl'],
      ['TC Kimlik No', 'tr'],
      ['Passport number', 'en'],
    ] as const) {
      const got = classifyFields([...person, labelled(caption, { name: 'vat_id', id: 'billing-vat-number' })], {}, { lang })[2]!;
      expect(got.category, caption).toBe('government-id');
      expect(got.evidence, caption).toContain("the caption names a person's number");
    }
  });

  it('the developer’s name alone still reads as the company’s number', () => {
    expect(classifyFields([...person, labelled('', { name: 'vat_id' })])[2]!.category).toBe('tax-id');
  });

  it('a caption naming a person’s and a company’s number is the person’s unless the form asks for a company', () => {
    const shop = classifyFields([...person, labelled('DNI/NIF/CIF', { name: 'vat_id' })], {}, { lang: 'es' });
    expect(shop[2]!.category).toBe('government-id');
    const business = classifyFields([labelled('Razón social'), labelled('Registro mercantil'), labelled('DNI/NIF/CIF', { name: 'vat_id' })], {}, { lang: 'es' });
    expect(business[2]!.category).toBe('tax-id');
  });

  it('a person’s number beats "a tax number in a form that asks for a company"', () => {
    const fields = classifyFields([labelled('Empresa'), labelled('CIF'), labelled('DNI/NIE del titular', { name: 'taxNumber' })], {}, { lang: 'es' });
    expect(fields[1]!.category).toBe('tax-id');
    expect(fields[2]!.category).toBe('government-id');
  });

  it('a tax number of either kind in the caption: neither the developer’s word nor a generic "ID number" decides, the form does', () => {
    const personal = classifyFields([...person, labelled('Tax ID number', { name: 'vat_id', id: 'billing-vat-number' })])[2]!;
    expect(personal.category).toBe('government-id');
    const business = classifyFields([labelled('Company name'), labelled('Company registration number'), labelled('Tax ID number', { name: 'vat_id' })])[2]!;
    expect(business.category).toBe('tax-id');
    // Generic identity words beside a company's number name no person: "VAT ID number" is a company's.
    for (const caption of ['VAT ID number', 'Numéro d’identification TVA']) {
      expect(classifyFields([...person, labelled(caption, { name: 'vat' })])[2]!.category, caption).toBe('tax-id');
    }
  });

  it('a word of the page around the box (not its caption) does not decide', () => {
    const fields = classifyFields([...person, labelled('VAT number', { name: 'vat', legend: 'DNI' })], {}, { lang: 'es' });
    expect(fields[2]!.category).toBe('tax-id');
  });
});
