// The signals behind the lookalike pages (lookalike-pages.test.ts), each on small forms of its own:
// details sent to ask for something are no profile, a month/year box alone is no card, an email box
// captioned "Invite teammates" is the invitee's, Dutch "Aanmelden" means both signing up and signing
// in, and the words of updates sign-ups, referrals, quotes, courses, domains and search boxes.
import { describe, expect, it } from 'vitest';
import { classifyFields, classifyForm, labelled, select } from './factory.ts';

const person = () => [labelled('First name', { name: 'first_name' }), labelled('Last name', { name: 'last_name' }), labelled('Email', { type: 'email', name: 'email' }), labelled('Phone', { type: 'tel', name: 'phone' })];

describe('person:details-without-password: personal details alone are a profile only under profile words', () => {
  it('a name, an email and a phone sent with a neutral button (a petition, a test drive, a loan step) are other', () => {
    for (const button of ['Submit', 'Continuar', 'Sign']) {
      expect(classifyForm(person(), { buttons: [button], submitButtons: 1 }, { url: 'https://site.example/form' }).kind, button).toBe('other');
    }
  });

  it('the same details under "Edit profile" / "Save changes" or in an address book stay a profile', () => {
    expect(classifyForm(person(), { heading: 'Edit profile', buttons: ['Save changes'], submitButtons: 1 }, { url: 'https://shop.example/account/profile' }).kind).toBe('profile');
    const address = [labelled('Full name'), labelled('Street address', { autocomplete: 'address-line1' }), labelled('City', { autocomplete: 'address-level2' }), labelled('ZIP code', { autocomplete: 'postal-code' })];
    expect(classifyForm(address, { buttons: ['Save'], submitButtons: 1 }, { url: 'https://shop.example/addresses/new' }).kind).toBe('profile');
  });
});

describe('a month/year box with no card number beside it is no card', () => {
  const expiryShaped = () => labelled('', { labels: [], placeholder: 'MM/YY', name: 'since' });
  it('details with one "MM/YY" box are no payment', () => {
    const fields = [...person(), expiryShaped()];
    expect(classifyFields(fields, { buttons: ['Continue'], submitButtons: 1 })[4]!.fieldType).toBe('cc-exp');
    expect(classifyForm(fields, { buttons: ['Continue'], submitButtons: 1 }).kind).not.toBe('checkout');
  });

  it('beside a card number the same box is the card\'s expiry and the form a payment', () => {
    const fields = [labelled('Card number', { autocomplete: 'cc-number' }), expiryShaped(), labelled('CVC', { autocomplete: 'cc-csc' })];
    expect(classifyForm(fields, { buttons: ['Continue'], submitButtons: 1 }).kind).toBe('checkout');
  });
});

describe('words:invite reads an email box captioned with invitation words', () => {
  const fields = (mail: string) => [labelled('Workspace name', { name: 'workspace_name' }), labelled(mail, { name: 'invite_emails' })];
  it('"Create workspace" with an email box captioned "Invite teammates" is other, not a newsletter', () => {
    expect(classifyForm(fields('Invite teammates (optional)'), { heading: 'Create a new workspace', buttons: ['Create workspace'], submitButtons: 1 }).kind).toBe('other');
  });
  it('"Enviar convite" on a friend\'s name, email and phone is other', () => {
    const friend = [labelled('Nome do seu amigo'), labelled('E-mail do seu amigo', { type: 'email' }), labelled('Celular do seu amigo', { type: 'tel' })];
    expect(classifyForm(friend, { buttons: ['Enviar convite'], submitButtons: 1 }, { lang: 'pt-BR' }).kind).toBe('other');
  });
});

describe('Dutch "Aanmelden" is signing up (NL) and signing in (BE): half of each', () => {
  it('a lone email box with "Aanmelden" under "Ontvang nieuw aanbod per e-mail" is a newsletter, not the first step of both', () => {
    const box = [labelled('Ontvang nieuw aanbod per e-mail', { type: 'email', name: 'alert_email' })];
    expect(classifyForm(box, { buttons: ['Aanmelden'], submitButtons: 1 }, { lang: 'nl', url: 'https://makelaar.example/aanbod/' }).kind).toBe('newsletter');
  });
  it('with a password it stays a sign-in, with a confirmed password a sign-up', () => {
    const login = [labelled('E-mailadres', { type: 'email' }), labelled('Wachtwoord', { type: 'password', nearbyText: 'Wachtwoord vergeten?' })];
    expect(classifyForm(login, { buttons: ['Aanmelden'], submitButtons: 1 }, { lang: 'nl' }).kind).toBe('login');
    const signup = [labelled('E-mailadres', { type: 'email' }), labelled('Wachtwoord', { type: 'password' }), labelled('Herhaal wachtwoord', { type: 'password' })];
    expect(classifyForm(signup, { buttons: ['Aanmelden'], submitButtons: 1 }, { lang: 'nl' }).kind).toBe('signup');
  });
});

