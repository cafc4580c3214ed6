// Words the register-lookalike pages (test/fixtures/register-lookalikes) showed missing: a race entry
// ("Half marathon", "Maratona", "10K") registers a runner, an appointment request ("Randevu talebi") books a slot, a
// bike registration ("Registreer je fiets") or a blood-donor sign-up ("Become a blood donor") records
// something with a service, a German "Online-Voranmeldung" pre-registers at a desk, a scholarship
// ("منحة") is applied for: none opens an account. A text club ("Join the Text Club") and a
// Vietnamese discount popup ("đơn đầu tiên", first order) are mailing lists; "Enregistrez votre
// appareil" registers a product. And the numbers and names those forms ask: an IMEI, a frame number,
// a receipt number (Polish "numer paragonu"), a membership card (Italian "tessera"), a Japanese
// domain name (ドメイン名).
import { describe, expect, it } from 'vitest';
import { classifyFields, classifyForm, labelled, select } from './factory.ts';

describe('a race entry registers a runner, not an account', () => {
  const entries: [string, string, string, string[], string][] = [
    ['en', 'Spring Fling 5K – Register', 'Register', ['First name', 'Last name', 'Date of birth', 'Email'], 'Register now'],
    ['en', 'City Half Marathon 2021', 'Registration', ['First name', 'Last name', 'Date of birth', 'Email'], 'Register'],
    ['it', 'Maratona di Lucca – Iscrizioni', 'Iscrizione', ['Nome', 'Cognome', 'Data di nascita', 'Email'], 'Iscriviti'],
    ['es', 'Media Maratón de Sevilla – Inscripciones', 'Inscripción', ['Nombre', 'Apellidos', 'Fecha de nacimiento', 'Correo electrónico'], 'Inscríbete'],
    ['pt', 'Meia Maratona do Porto – Inscrições', 'Inscrição', ['Nome', 'Apelido', 'Data de nascimento', 'Email'], 'Inscreva-se'],
    ['de', 'Halbmarathon Kassel – Anmeldung', 'Anmeldung', ['Vorname', 'Nachname', 'Geburtsdatum', 'E-Mail'], 'Jetzt registrieren'],
    ['nl', 'Halve marathon Utrecht', 'Registratie', ['Voornaam', 'Achternaam', 'Geboortedatum', 'E-mail'], 'Registreren'],
    ['fr', 'Semi-marathon de Lyon – Inscriptions', 'Inscription', ['Prénom', 'Nom', 'Date de naissance', 'E-mail'], 'S’inscrire'],
    ['tr', 'İstanbul Yarı Maraton – Kayıt', 'Kayıt', ['Ad', 'Soyad', 'Doğum tarihi', 'E-posta'], 'Kayıt ol'],
  ];
  it.each(entries)('%s: "%s" is no signup', (lang, title, heading, captions, button) => {
    const fields = [...captions.map((c) => labelled(c)), select('T-shirt', ['S', 'M', 'L', 'XL'])];
    expect(classifyForm(fields, { heading, buttons: [button], submitButtons: 1 }, { lang, title }).kind).not.toBe('signup');
  });
});

describe('records kept with a service and requests open no account', () => {
  it('tr: a "Randevu talebi" form with a name, phone and birth date is other (the words of a booking, not "randevu" alone, which names appointment software too)', () => {
    const form = classifyForm([labelled('Ad Soyad'), labelled('Cep Telefonu', { type: 'tel' }), labelled('Doğum Tarihi')], { heading: 'Randevu talebi', buttons: ['Randevu Al'], submitButtons: 1 }, { lang: 'tr' });
    expect(form.kind).toBe('other');
  });
  it('nl: "Registreer je fiets" with a frame number is no signup, and the frame number a reference number', () => {
    const form = classifyForm([labelled('Framenummer'), labelled('Naam'), labelled('E-mail', { type: 'email' })], { heading: 'Registreer je fiets', buttons: ['Registreren'], submitButtons: 1 }, { lang: 'nl' });
    expect(form.kind).not.toBe('signup');
    expect(form.fields[0]!.fieldType).toBe('reference-number');
  });
  it('en: "Become a blood donor" with a name, birth date and email is no signup', () => {
    const form = classifyForm([labelled('Full name'), labelled('Date of birth'), labelled('Email', { type: 'email' })], { heading: 'Become a blood donor', buttons: ['Sign up'], submitButtons: 1 }, { lang: 'en' });
    expect(form.kind).not.toBe('signup');
  });
  it('de: an "Online-Voranmeldung" finished at the desk is neither login nor signup', () => {
    const form = classifyForm([labelled('Name'), labelled('Vorname'), labelled('Geburtsdatum'), labelled('E-Mail')], { heading: 'Online-Voranmeldung', buttons: ['Anmeldung absenden'], submitButtons: 1 }, { lang: 'de' });
    expect(['login', 'signup']).not.toContain(form.kind);
  });
  it('fr: "Enregistrez votre appareil" with a serial number is other', () => {
    const form = classifyForm([labelled('Numéro de série'), labelled('Date d’achat', { type: 'date' }), labelled('E-mail', { type: 'email' })], { heading: 'Enregistrez votre appareil', buttons: ['Valider'], submitButtons: 1 }, { lang: 'fr' });
    expect(form.kind).toBe('other');
  });
  it('ar: a scholarship application (طلب منحة) is no signup', () => {
    const form = classifyForm([labelled('الاسم الكامل'), labelled('البريد الإلكتروني', { type: 'email' }), labelled('تاريخ الميلاد')], { heading: 'طلب منحة دراسية', buttons: ['تسجيل'], submitButtons: 1 }, { lang: 'ar' });
    expect(form.kind).not.toBe('signup');
  });
});

