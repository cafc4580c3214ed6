// kyc-rule.md §6: credentials and account plumbing are never a KYC category; what describes an
// organization (a job title, its size, a store's name) is organization context, not a person's name.
import { describe, expect, it } from 'vitest';
import { IDENTITY_CATEGORIES } from '../../../src/core/taxonomy/categories.ts';
import { classifyFields, field, labelled, select } from './factory.ts';

const inSignup = (f: ReturnType<typeof labelled>) => classifyFields([labelled('Email', { type: 'email' }), f, labelled('Password', { type: 'password' })])[1]!;

describe('account plumbing is never a KYC category', () => {
  const cases: [string, Partial<Parameters<typeof labelled>[1]>, string][] = [
    ['Verification code', { autocomplete: 'one-time-code' }, 'credentials'],
    ['Enter the characters you see', { name: 'captcha_response' }, 'other'],
    ['Invitation code', {}, 'other'],
    ['Security question', {}, 'credentials'],
    ['Answer to security question', {}, 'credentials'],
    ['Account alias', {}, 'credentials'],
  ];
  for (const [label, partial, category] of cases) {
    it(`"${label}" is ${category}`, () => {
      const f = inSignup(labelled(label, partial));
      expect(f.category).toBe(category);
      expect(IDENTITY_CATEGORIES).not.toContain(f.category);
    });
  }
});

describe('organization context is not a person', () => {
  it('a job title, a company size list and a store name are organization', () => {
    const fields = classifyFields([
      labelled('First name'),
      labelled('Job title'),
      select('Company size', ['1-10', '11-50', '51-200', '201-1000', '1000+']),
      labelled('Store name'),
    ]);
    expect(fields.slice(1).map((f) => f.category)).toEqual(['organization', 'organization', 'organization']);
    expect(fields[0]!.category).toBe('name');
  });
});

describe('a screen name is an account name, not a person’s name', () => {
  const labels: [string, string][] = [
    ['en', 'Display name'],
    ['de', 'Anzeigename'],
    ['es', 'Nombre visible'],
    ['it', 'Nome visualizzato'],
    ['pt', 'Nome de exibição'],
    ['pl', 'Nazwa wyświetlana'],
    ['tr', 'Görünen ad'],
    ['zh', '显示名称'],
    ['ko', '별명'],
    ['ar', 'اسم العرض'],
  ];
  for (const [lang, label] of labels) {
    it(`${lang}: "${label}" is credentials`, () => {
      expect(inSignup(labelled(label)).category).toBe('credentials');
    });
  }
});

describe('a store’s name is the organization, in several languages', () => {
  const labels: [string, string][] = [
    ['en', 'Store name'],
    ['de', 'Name des Shops'],
    ['fr', 'Nom de la boutique'],
    ['es', 'Nombre de la tienda'],
    ['pl', 'Nazwa sklepu'],
    ['ru', 'Название магазина'],
    ['ja', 'ショップ名'],
    ['zh', '店铺名称'],
  ];
  for (const [lang, label] of labels) {
    it(`${lang}: "${label}" is organization`, () => {
      expect(inSignup(labelled(label)).category).toBe('organization');
    });
  }
  it('az: "Vəzifə" (job title) is organization', () => {
    expect(inSignup(labelled('Vəzifə')).category).toBe('organization');
  });
});

/** Each language's words for a security question, an invitation code and a captcha, in a form that is no login. */
const PLUMBING: [string, string, string, string][] = [
  // lang, security question, invitation code, captcha wording
  ['de', 'Sicherheitsfrage', 'Einladungscode', 'Geben Sie die Zeichen ein'],
  ['fr', 'Question secrète', "Code d'invitation", 'Saisissez les caractères'],
  ['es', 'Pregunta de seguridad', 'Código de invitación', 'Escribe los caracteres'],
  ['it', 'Domanda di sicurezza', 'Codice invito', 'Inserisci i caratteri'],
  ['pt', 'Pergunta de segurança', 'Código de convite', 'Digite os caracteres'],
  ['nl', 'Beveiligingsvraag', 'Uitnodigingscode', 'Typ de tekens'],
  ['sv', 'Säkerhetsfråga', 'Inbjudningskod', 'Ange tecknen'],
  ['pl', 'Pytanie bezpieczeństwa', 'Kod zaproszenia', 'Przepisz znaki'],
  ['tr', 'Güvenlik sorusu', 'Davet kodu', 'Resimdeki karakterler'],
  ['ru', 'Контрольный вопрос', 'Код приглашения', 'Введите символы с картинки'],
  ['uk', 'Контрольне питання', 'Код запрошення', 'Символи з картинки'],
  ['ar', 'سؤال الأمان', 'رمز الدعوة', 'الأحرف في الصورة'],
  ['ja', '秘密の質問', '招待コード', '画像の文字'],
  ['ko', '보안 질문', '초대 코드', '자동입력 방지문자'],
  ['zh', '密保问题', '邀请码', '图形验证码'],
  ['az', 'Təhlükəsizlik sualı', 'Dəvət kodu', 'captcha'],
];

