// Words of marketing, lead and event forms (test/fixtures/lead-forms): consent boxes that ask to
// receive news are the marketing opt-in, a deadline is a date, a specification or a drawing an
// attachment, verticals an industry, a partner ID a reference, "no obligation" in a heading no house
// number, a Japanese maker's 製品ユーザー登録 a product registration, a Korean 유입 경로 (how you found
// us) no street.
import { describe, expect, it } from 'vitest';
import { type Box, classify, fieldsOf, kindsOf } from './probe-page.ts';

/** A lead form: name, work email, company, then the probed box. */
const inLead = (lang: string, box: Box, button = 'Submit') =>
  classify(lang, [{ caption: 'Name', name: 'name' }, { caption: 'Work email', name: 'email', type: 'email' }, { caption: 'Company', name: 'company' }, box], button).at(-1)!;
const checkbox = (caption: string, name = 'f4'): Box => ({ caption, name, type: 'checkbox' });

describe('asking to receive news is the marketing opt-in, though it agrees', () => {
  it('en: "I agree to receive news and product tips from Acme"', () => expect(inLead('en', checkbox('I agree to receive news and product tips from Acme.')).fieldType).toBe('marketing-opt-in'));
  it('en: "Yes, I would like to receive emails from Acme"', () => expect(inLead('en', checkbox('Yes, I would like to receive emails from Acme. I can unsubscribe at any time.')).fieldType).toBe('marketing-opt-in'));
  it('en: "Share my contact details with sponsors"', () => expect(inLead('en', checkbox('Share my contact details with sponsors whose booths I visit.')).fieldType).toBe('marketing-opt-in'));
  it('en: "You may share my details with your partners"', () => expect(inLead('en', checkbox('You may share my details with your partners.')).fieldType).toBe('marketing-opt-in'));
  it('en: HubSpot\'s subscription checkbox, named LEGAL_CONSENT.subscription_type_…', () =>
    expect(inLead('en', checkbox('I agree to receive other communications from Acme.', 'LEGAL_CONSENT.subscription_type_4412')).fieldType).toBe('marketing-opt-in'));
  it('fr: "J\'accepte de recevoir les actualités"', () => expect(inLead('fr', checkbox("J'accepte de recevoir les actualités et invitations d'Acme par e-mail.")).fieldType).toBe('marketing-opt-in'));
  it('en: agreeing to the privacy policy stays consent', () => expect(inLead('en', checkbox('I agree to the privacy policy.')).fieldType).toBe('consent'));
  it('en: consenting to receive disclosures electronically stays consent', () => expect(inLead('en', checkbox('I consent to receive disclosures electronically.')).fieldType).toBe('consent'));
});

describe('the other words of lead forms', () => {
  it('en: "Tender deadline" with a DD/MM/YYYY hint is a date, no birth date', () => {
    const form = '<form><p><label for="a">Organisation</label><input id="a" name="company"></p><p><label for="b">Email</label><input id="b" name="email" type="email"></p><p><label for="d">Tender deadline</label><input id="d" name="f3" placeholder="DD/MM/YYYY"></p><button>Send request</button></form>';
    expect(fieldsOf('en', form).at(-1)!.fieldType).toBe('other-date');
  });
  it('en: "Upload specification" is an attachment, no identity document', () => expect(inLead('en', { caption: 'Upload specification (optional)', name: 'f4', type: 'file' }).fieldType).toBe('attachment'));
  it('en: "Attach your drawings" is an attachment', () => expect(inLead('en', { caption: 'Attach your drawings', name: 'f4', type: 'file' }).fieldType).toBe('attachment'));
  it('pl: "Załącz projekt lub rysunek" is an attachment', () => expect(inLead('pl', { caption: 'Załącz projekt lub rysunek', name: 'f4', type: 'file' }).fieldType).toBe('attachment'));
  it('en: "Which verticals do you sell into?" is the industry', () => expect(inLead('en', { caption: 'Which verticals do you sell into?', name: 'f4', options: ['Restaurants', 'Retail', 'Hospitality'] }).fieldType).toBe('industry'));
  it('en: "Partner ID (if known)" is a reference number', () => expect(inLead('en', { caption: 'Partner ID (if known)', name: 'f4' }).fieldType).toBe('reference-number'));
  it('ko: "유입 경로" named route is no street', () => expect(inLead('ko', { caption: '유입 경로', name: 'route', options: ['검색', '지인 추천', '광고'] }, '문의하기').category).not.toBe('address'));
});

describe('"no obligation" in a heading is no house number', () => {
  const quote = (heading: string) =>
    `<h1>${heading}</h1><form><p><label for="a">Name</label><input id="a" name="input_1"></p><p><label for="b">Email</label><input id="b" name="input_2" type="email"></p><p><label for="c">Comments</label><textarea id="c" name="input_8"></textarea></p><button>Get my quote</button></form>`;
  for (const heading of ['Get a Free, No-Obligation Solar Quote', 'Book a free, no commitment consultation'])
    it(heading, () => expect(fieldsOf('en', quote(heading)).at(-1)!.category).not.toBe('address'));
});

