// An order, ticket, invoice, parcel or membership number is no house number, card or ID: the bare
// "number" of "Order number" used to read as a house number and "Club card number" as a card.
import { describe, expect, it } from 'vitest';
import { classifyFields, labelled } from './factory.ts';

const read = (caption: string) => classifyFields([labelled('First name'), labelled('Last name'), labelled('Email', { type: 'email' }), labelled(caption)])[3]!;

describe('reference numbers', () => {
  const cases: [string, string][] = [
    ['en', 'Order number'],
    ['en', 'Tracking number'],
    ['en', 'Invoice number'],
    ['en', 'Policy number'],
    ['en', 'Serial number'],
    ['en', 'Frequent flyer number'],
    ['en', 'Club card number'],
    ['de', 'Bestellnummer'],
    ['fr', 'Numéro de commande'],
    ['es', 'Número de pedido'],
    ['it', 'Numero ordine'],
    ['pt', 'Número do pedido'],
    ['nl', 'Factuurnummer'],
    ['pl', 'Numer zamówienia'],
    ['ru', 'Номер заказа'],
    ['ja', '注文番号'],
    ['zh', '订单号'],
    ['ko', '주문번호'],
  ];
  for (const [lang, caption] of cases) {
    it(`${lang}: "${caption}" is a reference number, no KYC data`, () => {
      const f = read(caption);
      expect(f.fieldType).toBe('reference-number');
      expect(f.category).toBe('other');
    });
  }

  it('a house number and a card number keep their reading', () => {
    const [, house] = classifyFields([labelled('Street'), labelled('House number'), labelled('Postal code')]);
    expect(house!.category).toBe('address');
    expect(read('Card number').category).toBe('payment');
  });

  it("a customer's number is the sign-in identifier it is, in French, Spanish, Italian, Portuguese and Polish as in German", () => {
    for (const caption of ['Kundennummer', 'Numéro de client', 'Número de cliente', 'Numero cliente', 'Numer klienta']) expect(read(caption).fieldType, caption).toBe('username');
  });

  it('a health insurance or Medicare number is a government-issued number', () => {
    expect(read('Medicare number').category).toBe('government-id');
    expect(read('Health insurance number').category).toBe('government-id');
  });
});