describe('words of lookalike forms in several languages', () => {
  it('"Sign up for updates" over a name, email, ZIP and mobile is a newsletter', () => {
    const fields = [labelled('First Name'), labelled('Email', { type: 'email' }), labelled('ZIP'), labelled('Mobile Phone', { type: 'tel' })];
    expect(classifyForm(fields, { heading: 'Sign up for updates', buttons: ['Sign Up'], submitButtons: 1 }).kind).toBe('newsletter');
  });
  it('"Zamów wycenę" (request a quote) is no order', () => {
    const fields = [labelled('Imię i nazwisko'), labelled('Telefon', { type: 'tel' }), labelled('E-mail', { type: 'email' }), labelled('Miejscowość')];
    expect(classifyForm(fields, { buttons: ['Zamów wycenę'], submitButtons: 1 }, { lang: 'pl' }).kind).toBe('other');
  });
  it('"Đăng ký khóa học" (course registration) is no account', () => {
    const fields = [labelled('Họ và tên'), labelled('Số điện thoại', { type: 'tel' }), labelled('Email', { type: 'email' })];
    expect(classifyForm(fields, { heading: 'Đăng ký khóa học', buttons: ['Đăng ký ngay'], submitButtons: 1 }, { lang: 'vi', url: 'https://trungtam.example/khoa-hoc/ielts' }).kind).toBe('other');
  });
  it('"tên miền" (a domain name) is no person\'s name, and its "Đăng ký" page makes no account', () => {
    const fields = [labelled('', { labels: [], placeholder: 'Nhập tên miền bạn muốn đăng ký', name: 'ten_mien' }), select('', ['.vn', '.com.vn', '.com'])];
    expect(classifyFields(fields, { buttons: ['Kiểm tra'], submitButtons: 1 }, { lang: 'vi' })[0]!.fieldType).toBe('account-name');
    expect(classifyForm(fields, { buttons: ['Kiểm tra'], submitButtons: 1 }, { lang: 'vi', title: 'Đăng ký tên miền', url: 'https://host.example/ten-mien/dang-ky' }).kind).not.toBe('signup');
  });
  it('"Busque por produto" and a "tu_khoa" (keyword) box are search boxes', () => {
    expect(classifyFields([labelled('', { labels: [], placeholder: 'Busque por produto ou marca', name: 'termo' })], {}, { lang: 'pt-BR' })[0]!.fieldType).toBe('search');
    expect(classifyFields([labelled('', { labels: [], placeholder: 'Tìm sách, tác giả...', name: 'tu_khoa' })], {}, { lang: 'vi' })[0]!.fieldType).toBe('search');
  });
  it('"Date d\'obtention du permis" is a document date', () => {
    expect(classifyFields([labelled('Nom'), labelled("Date d'obtention du permis", { placeholder: 'MM/AAAA' })], {}, { lang: 'fr' })[1]!.fieldType).toBe('document-details');
  });
});

describe('a profile\'s "About me" box is no message to the site', () => {
  const profile = (bio: string) => [labelled('昵称', { name: 'nickname' }), labelled('真实姓名'), labelled('手机', { type: 'tel' }), labelled(bio, { name: 'bio', tag: 'textarea', type: 'textarea' })];
  it('"个人简介" / "About me" under profile words stays a profile', () => {
    expect(classifyForm(profile('个人简介'), { buttons: ['保存'], submitButtons: 1 }, { lang: 'zh-CN', title: '个人资料 - 账号设置', url: 'https://site.example/settings/profile' }).kind).toBe('profile');
    expect(classifyForm(profile('About me'), { buttons: ['Save changes'], submitButtons: 1 }, { title: 'Edit profile', url: 'https://site.example/settings/profile' }).kind).toBe('profile');
  });
  it('a message box on the same page is still a message', () => {
    expect(classifyForm(profile('Your message'), { buttons: ['Send'], submitButtons: 1 }, { url: 'https://site.example/contact' }).kind).toBe('other');
  });
});

