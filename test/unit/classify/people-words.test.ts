// The general causes behind the people-fields pages' misses (people-fields.test.ts), each checked on
// a small form of its own: a profile's name beside the real name, alternate names, the name on a
// doorbell, names of things (a baby not yet named, a registry, a boat, a pet asked "come si chiama"),
// words that sit inside other words' phrases (a dance floor, Italian "il"), and the organization and
// reference words of B2B trials, store sign-ups and pet insurance.
import { describe, expect, it } from 'vitest';
import { analysePage as analyse, classify, fieldsOf, inSignup } from './probe-page.ts';

describe('a profile name beside the real name (rule profile-name)', () => {
  it('en: "Profile Name" with a separate "Real Name" is the alias', () => {
    const [profile, real] = classify('en', [{ caption: 'Profile Name', name: 'personaName' }, { caption: 'Real Name', name: 'real_name' }, { caption: 'Summary', name: 'summary' }], 'Save');
    expect(profile!.fieldType).toBe('username');
    expect(real!.fieldType).toBe('name');
  });
  it('en: a "Profile name" with no other name box stays the person\'s name (sites that show real names)', () => {
    expect(classify('en', [{ caption: 'Profile name', name: 'profile_name' }, { caption: 'Email', name: 'email', type: 'email' }, { caption: 'Password', name: 'password', type: 'password' }], 'Sign up')[0]!.category).toBe('name');
  });
});

describe('names that are no person\'s name, and a person\'s name written unusually', () => {
  it('de and en: an alternate name (Moodle) is the alias', () => {
    expect(inSignup('de', 'Alternativer Name').fieldType).toBe('username');
    expect(inSignup('en', 'Alternate name').fieldType).toBe('username');
  });
  it('de: the name on the doorbell is a name, though its box is named for the billing address', () => {
    const box = (id: string, name: string, caption: string) => `<p><label for="${id}">${caption}</label><input id="${id}" name="billingAddress[${name}]"></p>`;
    const doorbell = box('billingAddressDoorbell', 'customFields][klingelschild', 'Name auf dem Klingelschild (falls abweichend)');
    const form = `<form><h3>Ihre Adresse</h3>${box('street', 'street', 'Straße und Hausnummer')}${box('zipcode', 'zipcode', 'PLZ')}${box('city', 'city', 'Ort')}${doorbell}<button>Weiter</button></form>`;
    expect(fieldsOf('de', form)[3]!.category).toBe('name');
  });
  it('tr: "Gerçek adınız" (your real name) is the whole name', () => expect(inSignup('tr', 'Gerçek adınız').fieldType).toBe('name'));
  it("tr: a boat's name is no person's name", () => expect(inSignup('tr', 'Teknenizin adı').category).not.toBe('name'));
  it("en: a baby's name before birth and a registry's title are no person's name", () => {
    expect(inSignup('en', "Baby's name, if you've picked one").category).not.toBe('name');
    expect(inSignup('en', 'Registry title').category).not.toBe('name');
    expect(inSignup('en', 'Is this your first baby?', { options: ['Yes', 'No'] }).category).not.toBe('name');
  });
});

describe('words inside other phrases', () => {
  it('en: a dance floor is no floor of an address', () => expect(inSignup('en', 'What song will get you on the dance floor?').category).not.toBe('address'));
  it('it: the article "il" is no Turkish province ("Come si chiama il tuo animale?")', () => expect(inSignup('it', 'Come si chiama il tuo animale?').category).not.toBe('address'));
  it('attribute "custom_title" (a forum title under the user name) is no salutation', () => {
    const boxes = [{ caption: 'Özel başlık', name: 'user[custom_title]' }, { caption: 'Web sitesi', name: 'profile[website]', type: 'url' }, { caption: 'Gerçek adınız', name: 'custom_fields[gercek_ad]' }, { caption: 'Meslek', name: 'custom_fields[meslek]' }];
    expect(classify('tr', boxes, 'Kaydet')[0]!.fieldType).not.toBe('honorific-prefix');
  });
});

describe('organization and reference words', () => {
  it('zh: a company\'s size and a team space\'s name', () => {
    expect(inSignup('zh', '企业规模', { options: ['1-20人', '21-100人'] }).fieldType).toBe('company-size');
    expect(inSignup('zh', '团队空间名称', { name: 'spaceName' }).fieldType).toBe('account-name');
  });
  it("ar: a store's line of business is its industry", () => expect(inSignup('ar', 'نشاط المتجر', { options: ['أزياء', 'إلكترونيات'] }).fieldType).toBe('industry'));
  it("it and en: a pet's microchip number is a reference number", () => {
    expect(inSignup('it', 'Numero di microchip').fieldType).toBe('reference-number');
    expect(inSignup('en', 'Microchip number').fieldType).toBe('reference-number');
  });
});

