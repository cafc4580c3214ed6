// The general causes behind the 2015–16 fixture pages' misses (fields-2015.test.ts), each checked on
// a small page of its own: words of another language in a heading, names of things, captcha, opt-in,
// organization and address words in the lexicons, and the first of two street lines.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src/cli/parse-html.ts';
import { classifyPage } from '../../../src/core/classify/index.ts';
import { extractPage } from '../../../src/dom/extract.ts';
import { normalizeText } from '../../../src/core/classify/normalize.ts';
import { classify, fieldsOf, inSignup } from './probe-page.ts';

const row = (id: string, caption: string, type = 'text') => `<p><label for="${id}">${caption}</label><input id="${id}" name="${id}" type="${type}"></p>`;

describe("a heading's words of another language cast no vote", () => {
  it('en: "Ad details" (Turkish "ad", a first name) makes no price a name', () => {
    const [, price] = fieldsOf('en', `<form><h2>Ad details</h2>${row('title', 'Ad title')}<p>Price (£) <input name="f2"></p>${row('email', 'Email', 'email')}<button>Post</button></form>`);
    expect(price!.category).not.toBe('name');
  });
  it('it: "il" of "Crea il tuo account" (a Turkish province) makes no field an address', () => {
    const fields = fieldsOf('it', `<h1>Crea il tuo account e la tua squadra</h1><form>${row('nick', 'Nickname')}${row('f2', 'Nome della squadra:')}${row('email', 'Email', 'email')}<button>Iscriviti</button></form>`);
    expect(fields[1]!.category).not.toBe('address');
  });
});

describe("a thing's name is none by its section's words either", () => {
  it('"Clan / Guild name" under the legend "Your First Hero" is no given name', () => {
    const fields = fieldsOf('en', `<form>${row('email', 'Email', 'email')}<fieldset><legend>Your First Hero</legend>${row('f2', 'Clan / Guild name (optional)')}</fieldset><button>Create</button></form>`);
    expect(fields[1]!.category).not.toBe('name');
  });
});

describe('names of things, counts and people in 2015–16 captions', () => {
  const notName: [string, string][] = [
    ['en', 'Name of your apiary'],
    ['it', 'Nome della lega'],
    ['de', 'Name deines Beckens / Aquariums'],
    ['pl', 'Nazwa Twojej makiety kolejowej'],
    ['tr', 'Motorunuzun adı'],
  ];
  for (const [lang, caption] of notName) it(`${lang}: "${caption}" is no person's name`, () => expect(inSignup(lang, caption).category).not.toBe('name'));
  it('en: "Number of hives" is a count, no house number; "Number of employees" stays the company size', () => {
    expect(inSignup('en', 'Number of hives').category).not.toBe('address');
    expect(inSignup('en', 'Number of employees').fieldType).toBe('company-size');
  });
  it('en: "School Counselor Name" is a person, not the school', () => expect(inSignup('en', 'School Counselor Name').category).toBe('name'));
  it('pt: "Como prefere ser chamado?" (what to call you) is no family name, though Portugal\'s "apelido" is one', () => {
    expect(inSignup('pt', 'Como prefere ser chamado?', { name: 'apelido' }).category).not.toBe('name');
  });
  it('en: "Type of building" (a house, a flat, an office) is no address line', () => {
    expect(classify('en', [{ caption: 'Address' }, { caption: 'City' }, { caption: 'Type of building', options: ['Single family home', 'Apartment / condo', 'Commercial'] }], 'Register')[2]!.category).not.toBe('address');
  });
  it('pt: "Responsável / Comprador" is the person in charge', () => expect(inSignup('pt', 'Responsável / Comprador').category).toBe('name'));
});

