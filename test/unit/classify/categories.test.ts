// Each category recognised from a visible label in many languages, and from the other signal
// kinds (autocomplete, attribute names, input types) on their own.
import { describe, expect, it } from 'vitest';
import { classifyField } from '../../../src/core/classify/index.ts';
import type { Category } from '../../../src/core/taxonomy/categories.ts';
import { classifyFields, field, labelled } from './factory.ts';

type Row = readonly [lang: string, label: string, category: Category, fieldType?: string];

// Labels as real forms write them (with colons, asterisks, mixed case).
const LABELS: readonly Row[] = [
  // name
  ['en', 'First name *', 'name', 'given-name'],
  ['en', 'Last Name:', 'name', 'family-name'],
  ['de', 'Nachname', 'name', 'family-name'],
  ['de', 'Vorname*', 'name', 'given-name'],
  ['fr', 'Prénom', 'name', 'given-name'],
  ['fr', 'Nom de famille', 'name', 'family-name'],
  ['es', 'Apellidos', 'name', 'family-name'],
  ['it', 'Cognome', 'name', 'family-name'],
  ['pt', 'Sobrenome', 'name', 'family-name'],
  ['nl', 'Achternaam', 'name', 'family-name'],
  ['pl', 'Imię', 'name', 'given-name'],
  ['sv', 'Efternamn', 'name', 'family-name'],
  ['tr', 'Soyadı', 'name', 'family-name'],
  ['ru', 'Фамилия', 'name', 'family-name'],
  ['ru', 'Отчество', 'name', 'additional-name'],
  ['uk', 'Прізвище', 'name', 'family-name'],
  ['ar', 'الاسم الأول', 'name', 'given-name'],
  ['ja', '氏名', 'name', 'name'],
  ['ja', '姓', 'name', 'family-name'],
  ['zh', '姓名', 'name', 'name'],
  ['ko', '이름', 'name', 'name'],
  // email
  ['en', 'Email address', 'email', 'email'],
  ['de', 'E-Mail-Adresse', 'email', 'email'],
  ['fr', 'Adresse électronique', 'email', 'email'],
  ['es', 'Correo electrónico', 'email', 'email'],
  ['it', 'Indirizzo email', 'email', 'email'],
  ['pt', 'Endereço de e-mail', 'email', 'email'],
  ['nl', 'E-mailadres', 'email', 'email'],
  ['pl', 'Adres e-mail', 'email', 'email'],
  ['sv', 'E-postadress', 'email', 'email'],
  ['tr', 'E-posta adresi', 'email', 'email'],
  ['ru', 'Электронная почта', 'email', 'email'],
  ['uk', 'Електронна пошта', 'email', 'email'],
  ['ar', 'البريد الإلكتروني', 'email', 'email'],
  ['ja', 'メールアドレス', 'email', 'email'],
  ['zh', '电子邮件', 'email', 'email'],
  ['ko', '이메일 주소', 'email', 'email'],
  // phone
  ['en', 'Mobile phone number', 'phone', 'tel'],
  ['de', 'Telefonnummer', 'phone', 'tel'],
  ['fr', 'Numéro de téléphone', 'phone', 'tel'],
  ['es', 'Teléfono móvil', 'phone', 'tel'],
  ['it', 'Cellulare', 'phone', 'tel'],
  ['pt', 'Telemóvel', 'phone', 'tel'],
  ['nl', 'Telefoonnummer', 'phone', 'tel'],
  ['pl', 'Numer telefonu', 'phone', 'tel'],
  ['sv', 'Mobilnummer', 'phone', 'tel'],
  ['tr', 'Cep telefonu', 'phone', 'tel'],
  ['ru', 'Номер телефона', 'phone', 'tel'],
  ['uk', 'Номер телефону', 'phone', 'tel'],
  ['ar', 'رقم الجوال', 'phone', 'tel'],
  ['ja', '電話番号', 'phone', 'tel'],
  ['zh', '手机号码', 'phone', 'tel'],
  ['ko', '휴대폰 번호', 'phone', 'tel'],
  // address
  ['en', 'Street address', 'address', 'street-address'],
  ['en', 'ZIP code', 'address', 'postal-code'],
  ['de', 'Postleitzahl', 'address', 'postal-code'],
  ['de', 'Straße und Hausnummer', 'address', 'street-address'],
  ['fr', 'Code postal', 'address', 'postal-code'],
  ['fr', 'Ville', 'address', 'address-level2'],
  ['es', 'Provincia', 'address', 'address-level1'],
  ['it', 'CAP', 'address', 'postal-code'],
  ['pt', 'Bairro', 'address', 'address-level3'],
  ['nl', 'Woonplaats', 'address', 'address-level2'],
  ['pl', 'Kod pocztowy', 'address', 'postal-code'],
  ['sv', 'Postnummer', 'address', 'postal-code'],
  ['tr', 'Posta kodu', 'address', 'postal-code'],
  ['ru', 'Почтовый индекс', 'address', 'postal-code'],
  ['uk', 'Місто', 'address', 'address-level2'],
  ['ar', 'الرمز البريدي', 'address', 'postal-code'],
  ['ja', '都道府県', 'address', 'address-level1'],
  ['zh', '邮政编码', 'address', 'postal-code'],
  ['ko', '우편번호', 'address', 'postal-code'],
  // payment
  ['en', 'Card number', 'payment', 'cc-number'],
  ['en', 'Name on card', 'payment', 'cc-name'],
  ['en', 'CVV', 'payment', 'cc-csc'],
  ['de', 'Kartennummer', 'payment', 'cc-number'],
  ['de', 'Karteninhaber', 'payment', 'cc-name'],
  ['fr', 'Cryptogramme visuel', 'payment', 'cc-csc'],
  ['es', 'Fecha de caducidad', 'payment', 'cc-exp'],
  ['it', 'Numero della carta', 'payment', 'cc-number'],
  ['pt', 'Número do cartão', 'payment', 'cc-number'],
  ['nl', 'Vervaldatum', 'payment', 'cc-exp'],
  ['pl', 'Numer karty', 'payment', 'cc-number'],
  ['sv', 'Kortnummer', 'payment', 'cc-number'],
  ['tr', 'Kart numarası', 'payment', 'cc-number'],
  ['ru', 'Номер карты', 'payment', 'cc-number'],
  ['uk', 'Номер картки', 'payment', 'cc-number'],
  ['ar', 'رقم البطاقة', 'payment', 'cc-number'],
  ['ja', 'カード番号', 'payment', 'cc-number'],
  ['zh', '信用卡号', 'payment', 'cc-number'],
  ['ko', '카드번호', 'payment', 'cc-number'],
  ['en', 'IBAN', 'payment', 'iban'],
  ['en', 'UPI ID', 'payment', 'bank-account-number'],
  ['pt', 'Chave Pix', 'payment', 'bank-account-number'],
  ['pt', 'Conta corrente', 'payment', 'bank-account-number'],
  // date of birth
  ['en', 'Date of birth', 'date-of-birth', 'bday'],
  ['de', 'Geburtsdatum', 'date-of-birth', 'bday'],
  ['fr', 'Date de naissance', 'date-of-birth', 'bday'],
  ['es', 'Fecha de nacimiento', 'date-of-birth', 'bday'],
  ['it', 'Data di nascita', 'date-of-birth', 'bday'],
  ['pt', 'Data de nascimento', 'date-of-birth', 'bday'],
  ['nl', 'Geboortedatum', 'date-of-birth', 'bday'],
  ['pl', 'Data urodzenia', 'date-of-birth', 'bday'],
  ['sv', 'Födelsedatum', 'date-of-birth', 'bday'],
  ['tr', 'Doğum tarihi', 'date-of-birth', 'bday'],
  ['ru', 'Дата рождения', 'date-of-birth', 'bday'],
  ['uk', 'Дата народження', 'date-of-birth', 'bday'],
  ['ar', 'تاريخ الميلاد', 'date-of-birth', 'bday'],
  ['ja', '生年月日', 'date-of-birth', 'bday'],
  ['zh', '出生日期', 'date-of-birth', 'bday'],
  ['ko', '생년월일', 'date-of-birth', 'bday'],
  // government id
  ['en', 'Social Security number', 'government-id', 'ssn'],
  ['en', 'Passport number', 'government-id', 'passport-number'],
  ['en', "Driver's license number", 'government-id', 'drivers-licence-number'],
  ['en', 'PAN card number', 'government-id', 'pan'],
  ['de', 'Personalausweisnummer', 'government-id', 'national-id'],
  ['es', 'DNI / NIE', 'government-id', 'national-id'],
  ['pt', 'CPF', 'government-id', 'national-id'],
  ['pl', 'PESEL', 'government-id', 'national-id'],
  ['tr', 'TC Kimlik No', 'government-id', 'national-id'],
  ['it', 'Codice fiscale', 'government-id', 'personal-tax-id'],
  ['ja', 'マイナンバー', 'government-id', 'national-id'],
  ['zh', '身份证号', 'government-id', 'national-id'],
  ['ko', '주민등록번호', 'government-id', 'national-id'],
  // a person's own tax number is a government ID in the taxonomy, a company's VAT/tax number is not
  ['es', 'Número de identificación fiscal', 'government-id', 'personal-tax-id'],
  ['ru', 'ИНН', 'government-id', 'personal-tax-id'],
  ['uk', 'Податковий номер', 'government-id', 'personal-tax-id'],
  // nationality
  ['en', 'Citizenship', 'nationality', 'nationality'],
  ['en', 'Are you a U.S. person?', 'nationality', 'us-person-status'],
  ['de', 'Staatsangehörigkeit', 'nationality', 'nationality'],
  ['fr', 'Nationalité', 'nationality', 'nationality'],
  ['ru', 'Гражданство', 'nationality', 'nationality'],
  ['ja', '国籍', 'nationality', 'nationality'],
  // tax id
  ['en', 'VAT number', 'tax-id', 'vat-number'],
  ['en', 'Company tax number', 'tax-id', 'vat-number'],
  ['es', 'NIF de la empresa', 'tax-id', 'vat-number'],
  ['ru', 'ИНН организации', 'tax-id', 'vat-number'],
  ['pl', 'NIP firmy', 'tax-id', 'vat-number'],
  ['tr', 'Vergi numarası', 'tax-id', 'vat-number'],
  ['de', 'USt-IdNr.', 'tax-id', 'vat-number'],
  ['fr', 'Numéro de TVA intracommunautaire', 'tax-id', 'vat-number'],
  ['it', 'Partita IVA', 'tax-id', 'vat-number'],
  ['nl', 'KvK-nummer', 'tax-id', 'company-registration-number'],
  ['pl', 'NIP', 'tax-id', 'vat-number'],
  // organization
  ['en', 'Company name', 'organization', 'organization'],
  ['en', 'Job title', 'organization', 'organization-title'],
  ['de', 'Firma', 'organization', 'organization'],
  ['fr', 'Raison sociale', 'organization', 'organization'],
  ['es', 'Empresa', 'organization', 'organization'],
  ['sv', 'Företagsnamn', 'organization', 'organization'],
  ['ja', '会社名', 'organization', 'organization'],
  ['zh', '公司名称', 'organization', 'organization'],
  ['en', 'Industry', 'organization', 'industry'],
  ['en', 'Org name', 'organization', 'organization'],
  ['en', 'DBA', 'organization', 'organization'],
  // intended use
  ['en', 'Describe your use case', 'intended-use', 'intended-use'],
  ['en', 'Will you use this account to train AI models?', 'intended-use', 'ai-training-intent'],
  ['de', 'Verwendungszweck', 'intended-use', 'intended-use'],
  ['ja', '利用目的', 'intended-use', 'intended-use'],
  // credentials
  ['en', 'Username', 'credentials', 'username'],
  ['de', 'Benutzername', 'credentials', 'username'],
  ['en', 'AWS account name', 'credentials', 'account-name'],
  ['en', 'Tenancy name', 'credentials', 'account-name'],
  ['fr', "Nom d'utilisateur", 'credentials', 'username'],
  ['ru', 'Логин', 'credentials', 'username'],
  ['zh', '用户名', 'credentials', 'username'],
  ['ko', '아이디', 'credentials', 'username'],
  ['en', 'Verification code', 'credentials', 'one-time-code'],
  ['en', 'Enter the characters you see', 'other', 'captcha'],
  // Anti-spam honeypots: a box captioned for robots asks nothing of a person.
  ['en', 'Leave this field empty', 'other', 'captcha'],
  ['de', 'Dieses Feld leer lassen', 'other', 'captcha'],
  ['fr', 'Laissez ce champ vide', 'other', 'captcha'],
  ['es', 'Deja este campo vacío', 'other', 'captcha'],
  // other
  ['en', 'Promo code', 'other', 'promo-code'],
  ['de', 'Gutscheincode', 'other', 'promo-code'],
  ['en', 'Gender', 'other', 'sex'],
  ['en', 'Search products', 'other', 'search'],
];

