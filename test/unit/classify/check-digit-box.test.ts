// The `check-digit-box` context rule: an HKID asked as "A123456 ( 7 )", a one-character box framed by
// brackets with no caption of its own right after the number's box, is the number's check digit.
import { describe, expect, it } from 'vitest';
import { CONTEXT_RULES } from '../../../src/core/classify/context.ts';
import { fieldsOf } from './probe-page.ts';

const hkid = (after: string, close = ')') =>
  `<form><p><label for="n">English name</label><input id="n" name="englishName"></p><p><label for="h">HKID number</label><input id="h" name="hkid" maxlength="8"> ${after}<input id="c" name="checkDigit" maxlength="1" size="1"> ${close}</p><p><label for="d">Date of birth</label><input id="d" name="dob" type="date"></p><button>Next</button></form>`;

describe('a one-character box in brackets after an identity number is its check digit', () => {
  it('is registered', () => {
    expect(CONTEXT_RULES.map((r) => r.id)).toContain('check-digit-box');
  });
  it('en: HKID "A123456 ( 7 )": the bracketed box is the number\'s', () => {
    expect(fieldsOf('en-HK', hkid('(')).map((f) => f.fieldType)).toEqual(['name', 'national-id', 'national-id', 'bday']);
  });
  it('leaves a one-character box alone that no bracket frames', () => {
    expect(fieldsOf('en-HK', hkid('', '')).at(2)!.fieldType).not.toBe('national-id');
  });
});