describe('field words of 2015–16 pages', () => {
  const cases: [string, string, string, string?][] = [
    ['en', 'Displayed Name', 'username'],
    ['en', 'Enter the code shown above:', 'captcha'],
    ['en', 'Date of Installation', 'other-date'],
    ['en', 'Add images', 'attachment', 'file'],
    ['it', 'Scrivi il codice che vedi', 'captcha'],
    ['tr', 'Resimdeki Kodu Girin:', 'captcha'],
    ['ar', 'الرجاء إدخال الأحرف الستة الظاهرة في الصورة', 'captcha'],
    ['de', 'Wurftag des Hundes', 'other-date'],
    ['nl', 'Bondsnummer', 'reference-number'],
    ['ko', '사원수', 'company-size'],
    ['ko', '비밀번호 확인 답변', 'security-question'],
    ['zh', '发票抬头', 'organization'],
    ['es', 'Cód. de área', 'tel-area-code'],
    ['nl', 'Vorige club (indien van toepassing)', 'organization'],
    ['nl', 'Pasfoto voor de clubkaart', 'attachment', 'file'],
    ['ar', 'اسم الاستوديو (للمحترفين)', 'organization'],
  ];
  for (const [lang, caption, type, control] of cases) {
    it(`${lang}: "${caption}" is ${type}`, () => {
      const f = inSignup(lang, caption, control ? { type: control } : {});
      expect(f.fieldType, f.evidence.join('; ')).toBe(type);
    });
  }
  const ticks: [string, string, string][] = [
    ['en', "I'm happy to hear about your work by email", 'marketing-opt-in'],
    ['ko', 'SMS 수신여부', 'marketing-opt-in'],
  ];
  for (const [lang, caption, type] of ticks) {
    it(`${lang}: a box ticked for "${caption}" is ${type}`, () => expect(inSignup(lang, caption, { type: 'checkbox' }).fieldType).toBe(type));
  }
  it('it: a box named "regolamento" (the rules one accepts) is consent', () => {
    expect(classify('it', [{ caption: 'Email', name: 'email', type: 'email' }, { caption: '', name: 'regolamento', type: 'checkbox' }], 'Iscriviti')[1]!.fieldType).toBe('consent');
  });
  it('pt: "Compl." is the second address line and name="txtFone" a phone', () => {
    const fields = classify('pt', [{ caption: 'Logradouro' }, { caption: 'Nº' }, { caption: 'Compl.:' }, { caption: 'Bairro' }, { caption: '', name: 'txtFone' }], 'Enviar');
    expect(fields[2]!.fieldType).toBe('address-line2');
    expect(fields[4]!.category).toBe('phone');
  });
});

describe('the first of two street lines', () => {
  it('a street box with "Apt / Suite / Unit" after it is address line 1; a lone one stays the street address', () => {
    const two = classify('en', [{ caption: 'Installation Address' }, { caption: 'Apt / Suite / Unit' }, { caption: 'City' }, { caption: 'ZIP' }], 'Register');
    expect(two.map((f) => f.fieldType).slice(0, 2)).toEqual(['address-line1', 'address-line2']);
    const one = classify('en', [{ caption: 'Installation Address' }, { caption: 'City' }, { caption: 'ZIP' }], 'Register');
    expect(one[0]!.fieldType).toBe('street-address');
  });
  it('two "Street Address" boxes in a row are lines 1 and 2', () => {
    const fields = classify('en', [{ caption: 'Street Address', name: 'street[]' }, { caption: '', name: 'street[]' }, { caption: 'City' }], 'Save');
    expect(fields.map((f) => f.fieldType).slice(0, 2)).toEqual(['address-line1', 'address-line2']);
  });
});

describe('a security code with no card around is no card security code, in more languages', () => {
  for (const [lang, caption] of [['ru', 'Код безопасности'], ['pl', 'Kod bezpieczeństwa'], ['tr', 'Güvenlik kodu'], ['nl', 'Beveiligingscode']] as const) {
    it(`${lang}: "${caption}" under a signup's email and password is no payment field`, () => {
      const fields = classify(lang, [{ caption: 'E-mail', name: 'email', type: 'email' }, { caption: '', name: 'password', type: 'password' }, { caption }], 'OK');
      expect(fields[2]!.category).not.toBe('payment');
    });
  }
});