describe('a Japanese maker\'s 製品ユーザー登録 registers a product, no account', () => {
  it('ja: serial number, purchase date, name, e-mail twice and an address under 製品ユーザー登録', () => {
    const form = `<h1>製品ユーザー登録</h1><p>ご購入いただいた製品をご登録ください。</p><form><p><label for="s">製造番号</label><input id="s" name="serial_no"></p><p><label for="d">ご購入日</label><input id="d" name="purchase_date" type="date"></p><p>お名前 <input name="name_sei"> <input name="name_mei"></p><p><label for="e">メールアドレス</label><input id="e" name="email" type="email"></p><p><label for="e2">メールアドレス（確認）</label><input id="e2" name="email_confirm" type="email"></p><p><label for="a">住所</label><input id="a" name="addr1"></p><button>確認画面へ</button></form>`;
    expect(kindsOf('ja', form)).toEqual(['other']);
  });
});

describe('words of batch 2 (quotes, trials, product registration, newsletters)', () => {
  it('nl: "Vertel kort over je project" (kort: short, a Swedish card) is no card number', () =>
    expect(fieldsOf('nl', '<form><p><label for="n">Naam</label><input id="n" name="naam"></p><p><label for="e">E-mailadres</label><input id="e" name="email" type="email"></p><p><label for="b">Vertel kort over je project</label><textarea id="b" name="bericht"></textarea></p><button>Verstuur aanvraag</button></form>').at(-1)!.category).not.toBe('payment'));
  it('it: "Note per il pranzo" (il: the, a Turkish province) is no address part', () => expect(inLead('it', { caption: 'Note per il pranzo', name: 'f4' }, 'Invia').category).not.toBe('address'));
  it('es: "Nombre de tu negocio" is the organization, no person\'s name', () => expect(inLead('es', { caption: 'Nombre de tu negocio', name: 'nombre_negocio' }, 'Crear cuenta').fieldType).toBe('organization'));
  it('es: "Acepto recibir comunicaciones comerciales" is the marketing opt-in', () => expect(inLead('es', checkbox('Acepto recibir comunicaciones comerciales de Acme.')).fieldType).toBe('marketing-opt-in'));
  it('en: "Expected possession date" is a date, no birth date', () => expect(inLead('en', { caption: 'Expected possession date', name: 'f4', type: 'date' }).fieldType).toBe('other-date'));
  it('nl: "Gewenste opleverdatum" (a month box) is a date, no card expiry', () => expect(inLead('nl', { caption: 'Gewenste opleverdatum', name: 'f4', type: 'month' }).fieldType).toBe('other-date'));
  it('de: "Kaufbeleg hochladen" is an attachment, no identity document', () => expect(inLead('de', { caption: 'Kaufbeleg hochladen (PDF, JPG)', name: 'f4', type: 'file' }).fieldType).toBe('attachment'));
  it('en: "Upload proof of purchase" is an attachment, no identity document', () => expect(inLead('en', { caption: 'Upload proof of purchase', name: 'f4', type: 'file' }).fieldType).toBe('attachment'));
  it('de: "Ich habe die Garantiebedingungen … gelesen" is consent', () => expect(inLead('de', checkbox('Ich habe die Garantiebedingungen gelesen.')).fieldType).toBe('consent'));
  it('de: "… die Datenschutzhinweise gelesen" is consent', () => expect(inLead('de', checkbox('Ich habe die Datenschutzhinweise gelesen.')).fieldType).toBe('consent'));
  it('de: "Artikelnummer / Modell" is a reference number', () => expect(inLead('de', { caption: 'Artikelnummer / Modell', name: 'f4' }).fieldType).toBe('reference-number'));
  it('zh: "团队规模" is the company size', () => expect(inLead('zh', { caption: '团队规模', name: 'f4', options: ['1-10人', '11-50人', '51-200人'] }, '注册').fieldType).toBe('company-size'));
  it('pt: "Faturamento mensal" is the company size', () => expect(inLead('pt-BR', { caption: 'Faturamento mensal', name: 'f4', options: ['Até R$ 20 mil', 'R$ 20 mil a R$ 100 mil'] }, 'Começar').fieldType).toBe('company-size'));
  it('ko: "매장명" (the store\'s name) is the organization', () => expect(inLead('ko', { caption: '매장명', name: 'shop_nm' }, '무료 체험 시작').fieldType).toBe('organization'));
});

describe('words of batch 3: booking a demo is no purchase, a floor area no district', () => {
  const demo = ([first, last, email, company]: string[], button: string) =>
    `<form><p><label for="a">${first}</label><input id="a" name="f1"></p><p><label for="b">${last}</label><input id="b" name="f2"></p><p><label for="c">${email}</label><input id="c" name="f3" type="email"></p><p><label for="d">${company}</label><input id="d" name="f4"></p><button type="submit">${button}</button></form>`;
  it('fr: "Réserver ma démo"', () => expect(kindsOf('fr', demo(['Prénom', 'Nom', 'E-mail professionnel', "Nom de l'entreprise"], 'Réserver ma démo'))).toEqual(['other']));
  it('es: "Reservar una demo"', () => expect(kindsOf('es', demo(['Nombre', 'Apellidos', 'Correo de empresa', 'Empresa'], 'Reservar una demo'))).toEqual(['other']));
  it('pt: "Reserve uma demonstração"', () => expect(kindsOf('pt-BR', demo(['Nome', 'Sobrenome', 'E-mail corporativo', 'Empresa'], 'Reserve uma demonstração'))).toEqual(['other']));
  it('zh: "仓库面积" named warehouseArea is no district', () => expect(inLead('zh', { caption: '仓库面积', name: 'warehouseArea', options: ['1000㎡以下', '1000-5000㎡', '5000㎡以上'] }, '立即申请').category).not.toBe('address'));
});