describe('text written on a gift, a card or an engraving is no name, card or address (batch 2)', () => {
  const inGift = (lang: string, caption: string, heading = '', type = 'text') =>
    fieldsOf(lang, `<form>${heading ? `<h3>${heading}</h3>` : ''}<p><label for="to">${lang === 'en' ? 'Recipient name' : 'Name'}</label><input id="to" name="to"></p><p><label for="probe">${caption}</label>${type === 'textarea' ? '<textarea id="probe" name="probe"></textarea>' : `<input id="probe" name="probe" type="${type}">`}</p><button>Add</button></form>`)[1]!;
  it('en: a gift note handwritten on a card is no card number', () => expect(inGift('en', "Gift note (we'll handwrite it on a card)", '', 'textarea').category).not.toBe('payment'));
  it('de: an engraving line whose example is a name is the engraving', () => expect(inGift('de', 'Gravur Zeile 1 (z. B. Name des Beschenkten)').fieldType).toBe('unknown'));
  it('es: the name or word to engrave is no person\'s name', () => expect(inGift('es', 'Nombre o palabra a grabar (máx. 10 letras)', '', 'textarea').category).not.toBe('name'));
  it('tr: a gift note written on the card is no card number', () => expect(inGift('tr', 'Hediye notu (karta yazılacak)', '', 'textarea').category).not.toBe('payment'));
  it('pt: the message for a gift card is no card number', () => expect(inGift('pt', 'Mensagem para o cartão de oferta', '', 'textarea').category).not.toBe('payment'));
  it('ko: a gift message with a birthday wish is no birth date', () => {
    const [, msg] = fieldsOf('ko', '<form><p><label for="a">받는 분 이름</label><input id="a" name="a"></p><p><label for="m">선물 메시지</label><textarea id="m" name="m" placeholder="생일 축하해!"></textarea></p><button>구매하기</button></form>');
    expect(msg!.category).not.toBe('date-of-birth');
  });
  it('nl: "Opmerkingen" under an address heading is no address', () => expect(inGift('nl', 'Opmerkingen', 'Factuuradres', 'textarea').category).not.toBe('address'));
});

describe('dates, senders and false friends (batch 2)', () => {
  it('de, ko and en: a wedding date and a sending date are no birth date', () => {
    expect(inSignup('de', 'Hochzeitsdatum (falls schon bekannt)', { type: 'date' }).fieldType).toBe('other-date');
    expect(inSignup('ko', '발송일', { type: 'date' }).fieldType).toBe('other-date');
    expect(inSignup('en', 'Send on', { type: 'date' }).fieldType).toBe('other-date');
  });
  it('pl: "Od kogo" (from whom, signed on the voucher) is the sender\'s name', () => expect(inSignup('pl', 'Od kogo (podpis na bonie)').category).toBe('name'));
  it('ja: 区分 (a category) is no ward', () => expect(inSignup('ja', 'ゲスト区分', { options: ['新郎側ゲスト', '新婦側ゲスト'] }).category).not.toBe('address'));
  it("vi: a tax code beside 'Xuất hóa đơn công ty' (a company invoice) is the company's", () => {
    const box = (id: string, caption: string) => `<p><label for="${id}">${caption}</label><input id="${id}" name="attributes[${id}]"></p>`;
    const form = `<form>${box('name', 'Họ và tên')}<label><input type="checkbox" name="export_invoice"> Xuất hóa đơn công ty</label>${box('company_name', 'Tên công ty')}${box('tax_code', 'Mã số thuế')}<button>Tiếp tục</button></form>`;
    expect(fieldsOf('vi', form)[3]!.fieldType).toBe('vat-number');
  });
});

describe('a sign-in name captioned as the email address, on a shop (batch 3)', () => {
  const shopHeading = (lang: string) => (lang === 'ja' ? '公式通販' : 'Интернет-магазин: купить кисти');
  const login = (caption: string, type: string, lang: string) =>
    analyse(lang, `<h1>${shopHeading(lang)}</h1><form><p><label for="u">${caption}</label><input id="u" name="USER_LOGIN" type="${type}"></p><p><label for="p">Password</label><input id="p" name="USER_PASSWORD" type="password"></p><button>Войти</button></form>`).forms[0]!.fields[0]!;
  it('ru: "Логин (e-mail)" on a shop\'s page is the email address', () => expect(login('Логин (e-mail)', 'text', 'ru').fieldType).toBe('email'));
  it('ja: "ログインID（メールアドレス）" on a mail-order shop\'s page (通販) is the email address', () => expect(login('ログインID（メールアドレス）', 'email', 'ja').fieldType).toBe('email'));
  it('en: "Email or username" on a shop stays the sign-in identifier', () => {
    const f = analyse('en', '<h1>Checkout</h1><form><p><label for="u">Email or username</label><input id="u" name="login" type="text"></p><p><label for="p">Password</label><input id="p" name="password" type="password"></p><button>Log in</button></form>').forms[0]!.fields[0]!;
    expect(f.fieldType).toBe('username');
  });
});

describe('names and positions (batch 3)', () => {
  it('ar: the name in English as on the certificate is a name, not a language', () => expect(inSignup('ar', 'الاسم باللغة الإنجليزية (كما سيظهر في الشهادة)').category).toBe('name'));
  it('fr: a research laboratory beside the institution is the department', () => {
    const [, lab] = classify('fr', [{ caption: 'Organisme / Institution', name: 'organism' }, { caption: 'Laboratoire / Service', name: 'lab' }, { caption: 'Courriel', name: 'email', type: 'email' }], 'Créer le compte');
    expect(lab!.fieldType).toBe('organization-title');
  });
});

describe('attribute words', () => {
  it('a message box whose id names its recipient ("Recipient-message") is the message, no name', () => {
    const form = '<form><p><label for="Recipient-email">Recipient email</label><input id="Recipient-email" type="email" name="properties[Recipient email]"></p><p><textarea id="Recipient-message" name="properties[Message]" placeholder="Message (optional)"></textarea></p><button>Add to cart</button></form>';
    expect(fieldsOf('en', form)[1]!.category).not.toBe('name');
  });
});
