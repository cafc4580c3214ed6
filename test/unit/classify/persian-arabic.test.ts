// Persian and Arabic share a script, and Arabic-script keywords match anywhere: a word one lexicon
// lists must not carry the other language's meaning onto a page in that language ("شهر" is a city
// in Persian and a month in Arabic, "عنوان" a title in Persian and an address in Arabic).
import { describe, expect, it } from 'vitest';
import { classify, inCheckout } from './probe-page.ts';

const ARABIC_MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
const DAYS = Array.from({ length: 31 }, (_, i) => String(i + 1));
const YEARS = Array.from({ length: 80 }, (_, i) => String(2008 - i));

describe('Persian and Arabic words in one script', () => {
  it.each(['الشهر', 'شهر'])('an Arabic birth-month select captioned "%s" stays a month on an Arabic page', (caption) => {
    const fields = classify('ar', [{ caption: 'الاسم الأول' }, { caption: 'اليوم', options: DAYS }, { caption, options: ARABIC_MONTHS }, { caption: 'السنة', options: YEARS }], 'تسجيل');
    expect(fields[2]!.fieldType).toBe('bday-month');
  });

  it('"شهر" on a Persian page is the city', () => {
    expect(inCheckout('fa', 'شهر').fieldType).toBe('address-level2');
  });

  it('"عنوان" (a title) is no address on a Persian page, and stays one on an Arabic page', () => {
    expect(inCheckout('fa', 'عنوان').category).not.toBe('address');
    expect(inCheckout('ar', 'عنوان').category).toBe('address');
  });

  it('Persian typed with Arabic yeh and kaf reads the same', () => {
    expect(inCheckout('fa', 'كد پستي').fieldType).toBe('postal-code');
    expect(inCheckout('fa', 'کد پستی').fieldType).toBe('postal-code');
  });
});