describe('more lookalike words', () => {
  it('Turkish "Ön Kayıt" (pre-registration at a school) is no account', () => {
    const fields = [labelled('', { labels: [], placeholder: 'Veli Adı Soyadı' }), labelled('', { labels: [], placeholder: 'Telefon', type: 'tel' }), labelled('', { labels: [], placeholder: 'E-posta', type: 'email' })];
    expect(classifyForm(fields, { buttons: ['Ön Kayıt Yap'], submitButtons: 1 }, { lang: 'tr', title: 'Ön Kayıt Formu', url: 'https://kolej.example/on-kayit' }).kind).toBe('other');
  });
  it('German "Jobtitel, Stichwort" and "Ort" with "Jobs finden" is a search', () => {
    const fields = [labelled('', { labels: [], placeholder: 'Jobtitel, Stichwort', name: 'was' }), labelled('', { labels: [], placeholder: 'Ort', name: 'wo' })];
    expect(classifyForm(fields, { buttons: ['Jobs finden'], submitButtons: 1 }, { lang: 'de' }).kind).toBe('search');
  });
});

describe('third batch: quotes, brochures, appointments and an Arabic "create your account"', () => {
  it('"Get My Quote" over two ZIP codes, a name, an email and a phone is a quote request, not an address book', () => {
    const fields = [labelled('Moving from (ZIP)'), labelled('Moving to (ZIP)'), labelled('Name'), labelled('Email', { type: 'email' }), labelled('Phone', { type: 'tel' })];
    expect(classifyForm(fields, { buttons: ['Get My Quote'], submitButtons: 1 }, { title: 'Free Moving Quote' }).kind).toBe('other');
  });
  it('"Recevoir ma documentation" over a postal address is a brochure request', () => {
    const fields = [labelled('Nom'), labelled('Prénom'), labelled('Adresse'), labelled('Code postal'), labelled('Ville'), labelled('E-mail', { type: 'email' })];
    expect(classifyForm(fields, { buttons: ['Recevoir ma documentation'], submitButtons: 1 }, { lang: 'fr' }).kind).toBe('other');
  });
  it('"Записаться на приём" with a preferred date is an appointment, and "Желаемая дата" no birth date', () => {
    const fields = [labelled('ФИО пациента'), labelled('Телефон', { type: 'tel' }), labelled('Желаемая дата', { type: 'date' })];
    expect(classifyFields(fields, {}, { lang: 'ru' })[2]!.fieldType).toBe('other-date');
    expect(classifyForm(fields, { buttons: ['Записаться'], submitButtons: 1 }, { lang: 'ru', title: 'Записаться на приём' }).kind).toBe('other');
  });
  it('"أنشئ حسابك" (create your account) over one email box with "التالي" (next) is step one of a sign-up', () => {
    const box = [labelled('', { labels: [], placeholder: 'البريد الإلكتروني', type: 'email', name: 'email' })];
    expect(classifyForm(box, { buttons: ['التالي'], submitButtons: 1 }, { lang: 'ar', title: 'أنشئ حسابك', headings: ['أنشئ حسابك'], url: 'https://site.example/auth/signup' }).kind).toBe('signup');
  });
});

describe('a password its caption marks optional is an account offered on the way (cue:optional)', () => {
  const order = (password: string) => [
    labelled('Adresse e-mail', { type: 'email' }),
    labelled(password, { type: 'password', name: 'passwd', nearbyText: '(5 caractères min.) Renseignez un mot de passe pour créer un compte.' }),
    labelled('Prénom'),
    labelled('Nom'),
    labelled('Adresse'),
    labelled('Code postal'),
    labelled('Ville'),
    labelled('Recevoir notre newsletter', { type: 'checkbox', name: 'newsletter' }),
  ];
  const read = (password: string) => classifyForm(order(password), { heading: 'Nouveau client', buttons: ['Enregistrer'], submitButtons: 1 }, { lang: 'fr', title: 'Commande rapide', url: 'https://shop.example/commande-rapide' }).kind;
  it('"Mot de passe (facultatif)" in an order\'s address form leaves it the order', () => {
    expect(read('Mot de passe (facultatif)')).toBe('checkout');
  });
  it('a sign-up whose password is optional (a link by e-mail instead) stays a sign-up', () => {
    const fields = [labelled('Adresse e-mail', { type: 'email' }), labelled('Mot de passe (facultatif)', { type: 'password' }), labelled('Prénom')];
    expect(classifyForm(fields, { heading: 'Créer un compte', buttons: ['Créer mon compte'], submitButtons: 1 }, { lang: 'fr', url: 'https://site.example/inscription' }).kind).toBe('signup');
  });
});

