// The general causes behind the travel pages' misses (travel-pages.test.ts), each checked on a small
// page of its own with neutral attribute names: the numbers a government gives a traveller (Known
// Traveler and Redress numbers, a French eTA number) are identity numbers; frequent-flyer, loyalty-card
// and flight numbers are no identity and no house number; a travel document's issuing state and a
// birth country named "or territory"; a list of ID proofs; a booking's passenger step is a purchase.
import { describe, expect, it } from 'vitest';
import { fieldsOf as onPage, kindsOf as kindsOnPage } from './probe-page.ts';

const BOOKING = 'https://example.test/booking';
const fieldsOf = (lang: string, body: string) => onPage(lang, body, BOOKING);
const row = (id: string, caption: string, type = 'text') => `<p><label for="${id}">${caption}</label><input id="${id}" name="f${id}" type="${type}"></p>`;
const pick = (id: string, caption: string, options: string[]) =>
  `<p><label for="${id}">${caption}</label><select id="${id}" name="f${id}">${options.map((o) => `<option>${o}</option>`).join('')}</select></p>`;
/** The probed box between a passenger's name and birth date, in a form that is submitted with "OK". */
const probed = (lang: string, caption: string, names: [string, string]) => fieldsOf(lang, `<form>${row('1', names[0])}${row('2', caption)}${row('3', names[1], 'date')}<button>OK</button></form>`)[1]!;

describe('a number a government issues a traveller to screen them by is a government ID', () => {
  it.each([
    ['en', 'Known Traveler Number (KTN)'],
    ['en', 'Known Traveller Number'],
    ['en', 'Redress number'],
    ['fr', "Numéro d'AVE (autorisation de voyage électronique)"],
  ])('%s: "%s"', (lang, caption) => {
    expect(probed(lang, caption, lang === 'fr' ? ['Nom', 'Date de naissance'] : ['Last name', 'Date of birth']).fieldType).toBe('national-id');
  });
  it('fr: "Numéro du document" is the number of the traveller\'s document, not a house number', () => {
    expect(probed('fr', 'Numéro du document', ['Nom', 'Date de naissance']).fieldType).toBe('national-id');
  });
  it('en: a list of ID proofs captioned "ID Card Type" names the document, not a payment card', () => {
    const [, type] = fieldsOf('en', `<form>${row('1', 'Name')}${pick('2', 'ID Card Type', ['Aadhaar Card', 'PAN Card', 'Passport', 'Driving Licence'])}${row('3', 'ID Card Number')}<button>Continue</button></form>`);
    expect(type!.fieldType).toBe('national-id');
  });
});

describe('a frequent-flyer, loyalty-card or flight number is a reference number', () => {
  it.each([
    ['de', 'Vielfliegernummer', ['Nachname', 'Geburtsdatum']],
    ['de', 'Flugnummer', ['Nachname', 'Geburtsdatum']],
    ['en', 'Flight number (optional)', ['Last name', 'Date of birth']],
    ['es', 'Número de vuelo', ['Apellidos', 'Fecha de nacimiento']],
    ['es', 'Número de tarjeta de fidelización', ['Apellidos', 'Fecha de nacimiento']],
    ['it', 'Numero carta fedeltà', ['Cognome', 'Data di nascita']],
    ['it', 'Numero di volo', ['Cognome', 'Data di nascita']],
    ['ru', 'Номер бонусной карты', ['Фамилия', 'Дата рождения']],
  ] as const)('%s: "%s"', (lang, caption, names) => {
    expect(probed(lang, caption, [...names]).fieldType).toBe('reference-number');
  });
});

describe("a travel document's issuer and a traveller's birth country", () => {
  it('en: "Issuing state or territory" after a licence number is the licence\'s issuer, not the address\'s state', () => {
    const [, state] = fieldsOf('en', `<form>${row('1', 'Licence number')}${pick('2', 'Issuing state or territory', ['QLD', 'NSW', 'VIC'])}${row('3', 'Licence expiry date', 'date')}<button>Continue</button></form>`);
    expect(state!.fieldType).toBe('document-details');
  });
  it.each([
    ['Country or territory of birth', true],
    ['City or town of birth', false],
  ])('en: "%s" is the place of birth', (caption, list) => {
    const box = list ? pick('2', caption, ['France', 'Japan']) : row('2', caption);
    const [, birth] = fieldsOf('en', `<form>${row('1', 'Date of birth', 'date')}${box}${row('3', 'Passport number')}<button>Continue</button></form>`);
    expect(birth!.fieldType).toBe('place-of-birth');
  });
  it('fr: "Pays d\'émission" after a document number is the issuing country', () => {
    const [, country] = fieldsOf('fr', `<form>${row('1', 'Numéro de passeport')}${pick('2', "Pays d'émission", ['France', 'Belgique'])}${row('3', "Date d'expiration", 'date')}<button>Valider</button></form>`);
    expect(country!.fieldType).toBe('document-details');
  });
  it('tr: "T.C. vatandaşı değilim" says the traveller\'s citizenship', () => {
    const [, citizen] = fieldsOf('tr', `<form>${row('1', 'T.C. Kimlik No')}<p><label><input type="checkbox" name="f2" value="1"> T.C. vatandaşı değilim</label></p>${row('3', 'Pasaport No')}<button>Devam</button></form>`);
    expect(citizen!.fieldType).toBe('nationality');
  });
});

