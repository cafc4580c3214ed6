// Two street boxes under captions of their own naming two kinds of address (a company's legal and
// postal address) are two whole addresses, not the first and second lines of one.
import { describe, expect, it } from 'vitest';
import { classifyFields, labelled } from './factory.ts';

describe('two addresses, one box each', () => {
  it('ru: "Юридический адрес" then "Почтовый адрес" are two street addresses', () => {
    const fields = classifyFields([labelled('Полное наименование организации', { name: 'legalName' }), labelled('Юридический адрес', { name: 'legalAddress' }), labelled('Почтовый адрес', { name: 'postAddress' }), labelled('Телефон', { name: 'phone', type: 'tel' })], {}, { lang: 'ru' });
    expect(fields.slice(1, 3).map((f) => f.fieldType)).toEqual(['street-address', 'street-address']);
  });

  it('en: "Registered address" then "Postal address" are two street addresses', () => {
    const fields = classifyFields([labelled('Company name', { name: 'company' }), labelled('Registered address', { name: 'address1' }), labelled('Postal address', { name: 'address2' }), labelled('Email', { name: 'email', type: 'email' })]);
    expect(fields.slice(1, 3).map((f) => f.fieldType)).toEqual(['street-address', 'street-address']);
  });

  it('en: "Street address" then "Address line 2" stay the two lines of one address', () => {
    const fields = classifyFields([labelled('Street address', { name: 'street' }), labelled('Address line 2', { name: 'street2' }), labelled('City', { name: 'city' })]);
    expect(fields.slice(0, 2).map((f) => f.fieldType)).toEqual(['address-line1', 'address-line2']);
  });
});
