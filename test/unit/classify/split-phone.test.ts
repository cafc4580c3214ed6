// The `split-phone` context rule: short phone boxes in a row under one name with a running number
// (hp1, hp2, hp3; tel1, tel2, tel3) are one number's parts: the first its area (or mobile) code, the
// others its local part. Two whole phones in a row stay phones.
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './probe-page.ts';

const types = (lang: string, body: string) => fieldsOf(lang, body).map((f) => f.fieldType);

describe('a phone number split into boxes', () => {
  it('ko: a list of mobile prefixes and two 4-digit boxes (hp1, hp2, hp3) under 연락처', () => {
    const form = `<form><table><tr><th>담당자명</th><td><input name="mgr_nm" title="담당자명"></td></tr><tr><th>연락처</th><td><select name="hp1" title="휴대폰 앞자리"><option>010</option><option>011</option></select> - <input name="hp2" maxlength="4" title="휴대폰 가운데자리"> - <input name="hp3" maxlength="4" title="휴대폰 끝자리"></td></tr></table><button>문의하기</button></form>`;
    expect(types('ko', form).slice(1)).toEqual(['tel-area-code', 'tel-local', 'tel-local']);
  });
  it('ja: three short boxes tel1, tel2, tel3 under 電話番号', () => {
    const form = `<form><p><label for="n">お名前</label><input id="n" name="name"></p><p><label for="t">電話番号</label><input id="t" name="tel1" type="tel" maxlength="5"> - <input name="tel2" type="tel" maxlength="4"> - <input name="tel3" type="tel" maxlength="4"></p><button>送信</button></form>`;
    expect(types('ja', form).slice(1)).toEqual(['tel-area-code', 'tel-local', 'tel-local']);
  });
  it('en: two whole phones (phone1, phone2) with no length limit stay phones', () => {
    const form = `<form><p><label for="a">Phone 1</label><input id="a" name="phone1" type="tel"></p><p><label for="b">Phone 2</label><input id="b" name="phone2" type="tel"></p><button>Save</button></form>`;
    expect(types('en', form)).toEqual(['tel', 'tel']);
  });
});