describe("a booking's passenger step is a step of the purchase", () => {
  const passenger = (lang: string, caption: string, labels: [string, string, string]) =>
    kindsOnPage(lang, `<h1>${caption}</h1><form><h2>${caption}</h2>${row('1', labels[0])}${row('2', labels[1])}${row('3', labels[2], 'tel')}<button>OK</button></form>`, BOOKING)[0];
  it.each([
    ['en', 'Passenger details', ['Full name', 'ID Card Number', 'Mobile number']],
    ['de', 'Angaben zu den Reisenden', ['Vorname', 'Nachname', 'Mobilnummer']],
    ['id', 'Data Penumpang', ['Nama Lengkap', 'Nomor Identitas', 'No. Handphone']],
    ['tr', 'Yolcu Bilgileri', ['Ad', 'Soyad', 'Cep Telefonu']],
    ['vi', 'Thông tin hành khách', ['Họ và tên', 'Số CCCD', 'Số điện thoại']],
  ] as const)('%s: "%s"', (lang, caption, labels) => {
    expect(passenger(lang, caption, [...labels])).toBe('checkout');
  });
  it('tr: "Ödemeye Geç" on the button goes on to pay', () => {
    expect(kindsOnPage('tr', `<form>${row('1', 'Ad')}${row('2', 'Soyad')}${row('3', 'İletişim')}<button>Ödemeye Geç</button></form>`, BOOKING)[0]).toBe('checkout');
  });
});

describe('travel-document words mark an identity check', () => {
  it.each([
    ['en', 'Travel documents', ['Document number', 'Country of issue', 'Expiry date']],
    ['fr', 'Document de voyage', ['Numéro du document', "Pays d'émission", "Date d'expiration"]],
    ['ar', 'بيانات وثيقة السفر', ['رقم الوثيقة', 'بلد الإصدار', 'تاريخ انتهاء الصلاحية']],
  ] as const)('%s: "%s"', (lang, caption, labels) => {
    const kinds = kindsOnPage(lang, `<main><h1>${caption}</h1><form><h2>${caption}</h2>${row('1', labels[0])}${row('2', labels[1])}${row('3', labels[2], 'date')}<button>OK</button></form></main>`, BOOKING);
    expect(kinds[0]).toBe('identity-verification');
  });
});

describe('batch 2: loyalty and arrival boxes, birth places, ID numbers and lists of documents', () => {
  it.each([
    ['pt', 'Número do programa de fidelidade', ['Sobrenome', 'Data de nascimento']],
    ['es', 'Número de viajero frecuente (opcional)', ['Apellido(s)', 'Fecha de nacimiento']],
    ['th', 'หมายเลขสมาชิกสะสมไมล์', ['นามสกุล', 'วันเกิด']],
  ] as const)('%s: "%s" is a membership number', (lang, caption, names) => {
    expect(probed(lang, caption, [...names]).fieldType).toBe('reference-number');
  });
  it.each([
    ['zh', '预计到店', ['入住人', '手机号码']],
    ['id', 'Perkiraan Waktu Kedatangan', ['Nama Tamu', 'Nomor Ponsel']],
  ] as const)('%s: "%s" is an arrival time', (lang, caption, names) => {
    const [, , arrival] = fieldsOf(lang, `<form>${row('1', names[0])}${row('2', names[1], 'tel')}${pick('3', caption, ['14:00', '18:00', '22:00'])}<button>OK</button></form>`);
    expect(arrival!.fieldType).toBe('other-date');
  });
  it('it: "Comune o Stato di nascita" is the place of birth', () => {
    expect(probed('it', 'Comune o Stato di nascita', ['Cognome', 'Data di nascita']).fieldType).toBe('place-of-birth');
  });
  it('en: "Citizenship/National Id No." is the national ID number, not a house number', () => {
    expect(probed('en', 'Citizenship/National Id No.', ['Surname', 'Date of Birth']).fieldType).toBe('national-id');
  });
  it('en: a "Document type" list of travel documents names the document', () => {
    const [, type] = fieldsOf('en', `<form>${row('1', 'Last name')}${pick('2', 'Document type', ['Passport', 'U.S. Passport Card', 'Birth certificate with government photo ID'])}${row('3', 'Passport number')}<button>Save</button></form>`);
    expect(type!.fieldType).toBe('national-id');
  });
});