describe('fifth batch: bookings, trial classes, courses and "Register your interest"', () => {
  it('a plain date box with a name and a phone ("Tarih", a booking\'s day) makes no age check of an account', () => {
    const fields = [labelled('Ad Soyad'), labelled('Cep Telefonu', { type: 'tel' }), labelled('Tarih', { type: 'date' })];
    expect(classifyForm(fields, { buttons: ['Randevu Al'], submitButtons: 1 }, { lang: 'tr', url: 'https://kuafor.example/randevu' }).kind).not.toBe('signup');
  });
  it('a box that says "Date of birth" beside a name and a phone still reads as an account\'s age check', () => {
    const fields = [labelled('Name'), labelled('Phone', { type: 'tel' }), labelled('Date of birth', { type: 'date' })];
    expect(classifyForm(fields, { buttons: ['Next'], submitButtons: 1 }, { url: 'https://social.example/i/flow/signup' }).kind).toBe('signup');
  });
  it('"Register your interest" / "سجل اهتمامك" make no account', () => {
    const fields = [labelled('First name'), labelled('Surname'), labelled('Email', { type: 'email' }), labelled('Phone', { type: 'tel' })];
    expect(classifyForm(fields, { heading: 'Register your interest', buttons: ['Register'], submitButtons: 1 }, { url: 'https://homes.example/developments/meadow-view/register-interest' }).kind).not.toBe('signup');
    const ar = [labelled('الاسم الكامل'), labelled('رقم الجوال', { type: 'tel' }), labelled('البريد الإلكتروني', { type: 'email' })];
    expect(classifyForm(ar, { heading: 'سجل اهتمامك', buttons: ['سجل الآن'], submitButtons: 1 }, { lang: 'ar' }).kind).not.toBe('signup');
  });
  it('a gym\'s "clase de prueba gratis" is a booking, not a software trial', () => {
    const fields = [labelled('Nombre'), labelled('Email', { type: 'email' }), labelled('Teléfono', { type: 'tel' })];
    expect(classifyForm(fields, { buttons: ['Quiero mi clase gratis'], submitButtons: 1 }, { lang: 'es', title: 'Clase de prueba gratis', headings: ['Reserva tu clase de prueba gratis'], url: 'https://box.example/clase-de-prueba' }).kind).toBe('other');
  });
  it('"Jetzt anmelden" to a course (/kurse/) is no sign-in', () => {
    const fields = [labelled('Vorname'), labelled('Nachname'), labelled('Straße'), labelled('PLZ'), labelled('Ort'), labelled('E-Mail', { type: 'email' })];
    expect(classifyForm(fields, { heading: 'Jetzt anmelden', buttons: ['Verbindlich anmelden'], submitButtons: 1 }, { lang: 'de', title: 'Italienisch A1 – Kurs 20H-3104', url: 'https://vhs.example/kurse/20H-3104/anmeldung' }).kind).toBe('other');
  });
});

describe('sixth batch: a card application is a request to the bank', () => {
  it('"Solicita tu tarjeta" over names, a birth date, a mobile and an email is no account', () => {
    const fields = [labelled('Nombre(s)'), labelled('Apellido paterno'), labelled('Fecha de nacimiento', { placeholder: 'DD/MM/AAAA' }), labelled('Celular', { type: 'tel' }), labelled('Correo electrónico', { type: 'email' })];
    expect(classifyForm(fields, { buttons: ['Solicitar'], submitButtons: 1 }, { lang: 'es', title: 'Solicita tu tarjeta de crédito Oro', headings: ['Solicita tu tarjeta Oro'], url: 'https://banco.example/tarjetas/oro/solicitud' }).kind).toBe('other');
  });
});
