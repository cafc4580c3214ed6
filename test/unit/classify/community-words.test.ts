// The general causes behind the community pages' misses (community-pages.test.ts), each checked on a
// small page of its own: names of things and display names that are no person's name, a whole name
// asked beside the person's own name parts, organization words (revenue, industry, department
// lists), and the words of captchas, searches, sites and messengers in the lexicons.
import { describe, expect, it } from 'vitest';
import { classify, fieldsOf, inSignup, kindsOf } from './probe-page.ts';

const row = (id: string, caption: string, type = 'text') => `<p><label for="${id}">${caption}</label><input id="${id}" name="${id}" type="${type}"></p>`;

describe("names of things and display names are no person's name", () => {
  const things: [string, string][] = [
    ['en', 'Layout name'],
    ['en', 'Name your first class'],
    ['ko', '내 캠핑카 이름'],
  ];
  for (const [lang, caption] of things) it(`${lang}: "${caption}" is no person's name`, () => expect(inSignup(lang, caption).category).not.toBe('name'));
  it('en: "Fundraiser title" is no salutation', () => expect(inSignup('en', 'Fundraiser title').category).not.toBe('name'));
  for (const caption of ['Name students will see', 'Name shown on your posts']) {
    it(`en: "${caption}" is the account's display name`, () => expect(inSignup('en', caption).fieldType).toBe('username'));
  }
  it('zh: "QQ" is a messenger id (username)', () => expect(inSignup('zh', 'QQ').fieldType).toBe('username'));
});

describe('a whole name asked in so many words beside the name parts stays a whole name', () => {
  it('es: "Nombre tal como aparecerá en el certificado" after Nombre and Apellidos', () => {
    const [, , cert] = classify('es', [{ caption: 'Nombre', name: 'nombre' }, { caption: 'Apellidos', name: 'apellidos' }, { caption: 'Nombre tal como aparecerá en el certificado', name: 'nombre_certificado' }, { caption: 'Email', name: 'email', type: 'email' }], 'Inscribirme');
    expect(cert!.fieldType).toBe('name');
  });
  it('en: "Name on certificate" after First name and Last name', () => {
    const [, , cert] = classify('en', [{ caption: 'First name' }, { caption: 'Last name' }, { caption: 'Name on certificate', name: 'name' }, { caption: 'Email', type: 'email' }], 'Enroll');
    expect(cert!.fieldType).toBe('name');
  });
  it('pt: "Nome do aluno" (a pupil\'s name) after a parent\'s first name is a whole name', () => expect(inSignup('pt', 'Nome do aluno').fieldType).toBe('name'));
  it('but "Name" beside "Surname" is still the given name', () => {
    const [name] = classify('en', [{ caption: 'Name' }, { caption: 'Surname' }, { caption: 'Email', type: 'email' }], 'Sign up');
    expect(name!.fieldType).toBe('given-name');
  });
});

describe('organization words', () => {
  it('en: a "Current revenue" list is the company size', () => {
    expect(classify('en', [{ caption: 'Email', type: 'email' }, { caption: 'Store name' }, { caption: 'Current revenue', options: ['$0', 'Up to $5,000', '$50,000+'] }], 'Create your store')[2]!.fieldType).toBe('company-size');
  });
  it('id and vi: a shop\'s category is its industry', () => {
    expect(inSignup('id', 'Kategori Toko', { options: ['Fashion', 'Elektronik'] }).fieldType).toBe('industry');
    expect(inSignup('vi', 'Ngành hàng chính', { options: ['Thời trang', 'Mỹ phẩm'] }).fieldType).toBe('industry');
  });
  it('en: a "Department" list of departments beside the job title is the department', () => {
    const f = classify('en', [{ caption: 'Company name' }, { caption: 'Job title' }, { caption: 'Department', options: ['Operations', 'Finance', 'IT', 'Marketing'] }, { caption: 'Number of employees', options: ['1-50', '51-200'] }], 'Request my demo')[2]!;
    expect(f.fieldType).toBe('organization-title');
  });
});

