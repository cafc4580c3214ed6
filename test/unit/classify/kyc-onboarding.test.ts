// What the KYC onboarding fixtures (test/fixtures/kyc-flows) showed missing, checked on small forms:
// a step of an account being opened is no profile though its heading says "Personal details"; the
// words that open an account in 13 languages; a document list whose options say whose document it
// is; a box named for its document keeps that name below a document list; the words of identity
// steps (tax residence, background checks, documents' dates and series, business registrations).
import { describe, expect, it } from 'vitest';
import { stepOfNewAccount } from '../../../src/core/classify/form-rules/facts.ts';
import { namesPersonRole } from '../../../src/core/classify/rules/tax-owner.ts';
import { classifyFields, classifyForm, field, labelled, select } from './factory.ts';

const personal = () => [labelled('First name'), labelled('Last name'), labelled('Date of birth'), labelled('National ID number'), select('Nationality', ['German', 'French', 'Polish', 'Other'])];
const typeOf = (label: string, lang: string, partial: Parameters<typeof labelled>[1] = {}) => classifyFields([labelled(label, partial)], {}, { lang })[0]!.fieldType;

describe('a step of an account being opened', () => {
  it('"Personal details" with "Continue" under "Open your account" is signup; the same form under "My account" with "Save changes" is a profile', () => {
    const step = classifyForm(personal(), { heading: 'Personal details', buttons: ['Continue'], submitButtons: 1 }, { title: 'Personal details – Open your account', url: 'https://bank.example/onboarding/personal' });
    expect(step.kind).toBe('signup');
    const kept = classifyForm(personal(), { heading: 'Personal details', buttons: ['Save changes'], submitButtons: 1 }, { title: 'My account', url: 'https://bank.example/account/profile' });
    expect(kept.kind).toBe('profile');
  });

  it('needs the step, the account-opening words, data an account opening asks and no password', () => {
    const facts = (over: Record<string, unknown>) => {
      const cues: Record<string, number> = { 'cue:next-step': 6, 'cue:create-account': 1.2, ...(over.cues as object) };
      return { passwords: 0, card: 0, kycData: 2, cue: (c: string) => cues[c] ?? 0, ...over } as unknown as Parameters<typeof stepOfNewAccount>[0];
    };
    expect(stepOfNewAccount(facts({}))).toBe(true);
    expect(stepOfNewAccount(facts({ cues: { 'cue:next-step': 0 } }))).toBe(false);
    expect(stepOfNewAccount(facts({ cues: { 'cue:create-account': 0 } }))).toBe(false);
    expect(stepOfNewAccount(facts({ passwords: 1 }))).toBe(false);
    expect(stepOfNewAccount(facts({ card: 1 }))).toBe(false);
    // A name, a company and a job title after the account exists: a profile step, not an opening.
    expect(stepOfNewAccount(facts({ kycData: 0 }))).toBe(false);
  });

  it('reads account opening in many languages (a personal-details step under those words is signup)', () => {
    const titles: [string, string, string][] = [
      ['en', 'Account opening', 'Personal information'],
      ['de', 'Konto eröffnen', 'Persönliche Angaben'],
      ['fr', 'Ouverture de compte', 'Informations personnelles'],
      ['es', 'Apertura de cuenta', 'Datos personales'],
      ['it', 'Apri il conto', 'Dati personali'],
      ['ru', 'Открытие счета', 'Личные данные'],
      ['tr', 'Hesap aç', 'Kişisel bilgiler'],
      ['ja', '口座開設', '基本情報'],
      ['ko', '계좌 개설', '개인 정보'],
      ['zh', '在线开户', '个人信息'],
      ['id', 'Pembukaan rekening', 'Data pribadi'],
      ['ar', 'فتح حساب', 'البيانات الشخصية'],
      ['nl', 'Rekening openen', 'Persoonlijke gegevens'],
    ];
    for (const [lang, title, heading] of titles) {
      const f = classifyForm(personal(), { heading, buttons: ['Continue'], submitButtons: 1 }, { title, lang, headings: [title] });
      expect(f.kind, `${lang}: ${title}`).toBe('signup');
    }
  });
});

