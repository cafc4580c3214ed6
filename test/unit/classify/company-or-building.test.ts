// Context rule company-or-building: a caption naming a company and a building or c/o line is for the
// one it names first; a company and a street, city or postcode in one phrase is the company's address.
import { describe, expect, it } from 'vitest';
import { classifyFields, labelled } from './factory.ts';
import { classify } from './probe-page.ts';

/** A checkout's company-or-building line, with the attribute names shops give it. */
const checkoutLine = (caption: string, name: string) =>
  classifyFields([labelled('Full name', { name: 'fullname' }), labelled(caption, { name }), labelled('Street', { name: 'street' }), labelled('City', { name: 'city' }), labelled('Phone', { name: 'phone', type: 'tel' })])[1]!;

describe('company-or-building', () => {
  it('a caption that opens with the company is the company, whatever the line’s attribute name says', () => {
    for (const [caption, name] of [
      ['Company / Building name', 'address2'],
      ['Company name / Care of (optional)', 'care_of'],
      ['Firma / c/o', 'address_2'],
      ['会社名／ビル名', 'address2'],
    ] as const) {
      const f = checkoutLine(caption, name);
      expect(f.category, caption).toBe('organization');
      expect(f.evidence.join(' '), caption).toMatch(/opens with the company/);
    }
  });

  it('a caption that opens with the building or c/o is the address line, even with the company named after it', () => {
    for (const caption of ['Building name / Company', 'Address line 2 (company, c/o)', 'Adresszusatz (Firma, c/o)', '建物名・会社名', 'Edificio / Empresa']) {
      const f = checkoutLine(caption, 'f2');
      expect(f.fieldType, caption).toBe('address-line2');
    }
    // A street named before the company and the c/o: the line is the street's, though its name says company.
    const street = checkoutLine('Street and number, company, c/o', 'company');
    expect(street.category).toBe('address');
    expect(street.evidence.join(' ')).toMatch(/opens with the address/);
  });

  it('a company and a street or city in one phrase is the company’s address part', () => {
    expect(checkoutLine('Company address', 'f2').category).toBe('address');
    expect(checkoutLine("Adresse de l'entreprise", 'f2').category).toBe('address');
    expect(checkoutLine('Company city', 'f2').fieldType).toBe('address-level2');
    // One phrase, though its address part is a second line: the company's second line, not the company.
    expect(checkoutLine('Company address line 2', 'f2').fieldType).toBe('address-line2');
  });

  it('an autocomplete token outranks the caption’s reading', () => {
    const f = classifyFields([labelled('Full name', { name: 'fullname' }), labelled('Company address', { autocomplete: 'organization' }), labelled('Street', { name: 'street' })])[1]!;
    expect(f.category).toBe('organization');
  });

  it('a company named apart from an address mentioned later in the caption stays the company', () => {
    expect(checkoutLine('Company name (if delivering to a business address)', 'f2').category).toBe('organization');
  });

  it('leaves captions naming one of the two alone: a lone c/o line, a lone company, a person’s "Name / Company"', () => {
    const address = classify('en', [{ caption: '', name: 'street' }, { caption: 'c/o' }, { caption: '', name: 'city' }], 'Save');
    expect(address[1]!.fieldType).toBe('address-line2');
    expect(checkoutLine('Company (optional)', 'f2').category).toBe('organization');
    const nameOrCompany = checkoutLine('Name / Company', 'f2');
    expect(nameOrCompany.evidence.join(' ')).not.toMatch(/opens with|company's address/);
    expect(checkoutLine('Company address', 'f2').evidence.join(' ')).toMatch(/company's address/);
  });
});
