// Context rule number-length: where one name covers a person's and a company's number of different
// lengths (ИНН 12/10, codice fiscale 16/11, RFC 13/12), a box too short for one holds the other.
import { describe, expect, it } from 'vitest';
import { classifyFields, labelled } from './factory.ts';

describe('number-length', () => {
  it('an INN box of 10 characters is an organization’s, even on a person’s form', () => {
    const fields = classifyFields([labelled('Имя'), labelled('ИНН', { maxLength: 10 })], {}, { lang: 'ru' });
    expect(fields[1]!.category).toBe('tax-id');
    expect(fields[1]!.evidence.join(' ')).toMatch(/10 characters: a company's INN/);
  });

  it('an INN box fixed to 12 digits is a person’s, even in a company’s block', () => {
    const fields = classifyFields([labelled('Название организации'), labelled('ОГРН'), labelled('ИНН', { pattern: '\\d{12}' })], {}, { lang: 'ru' });
    expect(fields[2]!.category).toBe('government-id');
  });

  it('a maxlength that also holds the shorter number decides nothing', () => {
    const company = classifyFields([labelled('Название организации'), labelled('ОГРН'), labelled('ИНН', { maxLength: 12 })], {}, { lang: 'ru' });
    expect(company[2]!.category).toBe('tax-id');
    const personal = classifyFields([labelled('Имя'), labelled('ИНН', { maxLength: 12 })], {}, { lang: 'ru' });
    expect(personal[1]!.category).toBe('government-id');
  });

  it('a codice fiscale of 11 characters is a company’s; an RFC of 12 too', () => {
    expect(classifyFields([labelled('Nome'), labelled('Codice fiscale', { maxLength: 11 })], {}, { lang: 'it' })[1]!.category).toBe('tax-id');
    expect(classifyFields([labelled('Nome'), labelled('Codice fiscale', { maxLength: 16 })], {}, { lang: 'it' })[1]!.category).toBe('government-id');
    expect(classifyFields([labelled('Nombre'), labelled('RFC', { maxLength: 12 })], {}, { lang: 'es' })[1]!.category).toBe('tax-id');
  });

  it('a box named for two numbers takes the one its length can hold', () => {
    expect(classifyFields([labelled('Ad'), labelled('Vergi No / TC Kimlik No', { maxLength: 10 })], {}, { lang: 'tr' })[1]!.category).toBe('tax-id');
    expect(classifyFields([labelled('Nome'), labelled('CPF/CNPJ', { pattern: '[0-9]{14}' })], {}, { lang: 'pt' })[1]!.category).toBe('tax-id');
    expect(classifyFields([labelled('Nome'), labelled('CPF/CNPJ', { maxLength: 11 })], {}, { lang: 'pt' })[1]!.category).toBe('government-id');
    // A maxlength that holds both (a written CPF is as long as a bare CNPJ) decides nothing.
    expect(classifyFields([labelled('Nome'), labelled('CPF/CNPJ', { maxLength: 18 })], {}, { lang: 'pt' })[1]!.category).toBe('government-id');
  });
});
