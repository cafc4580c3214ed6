// What makes a form a company's for its tax number (rules/company-form.ts, used by tax-owner and
// person-number): a company block in a fieldset of its own is about that block, not about a person's
// tax number outside it; a person's own ID asked in another box makes a tax-named box beside a
// company's name the company's.
import { describe, expect, it } from 'vitest';
import { classifyFields, labelled } from './factory.ts';

describe('a company’s form, for its tax number', () => {
  const invoice = { legend: 'Dati per la fatturazione elettronica' };

  it('a person’s codice fiscale outside the invoice block’s fieldset stays the person’s', () => {
    const fields = classifyFields(
      [labelled('Nome'), labelled('Cognome'), labelled('Codice fiscale'), labelled('Ragione sociale', invoice), labelled('Partita IVA', invoice)],
      {},
      { lang: 'it' },
    );
    expect(fields[2]!.fieldType).toBe('personal-tax-id');
    expect(fields[4]!.fieldType).toBe('vat-number');
  });

  it('the same box inside the invoice block, or in a form without fieldsets, is the company’s', () => {
    const inside = classifyFields([labelled('Nome'), labelled('Ragione sociale', invoice), labelled('Partita IVA', invoice), labelled('Codice fiscale', invoice)], {}, { lang: 'it' });
    expect(inside[3]!.fieldType).toBe('vat-number');
    const flat = classifyFields([labelled('Nome'), labelled('Ragione sociale'), labelled('Partita IVA'), labelled('Codice fiscale')], {}, { lang: 'it' });
    expect(flat[3]!.fieldType).toBe('vat-number');
  });

  it('a tax-named box beside a company’s name, with the person’s ID asked in another box, is the company’s', () => {
    const fields = classifyFields([labelled('Nombre'), labelled('Apellidos'), labelled('DNI'), labelled('RUC'), labelled('Razón social')], {}, { lang: 'es' });
    expect(fields[2]!.fieldType).toBe('national-id');
    expect(fields[3]!.fieldType).toBe('vat-number');
  });

  it('a required tax box beside optional company fields is the person’s: the company may be added, the number is asked of everyone', () => {
    const optional = [labelled('Nome'), labelled('Cognome'), labelled('Azienda'), labelled('Partita IVA'), labelled('Codice fiscale', { required: true })];
    expect(classifyFields(optional, {}, { lang: 'it' })[4]!.fieldType).toBe('personal-tax-id');
    // When the company's fields are required too, the form is a company's.
    const company = [labelled('Ragione sociale', { required: true }), labelled('Partita IVA', { required: true }), labelled('Codice fiscale', { required: true })];
    expect(classifyFields(company, {}, { lang: 'it' })[2]!.fieldType).toBe('vat-number');
  });

  it('without the person’s ID elsewhere, or without a company’s name, the box stays the person’s', () => {
    const noId = classifyFields([labelled('Nombre'), labelled('Apellidos'), labelled('RUC'), labelled('Razón social')], {}, { lang: 'es' });
    expect(noId[2]!.fieldType).toBe('personal-tax-id');
    const noCompany = classifyFields([labelled('Nome'), labelled('Cognome'), labelled('Numero documento'), labelled('Codice fiscale')], {}, { lang: 'it' });
    expect(noCompany[3]!.fieldType).toBe('personal-tax-id');
  });

  it('an optional "Company" line far down the form, with the person’s ID elsewhere, leaves the tax box the person’s', () => {
    const far = classifyFields(
      [labelled('Nombre'), labelled('Apellido'), labelled('CUIL'), labelled('Dirección'), labelled('Localidad'), labelled('Número de RUT'), labelled('Código postal'), labelled('Teléfono'), labelled('Empresa')],
      {},
      { lang: 'es' },
    );
    expect(far[5]!.fieldType).toBe('personal-tax-id');
  });
});