describe('Chinese and Japanese captions spaced out letter by letter', () => {
  it('"姓　　名", "电　话" and "地　　址" read as the name, phone and address they spell', () => {
    const fields = classify('zh', [{ caption: '姓　　名：' }, { caption: '电　话：' }, { caption: '地　　址：' }], '提 交');
    expect(fields.map((f) => f.category)).toEqual(['name', 'phone', 'address']);
  });
  it('a "搜 索" button makes a search form; words already apart stay apart', () => {
    const forms = classifyPage(extractPage(parseHtml('<html lang="zh-CN"><body><form action="/s.php"><input type="text" name="kw"><input type="submit" value="搜 索"></form></body></html>'), 'https://example.test/'));
    expect(forms.forms[0]!.kind).toBe('search');
    expect(normalizeText('公司名称 联系人')).toBe('公司名称 联系人');
  });
});

describe('account kinds among the options', () => {
  it('en: "I am a" with "Private seller" / "Trade seller" is the account type', () => {
    const f = classify('en', [{ caption: 'Email', name: 'email', type: 'email' }, { caption: 'I am a', options: ['Private seller', 'Trade seller'] }], 'Post my ad')[1]!;
    expect(f.fieldType).toBe('account-type');
  });
});

describe('words found by the second batch of 2015–16 pages', () => {
  const cases: [string, string, string, string?][] = [
    ['en', 'Name of your vet practice (optional)', 'organization'],
    ['fr', 'Club précédent', 'organization'],
    ['fr', 'N° de licence FFC (renouvellement)', 'reference-number'],
    ['fr', 'Certificat médical (PDF ou JPG)', 'attachment', 'file'],
    ['es', 'Escribe las letras que se muestran en la imagen', 'captcha'],
    ['ko', '캠핑 동호회명', 'organization'],
    ['zh', '个人摄影工作室名称', 'organization'],
    ['de', 'DHL-Postnummer', 'reference-number'],
  ];
  for (const [lang, caption, type, control] of cases) {
    it(`${lang}: "${caption}" is ${type}`, () => {
      const f = inSignup(lang, caption, control ? { type: control } : {});
      expect(f.fieldType, f.evidence.join('; ')).toBe(type);
    });
  }
  for (const [lang, caption] of [['ja', '愛用の竿の名前'], ['ko', '애마(차량) 이름'], ['es', 'Nombre de tu acuario']] as const) {
    it(`${lang}: "${caption}" is no person's name`, () => expect(inSignup(lang, caption).category).not.toBe('name'));
  }
  it('ko: a box ticked for "정보 메일을 받겠습니다" under "메일링서비스" is a marketing opt-in', () => {
    expect(inSignup('ko', '메일링서비스', { type: 'checkbox' }).fieldType).toBe('marketing-opt-in');
  });
});

describe('words found by the third batch of 2015–16 pages', () => {
  const cases: [string, string, string, string?][] = [
    ['en', 'Envelope Number:', 'reference-number'],
    ['tr', 'Vesikalık fotoğraf', 'attachment', 'file'],
    ['ar', 'رقم العقار', 'address-housenumber'],
  ];
  for (const [lang, caption, type, control] of cases) {
    it(`${lang}: "${caption}" is ${type}`, () => {
      const f = inSignup(lang, caption, control ? { type: control } : {});
      expect(f.fieldType, f.evidence.join('; ')).toBe(type);
    });
  }
  it('tr: "Acil durumda aranacak kişi" (whom to call in an emergency) is a person\'s name', () => expect(inSignup('tr', 'Acil durumda aranacak kişi').category).toBe('name'));
  it('pl: "Nazwa Twojej pracowni / galerii" (your studio or gallery) is no person\'s name', () => expect(inSignup('pl', 'Nazwa Twojej pracowni / galerii').category).not.toBe('name'));
  it('ar: a radio captioned "الدفع عند الاستلام" (cash on delivery) is the payment method', () => {
    expect(inSignup('ar', 'الدفع عند الاستلام', { type: 'radio' }).fieldType).toBe('payment-method');
  });
});
