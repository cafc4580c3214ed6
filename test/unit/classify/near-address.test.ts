// What sits near an address but is no part of it (issue 19: address, with the near-misses beside
// it): a note or code for the courier, a safe place, a saved address's nickname, a parcel-locker
// choice, named in the page's language (the lexicons' `unknown` words), and the context rule
// note-for-courier: a label naming such a note outranks the address words of its hint and its attributes.
import { describe, expect, it } from 'vitest';
import { classifyFields, labelled } from './factory.ts';

/** A heading naming the delivery address, in each language: it lends its address to any box whose own words say nothing. */
const HEADING: Record<string, string> = {
  en: 'Delivery address',
  de: 'Lieferadresse',
  es: 'Dirección de envío',
  pt: 'Endereço de entrega',
  fr: 'Adresse de livraison',
  it: 'Indirizzo di consegna',
  nl: 'Bezorgadres',
  pl: 'Adres dostawy',
  ru: 'Адрес доставки',
  tr: 'Teslimat adresi',
  id: 'Alamat pengiriman',
  ar: 'عنوان الشحن',
  zh: '收货地址',
  ko: '배송지 주소',
};

/** The probed box after a street, a city and a postcode (named by their attributes), under the address heading. */
const inAddressBlock = (lang: string, caption: string) => {
  const heading = HEADING[lang]!;
  const boxes = [labelled('', { name: 'street', heading }), labelled('', { name: 'city', heading }), labelled('', { name: 'postcode', heading }), labelled(caption, { name: 'f4', heading })];
  return classifyFields(boxes, { heading }, { lang }).at(-1)!.fieldType;
};

const NOTES = [
  ['en', 'Delivery instructions'],
  ['en', 'Gate code'],
  ['en', 'Note for the courier'],
  ['en', 'Shipping method'],
  ['de', 'Wunschablageort'],
  ['de', 'Hinweis für den Zusteller'],
  ['es', 'Instrucciones de entrega'],
  ['es', 'Nombre de la dirección'],
  ['pt', 'Instruções de entrega'],
  ['fr', 'Digicode'],
  ['fr', 'Donnez un nom à cette adresse'],
  ['it', 'Istruzioni per il corriere'],
  ['nl', 'Bezorginstructies'],
  ['pl', 'Uwagi dla kuriera'],
  ['pl', 'Wybierz paczkomat'],
  ['ru', 'Код домофона'],
  ['ru', 'Комментарий курьеру'],
  ['tr', 'Adres başlığı'],
  ['tr', 'Kurye notu'],
  ['id', 'Catatan untuk kurir'],
  ['id', 'Label alamat'],
  ['ar', 'ملاحظات للمندوب'],
  ['zh', '订单备注'],
  ['ko', '배송지명'],
  ['ko', '공동현관 출입번호'],
] as const;

describe('near the address but no part of it', () => {
  for (const [lang, caption] of NOTES) {
    it(`${lang} "${caption}" under the address's heading is no address part`, () => {
      expect(inAddressBlock(lang, caption)).toBe('unknown');
    });
  }
});

describe('context rule note-for-courier', () => {
  const last = (lang: string, caption: string, hint: string, id: string) =>
    classifyFields([labelled('Name', { name: 'name' }), labelled('', { name: 'address' }), labelled('', { name: 'city' }), labelled('', { name: 'zip' }), labelled(caption, { placeholder: hint, id, name: 'note' })], {}, { lang }).at(-1)!.fieldType;

  it('a courier note whose hint mentions a landmark takes no address part', () => {
    expect(last('id', 'Catatan untuk Kurir (Opsional)', 'Warna rumah, patokan, pesan khusus', 'patokan')).toBe('unknown');
  });

  it('a note whose label names the address it is about takes no address part either', () => {
    expect(last('es', 'Indicaciones adicionales de esta dirección', 'Puntos de referencia', 'referencias')).toBe('unknown');
  });

  it('a landmark box labelled as such stays an address line', () => {
    expect(last('en', 'Landmark', 'Near the church', 'landmark')).toBe('address-line2');
  });
});