describe('text clubs and first-order discounts are mailing lists', () => {
  it('en: a name, a phone and a ZIP under "Join the Text Club" with "Sign Me Up" is newsletter', () => {
    const form = classifyForm([labelled('First name'), labelled('Mobile number', { type: 'tel' }), labelled('ZIP code')], { heading: 'Join the Flagship Text Club', buttons: ['Sign Me Up'], submitButtons: 1 }, { lang: 'en', title: 'Flagship Burgers — Join the Text Club' });
    expect(form.kind).toBe('newsletter');
  });
  it('vi: an email and a birthday under "Giảm 10% cho đơn đầu tiên" with "Đăng ký" is newsletter', () => {
    const form = classifyForm([labelled('Email', { type: 'email' }), labelled('Ngày sinh', { type: 'date' })], { heading: 'Giảm 10% cho đơn đầu tiên', buttons: ['Đăng ký'], submitButtons: 1 }, { lang: 'vi' });
    expect(form.kind).toBe('newsletter');
  });
});

describe('numbers and names of things', () => {
  it.each([
    ['en', 'IMEI number'],
    ['pl', 'Numer paragonu'],
    ['it', 'N. tessera FIDAL'],
  ])('%s: "%s" is a reference number', (lang, caption) => {
    expect(classifyFields([labelled(caption)], {}, { lang })[0]!.fieldType).toBe('reference-number');
  });
  it('ja: ドメイン名 (a domain name) is an account name, no person name', () => {
    expect(classifyFields([labelled('ドメイン名')], {}, { lang: 'ja' })[0]!.fieldType).toBe('account-name');
  });
});

// Batch 2: sending a page to a friend ("Envoyer à un ami", "Tell a friend") invites someone; a
// Mailchimp list ("Únete a nuestra lista"), a game's pre-registration (事前登録, 사전예약, "Pre-register")
// and a WhatsApp VIP group ("Grupo VIP") are lists; registering a loyalty card ("Zarejestruj kartę")
// records it; and the fields those forms ask.
describe('tell-a-friend forms, lists and pre-registrations', () => {
  it.each([
    ['fr', 'Envoyer à un ami', ['Nom de votre ami', 'Adresse e-mail de votre ami', 'Votre nom'], 'Envoyer'],
    ['en', 'Tell a friend', ['Your friend’s name', 'Your friend’s email', 'Your name'], 'Send'],
  ])('%s: "%s" is other, not a newsletter', (lang, heading, captions, button) => {
    const fields = captions.map((c) => labelled(c, c.includes('mail') ? { type: 'email' } : {}));
    expect(classifyForm(fields, { heading, buttons: [button], submitButtons: 1 }, { lang }).kind).toBe('other');
  });
  it.each([
    ['es', 'Únete a nuestra lista', [labelled('Nombre'), labelled('Correo electrónico', { type: 'email' }), labelled('Cumpleaños')], 'Unirme'],
    ['ja', '事前登録受付中', [labelled('メールアドレス', { type: 'email' })], '事前登録する'],
    ['ko', '게임 사전등록', [labelled('이름'), labelled('휴대폰 번호', { type: 'tel' })], '등록하기'],
    ['en', 'Pre-register now', [labelled('Email', { type: 'email' })], 'Pre-register'],
    ['pt', 'Grupo VIP no WhatsApp', [labelled('Seu nome'), labelled('WhatsApp com DDD', { type: 'tel' })], 'Quero entrar no grupo'],
  ])('%s: "%s" is newsletter', (lang, heading, fields, button) => {
    expect(classifyForm(fields, { heading, buttons: [button], submitButtons: 1 }, { lang }).kind).toBe('newsletter');
  });
  it.each([
    ['pl', 'Zarejestruj kartę Klubu', ['Imię', 'Nazwisko', 'Numer telefonu'], 'Zarejestruj kartę'],
    ['en', 'Register your rewards card', ['First name', 'Last name', 'Mobile number'], 'Register'],
  ])('%s: "%s" without a password is no signup', (lang, heading, captions, button) => {
    expect(classifyForm(captions.map((c) => labelled(c)), { heading, buttons: [button], submitButtons: 1 }, { lang }).kind).not.toBe('signup');
  });
});