describe('security questions, invitation codes and captchas in every lexicon language', () => {
  const address = (f: ReturnType<typeof labelled>, lang: string) => classifyFields([labelled('Street'), f, labelled('City')], {}, { lang })[1]!;
  for (const [lang, question, invitation, captcha] of PLUMBING) {
    it(`${lang}: "${question}" is a security question, "${invitation}" a promo/invitation code, "${captcha}" a captcha`, () => {
      expect(address(labelled(question), lang).fieldType).toBe('security-question');
      expect(address(labelled(invitation), lang).fieldType).toBe('promo-code');
      expect(address(labelled(captcha), lang).fieldType).toBe('captcha');
    });
  }
  it('attribute names: invite → promo code, alias → username', () => {
    expect(inSignup(field({ name: 'invite' })).fieldType).toBe('promo-code');
    expect(inSignup(field({ name: 'alias' })).category).toBe('credentials');
  });
});

describe('a one-time code on a number pad is no phone number', () => {
  it('type=tel, maxlength 6, labelled "Code": credentials, not phone', () => {
    const f = inSignup(labelled('Code', { type: 'tel', maxLength: 6 }));
    expect(f.fieldType).toBe('one-time-code');
  });
  it('inputmode=numeric, maxlength 6, placeholder "Enter the code": one-time code', () => {
    expect(inSignup(field({ inputmode: 'numeric', maxLength: 6, placeholder: 'Enter the code' })).fieldType).toBe('one-time-code');
  });
  it('the signal needs the word: a numeric 6-digit box labelled "Postcode" stays a postcode, a plain phone box stays a phone', () => {
    const fields = classifyFields([labelled('Postcode', { inputmode: 'numeric', maxLength: 6 }), labelled('Phone', { type: 'tel', maxLength: 8 })]);
    expect(fields.map((f) => f.fieldType)).toEqual(['postal-code', 'tel']);
  });
});

describe('a site’s or brand’s name is the organization, not a person', () => {
  const labels: [string, string][] = [
    ['en', 'Site name'],
    ['en', 'Brand name'],
    ['de', 'Markenname'],
    ['fr', 'Nom du site'],
    ['es', 'Nombre del sitio'],
    ['ko', '쇼핑몰 이름'],
    ['ja', 'サイト名'],
    ['ru', 'Название сайта'],
    ['tr', 'Firma unvanı'],
  ];
  for (const [lang, label] of labels) {
    it(`${lang}: "${label}" is organization`, () => {
      expect(classifyFields([labelled('First name'), labelled(label)], {}, { lang })[1]!.category).toBe('organization');
    });
  }
  it('tr: "Unvan" is a job title, not a salutation', () => {
    expect(classifyFields([labelled('Ad'), labelled('Unvan')], {}, { lang: 'tr' })[1]!.fieldType).toBe('organization-title');
  });
  it('attribute names: storename, sitename → organization', () => {
    expect(classifyFields([labelled('First name'), field({ name: 'storename' }), field({ name: 'site_name' })]).slice(1).map((f) => f.category)).toEqual(['organization', 'organization']);
  });
});

describe('the name of a thing is no person’s name', () => {
  const fields = (label: string) => inSignup(labelled(label));
  it('"Event name", "Product name", "List name", "File name" are not a person’s name', () => {
    for (const label of ['Event name', 'Product name', 'List name', 'File name']) expect(fields(label).category, label).not.toBe('name');
  });
  it('an app’s, a repository’s or a domain’s name is an account name; "Name of your business" the organization', () => {
    expect(['App name', 'Repository name', 'Domain name'].map((l) => fields(l).fieldType)).toEqual(['account-name', 'account-name', 'account-name']);
    expect(fields('Name of your business').category).toBe('organization');
  });
  it('fr/es/it/pt: a product’s name is no person’s name, a project’s is an account name', () => {
    const cases: [string, string, string][] = [
      ['fr', 'Nom du produit', 'Nom du projet'],
      ['es', 'Nombre del producto', 'Nombre del proyecto'],
      ['it', 'Nome del prodotto', 'Nome del progetto'],
      ['pt', 'Nome do produto', 'Nome do projeto'],
    ];
    for (const [lang, product, project] of cases) {
      const [p, q] = classifyFields([labelled('Rue'), labelled(product), labelled(project)], {}, { lang }).slice(1);
      expect(p!.category, product).not.toBe('name');
      expect(q!.fieldType, project).toBe('account-name');
    }
  });
  it('a person’s name still is one', () => {
    expect(['Full name', 'Your name', 'Name'].map((l) => fields(l).category)).toEqual(['name', 'name', 'name']);
  });
});
