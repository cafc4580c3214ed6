// Context rule address-and-names: a street box is the first line of its address when a second line
// or a house number box goes with it (WooCommerce "Street address" + "Apartment, suite…", Magento
// street[0]/street[1], "Straße" + "Hausnummer", Shopware's "Adresszusatz" after postcode and city);
// a lone address box stays the whole street address.
import { describe, expect, it } from 'vitest';
import { classifyFields, labelled } from './factory.ts';

const types = (captions: string[], lang = 'en') => classifyFields(captions.map((c) => labelled(c)), {}, { lang }).map((f) => f.fieldType);

describe('address lines', () => {
  it('a street box followed by a second line is the first line', () => {
    expect(types(['Street address', 'Apartment, suite, unit, etc.', 'Town / City', 'Postcode'])).toEqual(['address-line1', 'address-line2', 'address-level2', 'postal-code']);
  });

  it('a street box beside a house number box is the first line', () => {
    expect(types(['Straße', 'Hausnummer', 'PLZ', 'Ort'], 'de').slice(0, 2)).toEqual(['address-line1', 'address-housenumber']);
  });

  it('a second line further on, after the postcode and city, still makes the street box the first line', () => {
    expect(types(['Straße und Hausnummer', 'PLZ', 'Ort', 'Adresszusatz'], 'de')[0]).toBe('address-line1');
  });

  it('a lone address box stays the whole street address', () => {
    expect(types(['Address', 'City', 'Postcode'])[0]).toBe('street-address');
    // A second address block of the same form does not lend the first its lines.
    expect(types(['Address', 'City', 'Postcode', 'Shipping address', 'Apartment'])[0]).toBe('street-address');
  });
});
