// A list's first option is read as its caption ("Select your country"); on a page in one language, a
// first option that is a word only of another language is one of the list's values, not a caption:
// Korean carriers "SKT / KT / LG U+" are no Turkish "SKT" (son kullanma tarihi, a card's expiry).
import { describe, expect, it } from 'vitest';
import { classifyFields, labelled, select } from './factory.ts';

describe('a foreign word as the first option', () => {
  it('ko: a carrier list starting with "SKT" is no card expiry', () => {
    const fields = classifyFields([labelled('이름'), select('통신사', ['SKT', 'KT', 'LG U+', 'SKT 알뜰폰']), labelled('휴대폰번호', { type: 'tel' })], {}, { lang: 'ko' });
    expect(fields[1]!.category).not.toBe('payment');
  });

  it('tr: the same first option on a Turkish page still reads as the expiry caption', () => {
    const fields = classifyFields([labelled('Kart numarası'), select('', ['SKT', '01/26', '02/26', '03/26'])], {}, { lang: 'tr' });
    expect(fields[1]!.category).toBe('payment');
  });
});
