// Context rule company-block: an unqualified tax number in a block about a business, or in a form
// that offers a company's tax invoice, is the company's; elsewhere on a person's checkout the person's.
import { describe, expect, it } from 'vitest';
import { field, labelled } from './factory.ts';
import { classifyPage } from '../../../src/core/classify/index.ts';
import { form, page } from './factory.ts';

const person = () => [labelled('First name'), labelled('Last name'), labelled('Email', { type: 'email' }), labelled('Street address'), labelled('City')];
const read = (fields: ReturnType<typeof field>[], lang = 'en') => classifyPage(page([form(fields)], { lang })).forms[0]!.fields;

describe('company-block', () => {
  it('a tax number under a heading naming a tax invoice is the company’s', () => {
    const plain = read([...person(), labelled('Tax ID number')]);
    expect(plain[5]!.category, 'without the heading: the person’s').toBe('government-id');
    const got = read([...person(), labelled('Tax ID number', { heading: 'Tax invoice (optional)' })])[5]!;
    expect(got.fieldType).toBe('vat-number');
    expect(got.evidence).toContain('tax number beside a tax invoice');
  });

  it('a tax number under a heading about the business is the company’s', () => {
    const got = read([labelled('Full name'), labelled('Taxpayer Identification Number (TIN)', { heading: 'Business information' }), labelled('Registered address')])[1]!;
    expect(got.fieldType).toBe('vat-number');
    expect(got.evidence).toContain('tax number under a heading about a business');
  });

  it('a box asking for a tax invoice makes the form’s tax number the company’s, in several languages', () => {
    const cases: [string, string, string][] = [
      ['vi', 'Xuất hóa đơn VAT', 'Mã số thuế'],
      ['pl', 'Chcę otrzymać fakturę VAT', 'Numer identyfikacji podatkowej'],
      ['en', 'I need a tax invoice', 'Tax ID number'],
    ];
    for (const [lang, ask, caption] of cases) {
      const fields = read([...person(), field({ type: 'checkbox', labels: [ask] }), labelled(caption)], lang);
      expect(fields[6]!.category, `${lang}: ${caption}`).toBe('tax-id');
      expect(read([...person(), labelled(caption)], lang)[5]!.category, `${lang} without the box`).toBe('government-id');
    }
  });

  it('a plain invoice is anyone’s: the person’s tax number beside it stays the person’s', () => {
    // Italian and Spanish checkouts ask a person for a codice fiscale or NIF on the invoice.
    const fields = read([...person(), labelled('Tax ID number', { heading: 'Billing and invoice' })]);
    expect(fields[5]!.category).toBe('government-id');
  });

  it('a person’s identity number is never moved', () => {
    const fields = read([...person(), labelled('National ID number', { heading: 'Tax invoice' })]);
    expect(fields[5]!.category).toBe('government-id');
  });
});

describe('tax-owner: a tax number beside a person’s identity number', () => {
  // A checkout with an optional company block on top, and an instalment block asking the person's numbers.
  const companyTop = () => [labelled('First name'), labelled('Last name'), labelled('Company name'), labelled('VAT ID'), labelled('Street address'), labelled('City')];
  it('is the person’s, though the form asks for a company elsewhere', () => {
    const fields = read([...companyTop(), labelled('EMŠO', { name: 'billing_emso' }), labelled('Davčna številka', { name: 'billing_davcna' })], 'sl');
    expect(fields[6]!.category).toBe('government-id');
    expect(fields[7]!.fieldType).toBe('personal-tax-id');
  });
  it('away from the person’s number, the company block still decides', () => {
    const fields = read([...companyTop(), labelled('Davčna številka', { name: 'billing_davcna' }), labelled('Email', { type: 'email' })], 'sl');
    expect(fields[6]!.fieldType).toBe('vat-number');
  });
});