describe("batch 2: booking steps' words in more languages", () => {
  const step = (lang: string, heading: string, labels: [string, string, string], button: string) =>
    kindsOnPage(lang, `<form><h2>${heading}</h2>${row('1', labels[0])}${row('2', labels[1])}${row('3', labels[2], 'tel')}<button>${button}</button></form>`, BOOKING)[0];
  it.each([
    ['pt', 'Dados dos passageiros', ['Nome', 'Sobrenome', 'Celular'], 'Continuar'],
    ['th', 'ข้อมูลผู้โดยสาร', ['ชื่อ', 'นามสกุล', 'เบอร์โทรศัพท์มือถือ'], 'ดำเนินการต่อ'],
    ['es', 'Información de pasajeros', ['Nombre(s)', 'Apellido(s)', 'Teléfono celular'], 'Continuar'],
    ['ja', 'ご宿泊者情報の入力', ['姓', '名', '電話番号'], '予約内容の確認へ'],
    ['ru', 'Гость', ['Фамилия', 'Имя', 'Телефон'], 'Забронировать'],
    ['id', 'Data Tamu', ['Nama Lengkap', 'Email', 'Nomor Ponsel'], 'Lanjut ke Pembayaran'],
  ] as const)('%s: "%s"', (lang, heading, labels, button) => {
    expect(step(lang, heading, [...labels], button)).toBe('checkout');
  });
  it.each([
    ['fr', 'Fiche individuelle de police', ['Nom', 'Numéro de la pièce d identité', 'Téléphone']],
    ['en', 'e-Visa application', ['Surname', 'Passport Number', 'Phone']],
  ] as const)('%s: "%s" is an identity check', (lang, heading, labels) => {
    expect(step(lang, heading, [...labels], 'OK')).toBe('identity-verification');
  });
});

describe("batch 3: a booker's tax number under the booker's heading stays the person's beside a company-invoice block", () => {
  const booking = (caption: string) =>
    fieldsOf(
      'it',
      `<form><h2>Titolare della prenotazione</h2>${row('1', 'Nome')}${row('2', 'Cognome')}${row('3', caption)}<h2>Vuoi la fattura?</h2>${row('4', 'Ragione sociale')}${row('5', 'Partita IVA')}${row('6', 'Sede legale')}<button>Paga ora</button></form>`,
    );
  it('it: "Codice fiscale" under "Titolare della prenotazione" is the booker\'s', () => {
    const fields = booking('Codice fiscale');
    expect(fields[2]!.fieldType).toBe('personal-tax-id');
    expect(fields[4]!.fieldType).toBe('vat-number');
  });
  it('it: under one heading with the company\'s name and VAT number, the tax number is still the company\'s', () => {
    const fields = fieldsOf('it', `<form><h2>Dati di fatturazione</h2>${row('1', 'Ragione sociale')}${row('2', 'Partita IVA')}${row('3', 'Codice fiscale')}${row('4', 'Sede legale')}<button>Paga ora</button></form>`);
    expect(fields[2]!.fieldType).toBe('vat-number');
  });
});

describe('batch 3: a railcard number, Vietnamese given names', () => {
  it('de: "BahnCard-Nummer (16-stellig)" is a membership number, not a house number', () => {
    expect(probed('de', 'BahnCard-Nummer (16-stellig)', ['Nachname', 'Geburtsdatum']).fieldType).toBe('reference-number');
  });
  it('vi: "Tên đệm và tên" (middle and given names) after "Họ" is the given name', () => {
    const [, given] = fieldsOf('vi', `<form>${row('1', 'Họ')}${row('2', 'Tên đệm và tên')}${row('3', 'Ngày sinh', 'date')}<button>Tiếp tục</button></form>`);
    expect(given!.fieldType).toBe('given-name');
  });
});

describe('batch 4: flight and loyalty numbers in nl, id and ar', () => {
  it.each([
    ['nl', 'Vluchtnummer', ['Achternaam', 'Geboortedatum']],
    ['id', 'Nomor Frequent Flyer (opsional)', ['Nama Lengkap', 'Tanggal Lahir']],
    ['ar', 'رقم عضوية برنامج الولاء', ['اسم العائلة', 'تاريخ الميلاد']],
  ] as const)('%s: "%s" is a reference number', (lang, caption, names) => {
    expect(probed(lang, caption, [...names]).fieldType).toBe('reference-number');
  });
});
