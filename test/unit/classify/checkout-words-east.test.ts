// Words that checkout and account pages of shops in Central and Eastern Europe, the Middle East,
// Africa and Asia use for their fields (found by test/fixtures/checkouts-east): each case read
// otherwise before its words were added to the lexicons.
import { describe, expect, it } from 'vitest';
import { classifyPage } from '../../../src/core/classify/index.ts';
import { field, form, labelled, page, select } from './factory.ts';

type F = ReturnType<typeof field>;
const person = (): F[] => [labelled('First name'), labelled('Last name'), labelled('Email', { type: 'email' }), labelled('Street address'), labelled('City')];
/** The classified field at `i` of one form on a page in `lang`. */
const read = (fields: F[], i: number, lang: string) => classifyPage(page([form(fields)], { lang })).forms[0]!.fields[i]!;
const radios = (name: string, options: string[], caption = ''): F[] =>
  options.map((o) => field({ type: 'radio', tag: 'input', name, labels: [o], ...(caption ? { legend: caption } : {}) }));

describe('organizations’ numbers named as the shops of these countries name them', () => {
  const cases: [string, string, string, string][] = [
    // lang, caption, name attribute, expected type
    ['id', 'NIB (Nomor Induk Berusaha)', 'nib', 'company-registration-number'],
    ['id', 'NPWP Badan Usaha', 'npwp_usaha', 'vat-number'],
    ['hr', 'OIB tvrtke', 'billing_oib', 'vat-number'],
    ['ar', 'رقم البطاقة الضريبية', 'taxvat', 'vat-number'],
    ['he', 'ח.פ. / ע.מ. לחשבונית', 'billing_company_id', 'vat-number'],
    ['en', 'SSM Registration No.', 'ssm_no', 'company-registration-number'],
    ['en', 'SST Registration No.', 'sst_no', 'vat-number'],
  ];
  for (const [lang, caption, name, type] of cases) {
    it(`${lang}: "${caption}" on a person's checkout is ${type}`, () => {
      expect(read([...person(), labelled(caption, { name })], 5, lang).fieldType).toBe(type);
    });
  }
});

describe('people’s numbers and names', () => {
  it('en: "SA ID or passport number" is the South African ID number first', () => {
    expect(read([...person(), labelled('SA ID or passport number', { name: 'billing_id_number' })], 5, 'en').fieldType).toBe('national-id');
  });
  it('ko: 개인통관고유부호, the personal customs code Korea issues in place of the resident number, is a person’s identity number', () => {
    expect(read([labelled('받으실분'), labelled('휴대폰 번호'), labelled('개인통관고유부호', { name: 'customsNumber', placeholder: 'P로 시작하는 13자리' })], 2, 'ko').category).toBe('government-id');
  });
  it('ja: the katakana reading of a name in two boxes, セイ and メイ, is the family and the given name', () => {
    const fields = [field({ nearbyText: '姓', name: 'ORDER_NAME1' }), field({ nearbyText: '名', name: 'ORDER_NAME2' }), field({ nearbyText: 'セイ', name: 'ORDER_KANA1' }), field({ nearbyText: 'メイ', name: 'ORDER_KANA2' }), labelled('メインのメールアドレス', { name: 'ORDER_EMAIL' })];
    expect([2, 3, 4].map((i) => read(fields, i, 'ja').fieldType)).toEqual(['family-name', 'given-name', 'email']);
  });
  it('bg: МОЛ, the person answerable for a company on its invoices, is a person’s name', () => {
    const fields = [labelled('Име на фирмата'), labelled('ЕИК / Булстат'), labelled('МОЛ', { name: 'invoice_mol', placeholder: 'Материално отговорно лице' })];
    expect(read(fields, 2, 'bg').category).toBe('name');
  });
  it('hr: "Ime za prikaz" (display name) is the account’s alias, no person’s name', () => {
    expect(read([labelled('Ime'), labelled('Prezime'), labelled('Ime za prikaz', { name: 'account_display_name' }), labelled('E-mail adresa', { type: 'email' })], 2, 'hr').category).toBe('credentials');
  });
});

