// The general causes behind the account pages' misses (account-pages.test.ts), each checked on a small
// page of its own: a profile picture captioned by its bare word, a rewards card's number, a bank
// account's holder, a marketplace's search placeholder; preference centres, direct-debit forms, and an
// address typed in a multi-line box.
import { describe, expect, it } from 'vitest';
import { fieldsOf as onPage, kindsOf as kindsOnPage } from './probe-page.ts';

const ACCOUNT = 'https://example.test/account';
/** The fields of a page made of `body` (forms inside it), in document order. */
const fieldsOf = (lang: string, body: string) => onPage(lang, body, ACCOUNT);
/** The kind of every form of a page made of `body`, in document order. */
const kindsOf = (lang: string, body: string, url = ACCOUNT) => kindsOnPage(lang, body, url);
const row = (id: string, caption: string, type = 'text', extra = '') => `<p><label for="${id}">${caption}</label><input id="${id}" name="f${id}" type="${type}"${extra}></p>`;

describe('a picture on a profile is an attachment, not an identity document', () => {
  it.each([
    ['it', 'Foto', 'Nome visualizzato'],
    ['ru', 'Фотография:', 'Имя'],
    ['vi', 'Chọn ảnh', 'Tên'],
    ['vi', 'Ảnh đại diện', 'Tên'],
  ])('%s: "%s"', (lang, caption, nameCaption) => {
    const [, picture] = fieldsOf(lang, `<form>${row('1', nameCaption)}${row('2', caption, 'file')}<button>OK</button></form>`);
    expect(picture!.fieldType).toBe('attachment');
  });
  it('ru: a passport photo is still an identity document', () => {
    const [, scan] = fieldsOf('ru', `<form>${row('1', 'Имя')}${row('2', 'Фото паспорта', 'file')}<button>OK</button></form>`);
    expect(scan!.fieldType).toBe('id-document-upload');
  });
});

describe("a rewards card's number is a membership number, not a payment card", () => {
  it('en: "Rewards card number"', () => {
    const [card] = fieldsOf('en', `<form><h1>Link a rewards card</h1>${row('1', 'Rewards card number', 'text', ' inputmode="numeric" maxlength="13"')}${row('2', 'Date of birth')}<button>Link card</button></form>`);
    expect(card!.fieldType).toBe('reference-number');
  });
});

describe("a bank account's holder is the account's name, as a card's holder is", () => {
  it.each([
    ['id', 'Nama Pemilik Rekening', 'Nomor Rekening'],
    ['ko', '예금주', '계좌번호'],
  ])('%s: "%s"', (lang, holder, number) => {
    const fields = fieldsOf(lang, `<form>${row('1', number)}${row('2', holder)}<button>OK</button></form>`);
    expect(fields[1]!.fieldType).toBe('cc-name');
  });
});

describe("a marketplace's search box says what it finds", () => {
  it('vi: "Tìm sản phẩm, thương hiệu, và tên shop" is a search, not a shop name', () => {
    const [box] = fieldsOf('vi', '<form action="/search"><input type="text" name="keyword" placeholder="Tìm sản phẩm, thương hiệu, và tên shop"><button>Tìm kiếm</button></form>');
    expect(box!.fieldType).toBe('search');
  });
});

describe('a preference centre of marketing opt-ins is about the newsletter, even inside the account', () => {
  const box = (name: string, caption: string) => `<label><input type="checkbox" name="${name}" value="1"> ${caption}</label>`;
  it('en: "Communication preferences"', () => {
    const kinds = kindsOf('en', `<main><h1>Communication preferences</h1><form>${box('m1', 'Email')}${box('m2', 'Text message')}${box('m3', 'App notifications')}<button>Save</button></form></main>`, 'https://example.test/my-account/preferences');
    expect(kinds).toEqual(['newsletter']);
  });
  it('fr: "Préférences de contact" … "Enregistrer mes préférences"', () => {
    const kinds = kindsOf('fr', `<section><h2>Préférences de contact</h2><form><p>Je souhaite recevoir les offres :</p>${box('o1', 'par e-mail')}${box('o2', 'par SMS')}<button>Enregistrer mes préférences</button></form></section>`, 'https://example.test/espace-client/preferences');
    expect(kinds).toEqual(['newsletter']);
  });
});

describe('a direct-debit mandate in the account is a payment method, as a saved card is', () => {
  it.each([
    ['fr', '<h1>Mes informations personnelles</h1><form><label for="t">Titulaire du compte</label><input id="t" name="t"><label for="i">IBAN</label><input id="i" name="i"><label for="b">BIC</label><input id="b" name="b"><label><input type="checkbox" name="m" value="1"> J’accepte le mandat de prélèvement SEPA</label><button>Modifier mon RIB</button></form>'],
    ['pt', '<form><h2>Débito direto</h2><label for="i">IBAN</label><input id="i" name="i"><label for="t">Titular da conta</label><input id="t" name="t"><button>Ativar débito direto</button></form>'],
    ['en', '<form><h2>Direct debit</h2><label for="h">Account holder</label><input id="h" name="h"><label for="i">IBAN</label><input id="i" name="i"><button>Save</button></form>'],
  ])('%s', (lang, body) => {
    expect(kindsOf(lang, body, 'https://example.test/espace-client/compte')).toEqual(['checkout']);
  });
});

