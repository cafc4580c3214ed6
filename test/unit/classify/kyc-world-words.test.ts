// Names of a person's national numbers and of an identity card's details in the countries of the
// kyc-world set (Ghana, Sri Lanka, Morocco, Bangladesh, Egypt, Vietnam), read from the caption alone
// (neutral attribute names), each beside the words that decide its neighbours.
import { describe, expect, it } from 'vitest';
import { classify } from './probe-page.ts';

const typeOf = (lang: string, caption: string, button = 'Continue') => classify(lang, [{ caption: 'Date of birth', type: 'date' }, { caption }], button)[1]!.fieldType;

describe('national numbers of the kyc-world countries', () => {
  const cases: [string, string, string][] = [
    ['en', 'Ghana Card Number (PIN)', 'national-id'],
    ['en', 'NIC number', 'national-id'],
    ['en', 'NIC No.', 'national-id'],
    ['fr', 'N° de CIN', 'national-id'],
    ['fr', 'Numéro de CIN', 'national-id'],
    ['bn', 'জাতীয় পরিচয়পত্র নম্বর', 'national-id'],
    ['ar', 'رقم المصنع (خلف البطاقة)', 'national-id'],
    ['bn', 'ব্যক্তিগত ই-টিআইএন', 'personal-tax-id'],
    ['bn', 'ট্রেড লাইসেন্স নম্বর', 'company-registration-number'],
    ['en', 'Trade license no', 'company-registration-number'],
  ];
  for (const [lang, caption, type] of cases) {
    it(`${lang}: "${caption}" is ${type}`, () => expect(typeOf(lang, caption)).toBe(type));
  }

  it('vi: the date and place a CCCD was issued (ngày cấp, nơi cấp) are the document\'s details', () => {
    const fields = classify('vi', [{ caption: 'Số CCCD' }, { caption: 'Ngày cấp' }, { caption: 'Nơi cấp' }], 'Tiếp tục');
    expect(fields.map((f) => f.fieldType)).toEqual(['national-id', 'document-details', 'document-details']);
  });

  const captions: [string, string, string][] = [
    ['pt-BR', 'Categoria da CNH', 'document-details'],
    ['ru', 'Кем выдано', 'document-details'],
    ['uk', 'Запис № (УНЗР)', 'national-id'],
    ['zh-TW', '發證地點', 'document-details'],
    ['zh-TW', '領補換類別', 'document-details'],
    ['es', 'Nombres y apellidos', 'name'],
    ['id', 'Tujuan investasi', 'intended-use'],
  ];
  for (const [lang, caption, type] of captions) {
    it(`${lang}: "${caption}" beside an identity number is ${type}`, () => {
      expect(classify(lang, [{ caption: 'ID number' }, { caption }], 'Continue')[1]!.fieldType).toBe(type);
    });
  }

  it('es-AR: a choice of "Persona humana" or "Persona jurídica" is the account type', () => {
    expect(classify('es-AR', [{ caption: 'Sos', options: ['Persona humana', 'Persona jurídica'] }, { caption: 'DNI' }], 'Continuar')[0]!.fieldType).toBe('account-type');
  });
});