describe('payment and preferences', () => {
  it('ru (Kazakhstan): ИИК is the account’s IBAN', () => {
    expect(read([labelled('Наименование организации'), labelled('БИН'), labelled('ИИК (банковский счёт)', { name: 'iik' })], 2, 'ru').fieldType).toBe('iban');
  });
  it('a "payment mode" or "pay system" radio group is the payment method', () => {
    const inr = radios('payment_mode', ['UPI', 'Credit / Debit card', 'Cash on Delivery']);
    expect(read([...person(), ...inr], 5, 'en').fieldType).toBe('payment-method');
    const bitrix = radios('PAY_SYSTEM_ID', ['Счёт для юридических лиц', 'Банковской картой онлайн']);
    expect(read([...person(), ...bitrix], 5, 'ru').fieldType).toBe('payment-method');
  });
  it('tr: "Kampanyalardan … haberdar olmak istiyorum" is a marketing opt-in, under a corporate heading too', () => {
    const box = field({ type: 'checkbox', name: 'member[allowedToCampaigns]', labels: ['Kampanyalardan e-posta ve SMS ile haberdar olmak istiyorum.'], heading: 'Kurumsal Üyelik' });
    expect(read([labelled('Adınız'), labelled('E-Posta Adresiniz', { type: 'email' }), box], 2, 'tr').fieldType).toBe('marketing-opt-in');
  });
  it('zh: 抬头类型 (个人 / 单位) is whether the invoice is a person’s or a company’s', () => {
    const fields = [labelled('收货人'), select('抬头类型', ['个人', '单位'], { name: 'title_type' })];
    expect(read(fields, 1, 'zh').fieldType).toBe('account-type');
  });
});

describe('choices and captions of these platforms', () => {
  it('radio buttons that are all salutations ask for the salutation, whatever the platform named them', () => {
    // PrestaShop names the group id_gender; its options are "Pán / Pani", "Mr / Mrs".
    for (const [lang, options] of [['sk', ['Pán', 'Pani']], ['en', ['Mr', 'Mrs']], ['de', ['Herr', 'Frau']]] as const) {
      const fields = [...radios('id_gender', [...options]), labelled('First name'), labelled('Last name')];
      expect(read(fields, 0, lang).fieldType, options.join('/')).toBe('honorific-prefix');
    }
    // Genders stay genders.
    expect(read([...radios('id_gender', ['Male', 'Female']), labelled('First name')], 0, 'en').fieldType).toBe('sex');
  });
  it('zh: radio buttons 个人 / 单位 are whether a person or an organization is invoiced', () => {
    expect(read([labelled('收货人'), ...radios('title_type', ['个人', '单位'])], 1, 'zh').fieldType).toBe('account-type');
  });
  it('cs: "IČ" is the company’s identification number, whatever the platform named the box', () => {
    const fields = [labelled('Název společnosti'), labelled('IČ', { name: 'companyId' }), labelled('DIČ', { name: 'vatId' })];
    expect(read(fields, 1, 'cs').fieldType).toBe('company-registration-number');
  });
  it('en: "Name as per PAN" asks for the name as printed on the PAN card', () => {
    const fields = [labelled('Name as per PAN', { name: 'name_as_per_pan' }), labelled('PAN', { name: 'pan' }), labelled('Date of birth', { type: 'date' })];
    expect(read(fields, 0, 'en').category).toBe('name');
    expect(read(fields, 1, 'en').fieldType).toBe('pan');
  });
  it('ru: 1C-Bitrix’s "Местоположение" is the city', () => {
    expect(read([labelled('Местоположение', { name: 'ORDER_PROP_6' }), labelled('Индекс'), labelled('Адрес доставки')], 0, 'ru').fieldType).toBe('address-level2');
  });
});
