// Context rule phone-number: a bare "Number" after a phone's calling code, or in a phone box with no
// address part beside it, is the phone number; inside an address it stays the house number.
import { describe, expect, it } from 'vitest';
import { classifyFields, field, labelled, select } from './factory.ts';

const CALLING_CODES = ['+1', '+33', '+44', '+49', '+81'];

describe('phone-number', () => {
  it('"Number" right after a calling-code list is the phone number', () => {
    const fields = classifyFields([labelled('Email', { type: 'email' }), select('', CALLING_CODES), labelled('Number')]);
    expect(fields[2]!.fieldType).toBe('tel');
    expect(fields[2]!.evidence.join(' ')).toMatch(/after a calling code/);
    expect(fields[1]!.fieldType).toBe('tel-country-code');
  });

  it('a type=tel box captioned "Number", with no address around it, is the phone number', () => {
    const fields = classifyFields([labelled('First name'), labelled('Email', { type: 'email' }), labelled('Number', { type: 'tel' })]);
    expect(fields[2]!.category).toBe('phone');
  });

  it('"Number" between street and city is still the house number, in a text box or a tel box', () => {
    for (const type of ['text', 'tel']) {
      const fields = classifyFields([labelled('Street'), labelled('Number', { type }), labelled('City'), labelled('Postcode')]);
      expect(fields[1]!.fieldType, type).toBe('address-housenumber');
    }
  });

  it('"Number" after a country list of plain countries (no calling codes) before a street is the house number', () => {
    const fields = classifyFields([select('Country', ['France', 'Germany', 'Italy', 'Spain']), field({ labels: ['Street'] }), labelled('Number'), labelled('City')]);
    expect(fields[2]!.fieldType).toBe('address-housenumber');
  });
});

describe('phone-number, by the block it sits in', () => {
  it('"Number" under a "Primary phone" legend is the phone number; under "Home address" the house number', () => {
    expect(classifyFields([labelled('Email', { type: 'email' }), labelled('Number', { legend: 'Primary phone' })])[1]!.category).toBe('phone');
    expect(classifyFields([labelled('Street', { legend: 'Home address' }), labelled('Number', { legend: 'Home address' })])[1]!.fieldType).toBe('address-housenumber');
  });
  it('a "Number" box between card fields is left to the card rule', () => {
    const fields = classifyFields([labelled('Name on card'), select('Card type', ['Visa', 'Mastercard', 'American Express']), labelled('Number', { type: 'tel' }), labelled('Expiry date'), labelled('CVV', { type: 'tel' })]);
    expect(fields[2]!.category).toBe('payment');
  });
});

describe('phone-number leaves card numbers alone', () => {
  it('a type=tel "Card #" box is no phone', () => {
    const fields = classifyFields([labelled('Email', { type: 'email' }), labelled('Card #', { type: 'tel', maxLength: 16 })]);
    expect(fields[1]!.category).not.toBe('phone');
  });
});