describe('fields of batch 2', () => {
  it('it: "Voglio ricevere aggiornamenti dal Comitato" is a marketing opt-in', () => {
    const box = labelled('Voglio ricevere aggiornamenti dal Comitato', { type: 'checkbox' });
    expect(classifyFields([labelled('Email', { type: 'email' }), box], {}, { lang: 'it' })[1]!.fieldType).toBe('marketing-opt-in');
  });
  it('ja: レシート番号 (a receipt number) is a reference number', () => {
    expect(classifyFields([labelled('レシート番号')], {}, { lang: 'ja' })[0]!.fieldType).toBe('reference-number');
  });
  it('ko: 동물 이름 (the animal\'s name) is no person\'s name, 방문 희망일 (the day to visit) another date', () => {
    const [pet, visit] = classifyFields([labelled('동물 이름'), labelled('방문 희망일', { type: 'date' })], {}, { lang: 'ko' });
    expect(pet!.fieldType).not.toBe('name');
    expect(visit!.fieldType).toBe('other-date');
  });
});

// Batch 3: joining a video meeting ("Join Meeting", "Meeting beitreten") is no sign-up and its
// "Meeting ID" a reference number; a free sample request ("Demandez votre échantillon gratuit") is a
// request to the site; a Russian place of birth given as a city or a country ("Город рождения",
// "Страна рождения"); a wedding date is no birth date.
describe('meetings, samples and dates of batch 3', () => {
  it.each([
    ['en', 'Join Meeting', ['Meeting ID or Personal Link Name', 'Your Name'], 'Join'],
    ['de', 'Meeting beitreten', ['Meeting-ID', 'Ihr Name'], 'Anmelden'],
    ['fr', 'Rejoindre une réunion', ['ID de réunion', 'Votre nom'], 'Rejoindre'],
    ['es', 'Unirse a una reunión', ['ID de reunión', 'Tu nombre'], 'Únete'],
  ])('%s: "%s" with a meeting ID and a name is other, neither signup nor login', (lang, heading, captions, button) => {
    expect(classifyForm(captions.map((c) => labelled(c)), { heading, buttons: [button], submitButtons: 1 }, { lang }).kind).toBe('other');
  });
  it('en: "Meeting ID or Personal Link Name" is a reference number', () => {
    expect(classifyFields([labelled('Meeting ID or Personal Link Name')], {}, { lang: 'en' })[0]!.fieldType).toBe('reference-number');
  });
  it('fr: a free sample request with a postal address is other, not a profile', () => {
    const fields = [labelled('Prénom'), labelled('Nom'), labelled('Adresse'), labelled('Code postal'), labelled('Ville'), labelled('E-mail', { type: 'email' })];
    expect(classifyForm(fields, { heading: 'Demandez votre échantillon gratuit', buttons: ['Recevoir mon échantillon'], submitButtons: 1 }, { lang: 'fr' }).kind).toBe('other');
  });
  it('ru: "Город рождения" and "Страна рождения" are the place of birth', () => {
    const [city, country] = classifyFields([labelled('Город рождения'), labelled('Страна рождения')], {}, { lang: 'ru' });
    expect(city!.fieldType).toBe('place-of-birth');
    expect(country!.fieldType).toBe('place-of-birth');
  });
  it('en: a wedding date is another date, no birth date', () => {
    expect(classifyFields([labelled('Your first name'), labelled('Wedding date', { type: 'date' })], {}, { lang: 'en' })[1]!.fieldType).toBe('other-date');
  });
});

// Batch 4: registering a vehicle with a landlord or a car park records it, and opens no account.
describe('vehicle registration', () => {
  it('en: "Register your vehicle" with a plate, a name and an email is no signup', () => {
    const fields = [labelled('Resident name'), labelled('Email', { type: 'email' }), labelled('License plate'), labelled('Make'), labelled('Model')];
    expect(classifyForm(fields, { heading: 'Register your vehicle', buttons: ['Register Vehicle'], submitButtons: 1 }, { lang: 'en' }).kind).not.toBe('signup');
  });
});