describe('words of sites, dates, senders, numbers, captchas and searches', () => {
  it('ru: "Домашняя страница" is a website', () => expect(inSignup('ru', 'Домашняя страница').fieldType).toBe('website'));
  it('fr: a gift card\'s "De la part de" is the sender\'s name, its "Date d\'envoi" no birth date', () => {
    const [, from, date] = fieldsOf('fr', `<form>${row('to', 'Nom du bénéficiaire')}${row('from', 'De la part de')}${row('when', "Date d'envoi", 'date')}<button>Ajouter</button></form>`);
    expect(from!.category).toBe('name');
    expect(date!.fieldType).toBe('other-date');
  });
  it('nl and en: a pet\'s chip number is a reference number, its "Geboortedatum dier" no birth date of a person', () => {
    expect(inSignup('nl', 'Chipnummer').fieldType).toBe('reference-number');
    expect(inSignup('en', 'Microchip number').fieldType).toBe('reference-number');
    expect(inSignup('nl', 'Geboortedatum dier').category).not.toBe('date-of-birth');
  });
  it('nl: a job search box "Functie, trefwoord of bedrijf" is a search', () => {
    const [q] = fieldsOf('nl', '<form action="/vacatures"><input name="q" placeholder="Functie, trefwoord of bedrijf"><button>Zoeken</button></form>');
    expect(q!.fieldType).toBe('search');
  });
  it("forum software's captcha and search names (vBulletin humanverify, Discuz seccode and srchtxt)", () => {
    expect(fieldsOf('it', `<form>${row('humanverify', 'Verifica immagine')}<button>Invia</button></form>`)[0]!.fieldType).toBe('captcha');
    expect(fieldsOf('zh', '<form><input name="srchtxt"><button>搜索</button></form>')[0]!.fieldType).toBe('search');
  });
  it('en: a game\'s "Server region" list is a region choice, no state', () => {
    expect(inSignup('en', 'Server region', { options: ['NA', 'EU', 'OCE'] }).fieldType).toBe('region-choice');
  });
});

describe('the second batch of community pages: sites, counts, searches, roles, honorees and handles', () => {
  it('es and it: a blog\'s "Dirección del sitio" and a shop\'s "Indirizzo web" are no street', () => {
    expect(inSignup('es', 'Dirección del sitio').fieldType).toBe('website');
    expect(inSignup('it', 'Indirizzo web del negozio').category).not.toBe('address');
  });
  it('es: a "Nº de empleados" list is the company size, no house number', () => {
    expect(classify('es', [{ caption: 'Empresa' }, { caption: 'Nº de empleados', options: ['1-10', '11-50', 'Más de 250'] }], 'Solicitar demo')[1]!.fieldType).toBe('company-size');
  });
  it('ar: a job search box "المسمى الوظيفي أو الكلمات المفتاحية" is a search', () => {
    const [q] = fieldsOf('ar', '<form action="/jobs"><input type="search" name="q" placeholder="المسمى الوظيفي أو الكلمات المفتاحية"><button>بحث</button></form>');
    expect(q!.fieldType).toBe('search');
  });
  it('ko: "직무" (one\'s duty, the job) is the job title', () => expect(inSignup('ko', '직무').fieldType).toBe('organization-title'));
  it('pt: "Título da campanha" is neither a salutation nor a job title', () => {
    const f = classify('pt', [{ caption: 'Título da campanha', name: 'titulo' }, { caption: 'Instituição beneficiária', options: ['Associação Protectora dos Animais', 'Banco Alimentar'] }, { caption: 'Nome' }, { caption: 'Email', type: 'email' }], 'Criar campanha')[0]!;
    expect(['name', 'organization']).not.toContain(f.category);
  });
  it('en: "Running in memory of" names a person', () => expect(inSignup('en', 'Running in memory of (optional)').category).toBe('name'));
  it('pl: "Gadu-Gadu" is a messenger number (username)', () => expect(inSignup('pl', 'Gadu-Gadu:').fieldType).toBe('username'));
  it('two year lists side by side (years of experience, a salary a year) are no birth date', () => {
    const dl = (caption: string, name: string, options: string[]) => `<dl><dt>${caption}</dt><dd><select name="${name}">${options.map((o) => `<option>${o}</option>`).join('')}</select></dd></dl>`;
    const fields = fieldsOf('ja', `<form>${dl('経験年数', 'experience_years', ['1年未満', '1〜3年', '5年以上'])}${dl('希望年収', 'desired_salary', ['300万円〜', '500万円〜'])}<dl><dt>メールアドレス</dt><dd><input type="email" name="mail"></dd></dl><button>登録する</button></form>`);
    expect(fields.slice(0, 2).map((f) => f.category)).not.toContain('date-of-birth');
  });
  it('tr: "Kullanıcı adı" after a printed "isinustasi.com/" stays the username', () => {
    const [, user] = fieldsOf('tr', `<form>${row('ad', 'Ad')}<p><label for="u">Kullanıcı adı</label><span>isinustasi.com/</span><input id="u" name="kullanici_adi"></p>${row('eposta', 'E-posta', 'email')}${row('sifre', 'Şifre', 'password')}<button>Kaydol</button></form>`);
    expect(user!.fieldType).toBe('username');
  });
});

