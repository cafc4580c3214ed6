// Context rule split-number: a number asked in several short boxes under one caption (Korea's
// business number 3-2-5, an SSN 3-2-4) is that number in every box, not only in the captioned one.
import { describe, expect, it } from 'vitest';
import { classifyPage } from '../../../src/core/classify/index.ts';
import { field, form, labelled, page } from './factory.ts';

const part = (maxLength: number, partial: Parameters<typeof field>[0] = {}) => field({ maxLength, nearbyText: '-', ...partial });
const read = (fields: ReturnType<typeof field>[], lang = 'en') => classifyPage(page([form(fields)], { lang })).forms[0]!.fields;

describe('split-number', () => {
  it('ko: the 2nd and 3rd boxes of 사업자번호 are the business number too', () => {
    const fields = read([labelled('이름'), labelled('상호명'), part(3, { nearbyText: '사업자번호', name: 'bssn1' }), part(2, { name: 'bssn2' }), part(5, { name: 'bssn3' })], 'ko');
    expect(fields.slice(2).map((f) => f.fieldType)).toEqual(['vat-number', 'vat-number', 'vat-number']);
    expect(fields[3]!.evidence).toContain('next part of a number split into boxes');
  });

  it('en: an SSN in three boxes', () => {
    const fields = read([labelled('First name'), labelled('Last name'), part(3, { labels: ['Social Security Number'] }), part(2), part(4)]);
    expect(fields.slice(2).map((f) => f.category)).toEqual(['government-id', 'government-id', 'government-id']);
  });

  it('ko: the masked 7 digits after the birth date of 주민등록번호 are the resident number, not a password', () => {
    const fields = read([labelled('가입자명'), part(6, { labels: ['주민등록번호'] }), part(7, { type: 'password' }), field({ type: 'email', labels: ['이메일'] })], 'ko');
    expect(fields[2]!.fieldType).toBe('national-id');
    // A captioned password box stays a password.
    const pw = read([labelled('가입자명'), part(6, { labels: ['주민등록번호'] }), part(7, { type: 'password', labels: ['비밀번호'] })], 'ko');
    expect(pw[2]!.category).toBe('credentials');
  });

  it('a box with words of its own, or a long box, is no part', () => {
    const captioned = read([labelled('First name'), part(3, { labels: ['Social Security Number'] }), part(4, { labels: ['Apt'] })]);
    expect(captioned[2]!.category).toBe('address');
    const long = read([labelled('First name'), part(3, { labels: ['Social Security Number'] }), field({ maxLength: 40, nearbyText: '-' })]);
    expect(long[2]!.category).not.toBe('government-id');
  });
});