describe('identity documents in a KYC step', () => {
  it('a list of documents whose options say whose ("Australian passport") is the document choice, and the number below it is that document\'s', () => {
    const fields = classifyFields([select('ID type', ['Australian driver licence', 'Australian passport', 'Medicare card']), labelled('Number')]);
    expect(fields[0]!.fieldType).toBe('national-id');
    expect(fields[1]!.category).toBe('government-id');
    // "Season pass / Day pass" are no documents: "pass" is too short a name to end an option with.
    expect(classifyFields([select('Ticket', ['Day pass', 'Week pass', 'Season pass'])])[0]!.category).not.toBe('government-id');
    // Saudi Arabia's national ID and iqama (a resident's ID) as a list.
    expect(classifyFields([select('نوع الهوية', ['هوية وطنية', 'إقامة'])], {}, { lang: 'ar' })[0]!.fieldType).toBe('national-id');
  });

  it('a box named for its own document keeps that name below a document list', () => {
    const fields = classifyFields([select('ID type', ['Passport', 'ID card', 'Driving licence']), select('State of issue', ['NSW', 'VIC', 'QLD', 'WA']), labelled('Licence number')]);
    expect(fields[2]!.fieldType).toBe('drivers-licence-number');
  });

  it('reads the words of identity steps', () => {
    const cases: [string, string, string][] = [
      ['en', 'Last 4 digits of Social Security number', 'ssn'],
      ['en', 'Residential status', 'nationality'],
      ['en', 'Block / House no.', 'address-housenumber'],
      ['fr', 'Département de naissance', 'place-of-birth'],
      ['es', 'Número de licencia de conducción', 'drivers-licence-number'],
      ['es', 'Vencimiento de la licencia', 'document-details'],
      ['es', 'Placa del vehículo', 'reference-number'],
      ['tr', 'Kimlik kartı seri no', 'national-id'],
      ['tr', 'Son geçerlilik tarihi', 'document-details'],
      ['ko', '통신판매업 신고번호', 'company-registration-number'],
      ['zh', '身份证有效期', 'document-details'],
      ['zh', '营业执照上的名称', 'organization'],
      ['es', 'Número de trámite', 'national-id'],
      ['en', 'Nature of business (SIC code)', 'industry'],
    ];
    for (const [lang, label, type] of cases) expect(typeOf(label, lang), `${lang}: ${label}`).toBe(type);
    expect(classifyFields([select('主体类型', ['企业', '个体工商户', '事业单位'])], {}, { lang: 'zh' })[0]!.fieldType).toBe('account-type');
    expect(classifyFields([field({ labels: ['Proof of income'], type: 'file' })])[0]!.fieldType).toBe('attachment');
  });

  it('a French birth-place box named "departementNaissance" is the place of birth, not the birth date', () => {
    expect(classifyFields([labelled('Département de naissance', { name: 'departementNaissance', id: 'deptNaissance' })], {}, { lang: 'fr' })[0]!.fieldType).toBe('place-of-birth');
  });

  it('"Where do you pay tax?" is a tax-residence question, not a payment', () => {
    const f = classifyForm([select('Country of tax residence', ['United Kingdom', 'France', 'Germany']), labelled('Tax Identification Number (TIN)')], { heading: 'Where do you pay tax?', buttons: ['Continue'], submitButtons: 1 });
    expect(f.kind).not.toBe('checkout');
  });

  it('a background check with licence and ID numbers is identity verification (its words)', () => {
    const f = classifyForm([labelled('Date of birth'), labelled('Social Security number'), labelled("Driver's license number")], { heading: 'Background check', buttons: ['Submit'], submitButtons: 1 }, { title: 'Background check' });
    expect(f.kind).toBe('identity-verification');
  });
});

describe('a birth date in three boxes named after it', () => {
  it('GOV.UK\'s dob-day, dob-month, dob-year labeled Day, Month, Year are the birth date\'s parts, not three whole dates', () => {
    const part = (label: string, name: string) => labelled(label, { name, id: name, inputmode: 'numeric', legend: 'Date of birth', nearbyText: 'Date of birth' });
    const fields = classifyFields([labelled('Surname'), part('Day', 'dob-day'), part('Month', 'dob-month'), part('Year', 'dob-year')]);
    expect(fields.slice(1).map((f) => f.fieldType)).toEqual(['bday-day', 'bday-month', 'bday-year']);
  });

  it('beside a card, boxes named and captioned for the birth date stay the birth date, not the card\'s expiry', () => {
    const part = (label: string, name: string) => labelled(label, { name, id: name, legend: 'Date of birth', nearbyText: 'Date of birth' });
    const fields = classifyFields([labelled('Card number'), labelled('Security code'), part('Month', 'dob-month'), part('Year', 'dob-year')]);
    expect(fields.slice(2).map((f) => f.category)).toEqual(['date-of-birth', 'date-of-birth']);
  });

  it('a lone "Date of birth" box keeps the whole date', () => {
    expect(classifyFields([labelled('Date of birth', { name: 'dob' })])[0]!.fieldType).toBe('bday');
  });
});

describe('a person named by their role in a company\'s form', () => {
  it('"Codice fiscale del legale rappresentante" in a seller\'s company form is the representative\'s own tax number; the company\'s stays the company\'s', () => {
    const form = [labelled('Ragione sociale'), labelled('Partita IVA'), labelled('Nome e cognome del legale rappresentante'), labelled('Codice fiscale del legale rappresentante'), labelled('Codice fiscale')];
    const fields = classifyFields(form, {}, { lang: 'it' });
    expect(fields[3]!.fieldType).toBe('personal-tax-id');
    expect(fields[4]!.category).toBe('tax-id');
  });

  it('reads roles in several scripts, as whole words', () => {
    const box = (label: string) => ({ features: { labels: [label], ariaLabel: '', ariaLabelledBy: '', placeholder: '', title: '', nearbyText: '' } }) as unknown as Parameters<typeof namesPersonRole>[0];
    expect(namesPersonRole(box('Director\'s tax number'))).toBe(true);
    expect(namesPersonRole(box('法定代表人身份证号'))).toBe(true);
    expect(namesPersonRole(box('Steuernummer des Geschäftsführers'))).toBe(true);
    expect(namesPersonRole(box('Steuernummer'))).toBe(false);
    // "Kontoinhaber" holds "inhaber" but is one word: no role named.
    expect(namesPersonRole(box('Kontoinhaber'))).toBe(false);
  });
});
