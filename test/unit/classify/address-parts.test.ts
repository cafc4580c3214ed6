// Address parts as each country's platforms name them (issue 19: address recall): the words of the
// lexicons for the parts that have a name of their own (a Saudi address's additional
// number, a Dubai Makani number, a Packstation's number, an Argentine partido, a Chinese 街道 list,
// Korea's 참고항목), and the context rules that tell a street's first line from the whole street:
// lone-first-line (a box named "address 1" with no other line in its address) and address-and-names
// (a house number asked before the street, as the Dutch postcode lookup does).
import { describe, expect, it } from 'vitest';
import { classifyFields, labelled, select } from './factory.ts';
import { fieldsOf } from './probe-page.ts';

const types = (lang: string, boxes: Parameters<typeof classifyFields>[0]) => classifyFields(boxes, {}, { lang }).map((f) => f.fieldType);

describe('address parts with names of their own', () => {
  it("a Saudi address's additional number completes its postcode, like ZIP+4", () => {
    const t = types('ar', [labelled('الشارع'), labelled('رقم المبنى'), labelled('الرقم الإضافي', { name: 'additional_number' }), labelled('الرمز البريدي')]);
    expect(t[2]).toBe('postal-code');
  });

  it('a Makani number stands for a Dubai address', () => {
    expect(types('en', [labelled('Street'), labelled('Building / Villa name'), labelled('Makani number (optional)', { name: 'makani' })])[2]).toBe('postal-code');
  });

  it("a Packstation's number is the house number of its address", () => {
    expect(types('de', [labelled('Straße', { name: 'street' }), labelled('Packstation-Nr.', { name: 'packstationNumber' }), labelled('PLZ'), labelled('Ort')])[1]).toBe('address-housenumber');
  });

  it('an Argentine partido is the level of the municipality', () => {
    expect(types('es', [labelled('Calle'), labelled('Número'), labelled('Localidad'), labelled('Partido', { name: 'partido' }), select('Provincia', ['Buenos Aires', 'Córdoba'])])[3]).toBe('address-level2');
  });

  it('a list of 街道 in the cascade after the district is a sub-district, not the street', () => {
    const f = fieldsOf('zh-CN', '<form><select name="p"><option value="">请选择省份</option><option>浙江省</option></select><select name="c"><option value="">请选择城市</option></select><select name="d"><option value="">请选择区/县</option></select><select name="s"><option value="">请选择街道</option></select><label for="x">详细地址</label><textarea id="x" name="x"></textarea></form>');
    expect(f[3]?.fieldType).toBe('address-level3');
  });

  it("Taiwan's e-invoice mobile barcode carrier is a reference number, not a phone", () => {
    expect(types('zh', [labelled('收件人電話號碼'), labelled('手機條碼', { name: 'carrier' })])[1]).toBe('reference-number');
  });

  it("Korea's 참고항목 (dong and building name after the postcode lookup) is the third line", () => {
    expect(types('ko', [labelled('우편번호'), labelled('기본주소'), labelled('상세주소'), labelled('참고항목', { name: 'f4' })])[3]).toBe('address-line3');
  });
});

describe('context rule lone-first-line', () => {
  it('a box named address1 with province, district and ward after it and no second line is the whole street', () => {
    const t = types('vi', [labelled('', { name: 'billing_address[full_name]' }), labelled('', { name: 'billing_address[address1]' }), select('', ['Chọn tỉnh / thành', 'Hà Nội']), labelled('', { name: 'district' }), labelled('', { name: 'ward' })]);
    expect(t[1]).toBe('street-address');
  });

  it('with a second line it stays the first line', () => {
    const t = types('en', [labelled('', { name: 'address1' }), labelled('', { name: 'address2' }), labelled('', { name: 'city' }), labelled('', { name: 'zip' })]);
    expect(t.slice(0, 2)).toEqual(['address-line1', 'address-line2']);
  });
});

describe('context rule address-and-names: a house number or a second line asked before the street', () => {
  it('the street filled in after postcode, house number and addition is the first line', () => {
    const t = types('nl', [labelled('Postcode'), labelled('Huisnummer'), labelled('Toevoeging'), labelled('Straat'), labelled('Plaats')]);
    expect(t[3]).toBe('address-line1');
  });

  it('the street after "Unit / apartment" is the first line', () => {
    const t = types('en', [labelled('Full name'), labelled('Unit / apartment (optional)'), labelled('Street address'), labelled('Suburb'), labelled('Postcode')]);
    expect(t.slice(1, 3)).toEqual(['address-line2', 'address-line1']);
  });
});

describe('context rule split-number: a postcode split into boxes', () => {
  it("the captionless box after Japan's 〒 first three digits is the rest of the postcode", () => {
    const f = fieldsOf('ja', '<form><label for="p1">郵便番号</label><input id="p1" name="post1" maxlength="3">-<input name="post2" maxlength="4"><input type="button" value="住所検索"><label for="a">住所</label><input id="a" name="addr"></form>');
    expect(f.slice(0, 2).map((x) => x.fieldType)).toEqual(['postal-code', 'postal-code']);
  });
});

describe('words near the address', () => {
  it('a PO box asked in Russian is a line of the address', () => {
    expect(types('ru', [labelled('Почтовый индекс'), labelled('Город'), labelled('Почтовый ящик', { name: 'f3' })])[2]).toBe('address-line2');
  });

  it('a search box named search_str searches, it is no street', () => {
    const f = fieldsOf('ko', '<form action="/shop/search_result.php"><input type="text" name="search_str"><input type="image" src="/s.gif" alt="검색"></form>');
    expect(f[0]?.fieldType).toBe('search');
  });
});