describe('an address typed in a multi-line box is no message to the site', () => {
  it('zh: an address-book entry with 详细地址 in a textarea is a profile entry', () => {
    const body = `<form><h2>收货地址</h2>${row('1', '收货人：')}<p><label for="a">详细地址：</label><textarea id="a" name="address"></textarea></p>${row('2', '邮政编码：')}${row('3', '手机号码：')}<button>保存</button></form>`;
    const fields = fieldsOf('zh', body);
    expect(fields[1]!.category).toBe('address');
    expect(kindsOf('zh', body)).toEqual(['profile']);
  });
});

describe('"change" in the form\'s names or address is an account already made', () => {
  it('en: a new phone number and the current password, in a form named phone-change, is a profile change, not a login', () => {
    const body = '<main><h1>Change your mobile number</h1><form id="phone-change" action="/account/phone" method="post"><label for="p">New mobile number</label><input type="tel" id="p" name="p"><label for="w">Your password</label><input type="password" id="w" name="w"><button>Send verification code</button></form></main>';
    expect(kindsOf('en', body, 'https://example.test/account/phone')).toEqual(['profile']);
  });
});

describe('"I understand" on a checkbox is an acknowledgement, as "I agree" is', () => {
  it('en: "I understand that this cannot be undone"', () => {
    const fields = fieldsOf('en', `<form>${row('1', 'Enter your password', 'password')}<label><input type="checkbox" name="ack" value="1"> I understand that this cannot be undone</label><button>Delete my account</button></form>`);
    expect(fields[1]!.fieldType).toBe('consent');
  });
});

describe("a Saudi national address's building number is its house number", () => {
  it('ar: "رقم المبنى" beside the street', () => {
    const fields = fieldsOf('ar', `<form>${row('1', 'الحي')}${row('2', 'الشارع')}${row('3', 'رقم المبنى')}${row('4', 'الرمز البريدي')}<button>حفظ العنوان</button></form>`);
    expect(fields[2]!.fieldType).toBe('address-housenumber');
  });
});

describe("an issuing country in a form about an identity document is the document's", () => {
  const countries = '<option>México</option><option>Chile</option>';
  it('es: "País de emisión" named paisEmision beside a passport number', () => {
    const fields = fieldsOf('es', `<form>${row('1', 'Número de pasaporte')}<p><label for="c">País de emisión</label><select id="c" name="paisEmision">${countries}</select></p><button>Guardar</button></form>`);
    expect(fields[1]!.fieldType).toBe('document-details');
  });
  it('es: a plain "País" beside a name stays the country', () => {
    const fields = fieldsOf('es', `<form>${row('1', 'Nombre')}<p><label for="c">País</label><select id="c" name="pais">${countries}</select></p><button>Guardar</button></form>`);
    expect(fields[1]!.fieldType).toBe('country');
  });
});

describe("the form's only password box that says confirm asks for the current password", () => {
  it('en: "Enter your password to confirm" before deleting the account', () => {
    const fields = fieldsOf('en', `<form><label for="r">Why are you leaving?</label><select id="r" name="r"><option>Too expensive</option><option>Other</option></select>${row('1', 'Enter your password to confirm', 'password')}<button>Permanently delete my account</button></form>`);
    expect(fields[1]!.fieldType).toBe('current-password');
  });
  it('en: a second box "Confirm password" after "Password" is still the new password repeated', () => {
    const fields = fieldsOf('en', `<form>${row('0', 'Email', 'email')}${row('1', 'Password', 'password')}${row('2', 'Confirm password', 'password')}<button>Create account</button></form>`);
    expect(fields[2]!.fieldType).toBe('new-password');
  });
});

describe('a second email box with a caption of its own is another address, not the first typed again', () => {
  it('it: "PEC (posta elettronica certificata)" under "Email"', () => {
    const fields = fieldsOf('it', `<form><p><label for="e">Email</label><input type="email" id="e" name="email"></p><p><label for="p">PEC (posta elettronica certificata)</label><input type="email" id="p" name="pec"></p>${row('3', 'Cellulare', 'tel')}<button>Salva</button></form>`);
    expect(fields[1]!.fieldType).toBe('email');
  });
  it('en: an unlabeled second box under "Email" is still its repeat', () => {
    const fields = fieldsOf('en', `<form>${row('1', 'Email', 'email')}<p><input type="email" name="email2" placeholder="Email"></p>${row('3', 'Password', 'password')}<button>Create account</button></form>`);
    expect(fields[1]!.fieldType).toBe('email-confirm');
  });
});
