// Context rule whose-field: a person named beside a phone, an email, an address or an ID number says
// whose it is ("联系人手机", "Recipient phone", "Teléfono del destinatario"); the box asks for that.
import { describe, expect, it } from 'vitest';
import { CONTEXT_RULES } from '../../../src/core/classify/context.ts';
import { classifyFields, labelled } from './factory.ts';

const read = (caption: string) => classifyFields([labelled('Street'), labelled(caption)])[1]!;

describe('whose-field', () => {
  it('runs before the name-on-document rule, which keeps the name a caption asks for "as on" a document', () => {
    const ids = CONTEXT_RULES.map((r) => r.id);
    expect(ids.indexOf('whose-field')).toBeLessThan(ids.indexOf('name-on-document'));
  });

  const cases: [string, string, string][] = [
    ['en', 'Recipient phone number', 'phone'],
    ['en', 'Contact person email', 'email'],
    ['es', 'Teléfono del destinatario', 'phone'],
    ['zh', '联系人手机', 'phone'],
    ['zh', '收货人地址', 'address'],
    ['zh', '紧急联系人电话', 'phone'],
    ['zh', '法定代表人身份证号', 'government-id'],
    ['ko', '담당자 전화번호', 'phone'],
    ['ko', '담당자 직책', 'organization'],
    ['zh', '经办人职务', 'organization'],
    ['en', "Contact person's job title", 'organization'],
  ];
  for (const [lang, caption, category] of cases) {
    it(`${lang}: "${caption}" asks for the ${category}, not a name`, () => {
      expect(read(caption).category).toBe(category);
    });
  }

  it("a card's or account's holder says whose number or address it is, and stays the holder alone", () => {
    // The box's name repeats the holder ("cfIntestatario"): the caption's holder word says whose, the number is asked.
    const holders = (caption: string, name: string) => classifyFields([labelled('IBAN', { name: 'iban' }), labelled(caption, { name })])[1]!;
    expect(holders("Codice fiscale dell'intestatario del conto", 'cfIntestatario').category).toBe('government-id');
    expect(holders('Date of birth of the account holder', 'accountHolderDob').category).toBe('date-of-birth');
    expect(read('Intestatario del conto').category).toBe('payment');
  });

  it('keeps the name a caption asks for', () => {
    for (const caption of ['Recipient name', 'Contact name', 'Company contact name', '联系人姓名', 'Full name as on your passport', '姓名（与身份证一致）', 'ФИО (как в паспорте)']) {
      expect(read(caption).category, caption).toBe('name');
    }
  });
});
