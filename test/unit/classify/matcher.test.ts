import { describe, expect, it } from 'vitest';
import { ATTRIBUTE_LEXICON, LANGUAGE_LEXICONS, NUMBER_NAMES_LEXICON } from '../../../src/core/classify/lexicons/index.ts';
import type { Keyword } from '../../../src/core/classify/lexicons/types.ts';
import { keywordStarts, Matcher } from '../../../src/core/classify/matcher.ts';
import { isUnspacedScript, normalizeText, splitIdentifier } from '../../../src/core/classify/normalize.ts';
import { CUES, type Term, TYPE_COUNT, TYPE_IDS, termCode } from '../../../src/core/classify/terms.ts';

const name = (code: number) => (code < TYPE_COUNT ? TYPE_IDS[code]! : CUES[code - TYPE_COUNT]!);

describe('normalizeText', () => {
  it.each([
    ['E-Mail-Adresse:', 'e mail adresse'],
    ['Straße & Hausnr.', 'strasse hausnr'],
    ['Prénom', 'prenom'],
    ['Código postal', 'codigo postal'],
    ['Ulica (numer domu)', 'ulica numer domu'],
    ['Doğum tarihi', 'dogum tarihi'],
    ['Фамилия', 'фамилия'],
    ['Ваш ім’я', 'ваш ім я'],
    ['ＥＭＡＩＬ', 'email'],
    ['メールアドレス', 'メールアドレス'],
    ['البريد الإلكتروني', 'البريد الالكتروني'],
    // Persian: the zero-width non-joiner separates ("ثبت‌نام" is "ثبت نام"), the Persian yeh and kaf
    // fold to the Arabic letters, "شمارۀ" (heh with yeh) and "شمارهٔ" (hamza above) to "شماره".
    ['ثبت\u200cنام', 'ثبت نام'],
    ['کد پستی', 'كد پستي'],
    ['كد پستي', 'كد پستي'],
    ['شمارۀ تلفن', 'شماره تلفن'],
    ['شمارهٔ تلفن', 'شماره تلفن'],
    ['  Phone   number  ', 'phone number'],
  ])('%s → %s', (raw, folded) => {
    expect(normalizeText(raw)).toBe(folded);
  });

  it('keeps Japanese voiced kana (カード is card, カート is cart)', () => {
    expect(normalizeText('カード')).not.toBe(normalizeText('カート'));
  });
});

describe('splitIdentifier', () => {
  it.each([
    ['billingFirstName', 'billing first name'],
    ['ZIPCode', 'zip code'],
    ['billing[address][zip]', 'billing address zip'],
    ['address_line_2', 'address line 2'],
    ['addr2', 'addr 2'],
    ['cc-exp-month', 'cc exp month'],
    ['ctl00$txtEmail', 'ctl 00 txt email'],
  ])('%s → %s', (raw, split) => {
    expect(splitIdentifier(raw)).toBe(split);
  });

  it('tells scripts without spaces from the rest', () => {
    expect(isUnspacedScript('郵便番号')).toBe(true);
    expect(isUnspacedScript('우편번호')).toBe(true);
    expect(isUnspacedScript('postal code')).toBe(false);
    expect(isUnspacedScript('почтовый индекс')).toBe(false);
  });
});

describe('Matcher', () => {
  const m = new Matcher([
    {
      lang: 'en',
      terms: {
        name: [['name', 0.7]],
        'given-name': ['first name'],
        tel: ['telefon*', '*nummer'],
        email: ['*mail*'],
        'postal-code': ['郵便番号'],
        'cue:payment': ['card'],
        'cc-number': ['card number'],
      },
    },
  ]);
  const hits = (text: string) => m.match(text).map((h) => `${name(h.code)}:${h.keyword}`);

  it('matches whole words, not parts of words', () => {
    expect(hits('First name')).toEqual(['given-name:first name']);
    expect(hits('Firstname')).toEqual([]);
    expect(hits('Nickname')).toEqual([]);
  });

  it('prefers the longest match over a shorter one inside it', () => {
    expect(hits('Your first name please')).toEqual(['given-name:first name']);
  });

  it('matches prefix, suffix and substring keywords', () => {
    expect(hits('Telefonnummer')).toContain('tel:telefon');
    expect(hits('Handynummer')).toEqual(['tel:nummer']);
    expect(hits('your emailaddress')).toEqual(['email:mail']);
  });

  it('matches CJK keywords inside running text', () => {
    expect(hits('〒郵便番号（必須）')).toEqual(['postal-code:郵便番号']);
  });

  it('keeps a cue word that sits inside a field-type phrase', () => {
    expect(hits('Card number').sort()).toEqual(['cc-number:card number', 'cue:payment:card']);
  });

  it('returns the same (memoised) result for the same text', () => {
    expect(m.match('First name')).toBe(m.match('First name'));
  });
});

describe('Matcher over the real lexicons (keywords filed by their first character as texts reach them)', () => {
  const lexicons = [...LANGUAGE_LEXICONS, NUMBER_NAMES_LEXICON, ATTRIBUTE_LEXICON];

  it('files every keyword under the character it starts with once normalised', () => {
    const misfiled = lexicons.flatMap((lex) => keywordStarts(lex).filter((k) => k.filed !== k.actual && !Number.isNaN(k.actual)));
    expect(misfiled).toEqual([]);
  });

  it('finds every keyword of every lexicon, written alone, in a fresh matcher whatever was read before', () => {
    // Two orders of reading: a fresh matcher per script would hide a keyword filed under the wrong character.
    const keywords = lexicons.flatMap((lex) =>
      (Object.entries(lex.terms) as [Term, readonly Keyword[]][]).flatMap(([term, list]) =>
        list.map((kw) => ({ term, text: (typeof kw === 'string' ? kw : kw[0]).replace(/^\*|\*$/g, '') })),
      ),
    );
    for (const order of [keywords, [...keywords].reverse()]) {
      const m = new Matcher(lexicons);
      const missed = order.filter(({ term, text }) => normalizeText(text) !== '' && !m.match(text).some((h) => h.code === termCode(term)));
      expect(missed).toEqual([]);
    }
  });
});
