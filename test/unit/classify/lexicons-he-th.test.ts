// Hebrew and Thai lexicons: the captions Israeli and Thai checkouts print, on pages whose attribute
// names say nothing (name="f2"), read as their category. Without these lexicons all of them read as
// nothing but the ID numbers national-numbers.ts names (test/fixtures/checkouts-east:
// checkout-react-he.html, checkout-custom-th.html).
import { describe, expect, it } from 'vitest';
import { classify } from './probe-page.ts';

type Row = readonly [caption: string, type: string];

function checkout(lang: string, rows: readonly Row[], button: string): void {
  const fields = classify(lang, rows.map(([caption]) => ({ caption })), button);
  rows.forEach(([caption, type], i) => {
    it(`${lang}: "${caption}" is ${type}`, () => {
      expect(fields[i]!.fieldType, fields[i]!.evidence.join('; ')).toBe(type);
    });
  });
}

describe('Hebrew checkout captions', () => {
  checkout(
    'he',
    [
      ['שם מלא', 'name'],
      ['טלפון נייד', 'tel'],
      ['דואר אלקטרוני', 'email'],
      ['תעודת זהות', 'national-id'],
      ['עיר', 'address-level2'],
      // A street box with a house-number box after it holds the address's first line (rule address-and-names).
      ['רחוב', 'address-line1'],
      ['מספר בית', 'address-housenumber'],
      ['מיקוד', 'postal-code'],
      ['מספר כרטיס אשראי', 'cc-number'],
      ['תוקף', 'cc-exp'],
      ['שם בעל הכרטיס', 'cc-name'],
      ['תאריך לידה', 'bday'],
      ['שם החברה', 'organization'],
    ],
    'לתשלום',
  );
});

describe('Thai checkout captions', () => {
  checkout(
    'th',
    [
      ['ชื่อ-นามสกุล', 'name'],
      ['เบอร์โทรศัพท์มือถือ', 'tel'],
      ['อีเมล', 'email'],
      ['ตำบล / แขวง', 'address-level3'],
      ['อำเภอ / เขต', 'address-level2'],
      ['จังหวัด', 'address-level1'],
      ['รหัสไปรษณีย์', 'postal-code'],
      ['ชื่อบริษัท', 'organization'],
      ['หมายเลขบัตรประชาชน', 'national-id'],
      ['วันเกิด', 'bday'],
    ],
    'ยืนยันการสั่งซื้อ',
  );
});

describe('Hebrew and Thai option lists', () => {
  const lists: [string, string[], string][] = [
    ['th', ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'], 'date-of-birth'],
    ['he', ['ינואר', 'פברואר', 'מרץ', 'אפריל', 'מאי', 'יוני', 'יולי', 'אוגוסט', 'ספטמבר', 'אוקטובר', 'נובמבר', 'דצמבר'], 'date-of-birth'],
    ['th', ['ไทย', 'ญี่ปุ่น', 'จีน', 'สิงคโปร์', 'มาเลเซีย'], 'address'],
    ['he', ['ישראל', 'ארצות הברית', 'צרפת', 'גרמניה'], 'address'],
  ];
  for (const [lang, options, category] of lists) {
    it(`${lang}: a list of ${options[0]}, ${options[1]}… with no caption is ${category}`, () => {
      const fields = classify(lang, [{ caption: '', name: 'a1' }, { caption: '', options }], 'OK');
      expect(fields[1]!.category).toBe(category);
    });
  }
});

describe('names of things in Hebrew and Thai are no person’s name (name-of-thing)', () => {
  const cases: [string, string, string][] = [
    ['he', 'שם הפרויקט', 'other'],
    ['he', 'שם הכלב שלך', 'other'],
    ['he', 'שם הבנק', 'other'],
    ['he', 'שם מלא', 'name'],
    ['th', 'ชื่อโปรเจกต์', 'other'],
    ['th', 'ชื่อสุนัขของคุณ', 'other'],
    ['th', 'ชื่อธนาคาร', 'other'],
    ['th', 'ชื่อ-นามสกุล', 'name'],
  ];
  for (const [lang, caption, category] of cases) {
    it(`${lang}: "${caption}" is ${category}`, () => {
      const f = classify(lang, [{ caption: 'Email', name: 'email', type: 'email' }, { caption }], 'OK')[1]!;
      expect(f.category, f.evidence.join('; ')).toBe(category);
    });
  }
});