describe('categories from labels, 16 languages', () => {
  it('the table covers every required language and every category', () => {
    expect(new Set(LABELS.map((r) => r[0]))).toEqual(new Set(['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'tr', 'ru', 'uk', 'ar', 'ja', 'zh', 'ko']));
    expect(new Set(LABELS.map((r) => r[2])).size).toBe(13); // all but identity-document (file inputs, tested below)
  });

  it.each(LABELS.map((r) => [...r]))('[%s] "%s" → %s', (...row) => {
    const [, label, category, fieldType] = row as unknown as Row;
    const c = classifyField(labelled(label));
    expect({ category: c.category, fieldType: c.fieldType }).toEqual({ category, fieldType: fieldType ?? c.fieldType });
    expect(c.evidence.join(' ')).toContain(label.length <= 48 ? `label "${label}"` : 'label');
  });
});

describe('categories from other signals alone', () => {
  it.each([
    ['cc-number', 'payment'],
    ['billing postal-code', 'address'],
    ['section-ship shipping street-address', 'address'],
    ['bday-year', 'date-of-birth'],
    ['organization', 'organization'],
    ['tel-national', 'phone'],
    ['one-time-code', 'credentials'],
  ] as const)('autocomplete="%s" → %s', (autocomplete, category) => {
    const c = classifyField(field({ autocomplete }));
    expect(c.category).toBe(category);
    expect(c.evidence[0]).toMatch(/^autocomplete=/);
  });

  it('ignores autocomplete values that are not tokens ("off", "nope", garbage)', () => {
    for (const autocomplete of ['off', 'on', 'nope', 'chrome-off', 'x1y2z3']) {
      expect(classifyField(field({ autocomplete })).fieldType).toBe('unknown');
    }
  });

  it.each([
    ['billing[address][zip]', 'postal-code'],
    ['customerFirstName', 'given-name'],
    ['shipping_last_name', 'family-name'],
    ['ccExpMonth', 'cc-exp-month'],
    ['cvv2', 'cc-csc'],
    ['dob', 'bday'],
    ['txtEmailAddress', 'email'],
    ['vatNumber', 'vat-number'],
    ['plz', 'postal-code'],
    ['tenancyName', 'account-name'],
  ] as const)('name="%s" → %s', (name, fieldType) => {
    const c = classifyField(field({ name }));
    expect(c.fieldType).toBe(fieldType);
    expect(c.evidence.some((e) => e.startsWith('name token'))).toBe(true);
  });

  it.each([
    ['email', 'email'],
    ['tel', 'tel'],
    ['password', 'current-password'],
    ['search', 'search'],
    ['url', 'website'],
  ] as const)('type=%s → %s', (type, fieldType) => {
    const c = classifyField(field({ type }));
    expect(c.fieldType).toBe(fieldType);
    expect(c.evidence).toContain(`type=${type}`);
  });

  it('reads placeholders, aria-labels and nearby text when there is no label', () => {
    expect(classifyField(field({ placeholder: 'Nachname' })).fieldType).toBe('family-name');
    expect(classifyField(field({ ariaLabel: 'Código postal' })).fieldType).toBe('postal-code');
    expect(classifyField(field({ nearbyText: 'Kod pocztowy' })).fieldType).toBe('postal-code');
    expect(classifyField(field({ placeholder: 'jane@example.com' })).fieldType).toBe('email');
    expect(classifyField(field({ placeholder: 'MM / YY' })).fieldType).toBe('cc-exp');
  });

  it('"House" beside a street is the house number, as a caption and as a framework binding', () => {
    expect(classifyFields([labelled('Street'), field({ placeholder: 'House*' })])[1]!.fieldType).toBe('address-housenumber');
    expect(classifyFields([labelled('Street'), field({ bindings: 'house' })])[1]!.fieldType).toBe('address-housenumber');
  });
});

describe('identity documents (file inputs)', () => {
  it('an ID upload is an identity document', () => {
    const c = classifyField(field({ type: 'file', accept: 'image/*,application/pdf', labels: ['Upload a photo of your government-issued ID'] }));
    expect(c.category).toBe('identity-document');
    expect(c.fieldType).toBe('id-document-upload');
  });

  it('a selfie upload is a selfie', () => {
    const c = classifyField(field({ type: 'file', accept: 'image/*', labels: ['Take a selfie'] }));
    expect(c.fieldType).toBe('selfie');
  });

  it('proof of address, in German', () => {
    expect(classifyField(field({ type: 'file', labels: ['Meldebescheinigung hochladen'] })).fieldType).toBe('proof-of-address');
  });

  it('a file input never becomes a text category', () => {
    expect(classifyField(field({ type: 'file', labels: ['Email'] })).category).not.toBe('email');
  });
});