describe("a school's admission form is an enrolment, no account's signup", () => {
  const pupil = (caption: (k: string) => string) =>
    `${row('nama', caption('name'))}${row('lahir', caption('birth'), 'date')}${row('sekolah', caption('school'))}${row('ayah', caption('father'))}${row('hp', caption('phone'), 'tel')}${row('alamat', caption('address'))}`;
  it('id: "Formulir Pendaftaran Peserta Didik Baru" (PPDB)', () => {
    const words: Record<string, string> = { name: 'Nama Lengkap Siswa', birth: 'Tanggal Lahir', school: 'Asal Sekolah', father: 'Nama Ayah', phone: 'No. HP Orang Tua', address: 'Alamat Rumah' };
    expect(kindsOf('id', `<h3>Formulir Pendaftaran Peserta Didik Baru</h3><form>${pupil((k) => words[k]!)}<button>Kirim Pendaftaran</button></form>`)).toEqual(['other']);
  });
  it('en: "Application for admission"', () => {
    const words: Record<string, string> = { name: "Student's full name", birth: 'Date of birth', school: 'Previous school', father: "Father's name", phone: "Parent's phone", address: 'Home address' };
    expect(kindsOf('en', `<h3>Application for admission</h3><form>${pupil((k) => words[k]!)}<button>Submit registration</button></form>`)).toEqual(['other']);
  });
});

describe('the third batch: clans, breweries, shop categories, forum captchas and custom profile fields', () => {
  it('tr: "Klan adı" (a clan\'s name) is no person\'s name', () => expect(inSignup('tr', 'Klan adı:').category).not.toBe('name'));
  it('en: "Your brewery\'s name (the one on your labels)" is an organization', () => expect(inSignup('en', "Your brewery's name (the one on your labels)").fieldType).toBe('organization'));
  it('zh: "主营类目" (a shop\'s main category) is its industry', () => expect(inSignup('zh', '主营类目', { options: ['服装鞋包', '食品生鲜'] }).fieldType).toBe('industry'));
  it("tr: MyBB's image check (imagestring) is a captcha", () => {
    const [, code] = fieldsOf('tr', `<form>${row('email', 'E-Posta:', 'email')}<p><span>Lütfen aşağıdaki resimde gördüğünüz kodu giriniz.</span><input name="imagestring" id="imagestring"></p><button>Kayıt Ol!</button></form>`);
    expect(code!.fieldType).toBe('captcha');
  });
  it('en: a custom profile field named user_fields[1] is no username by its container name', () => {
    const [, , club] = fieldsOf('en', `<form>${row('email', 'Email', 'email')}${row('username', 'Username')}<p><label for="uf1">Name of your homebrew club</label><input id="uf1" name="user_fields[1]"></p><button>Sign Up</button></form>`);
    expect(club!.category).not.toBe('credentials');
  });
});
