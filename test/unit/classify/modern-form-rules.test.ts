// The signals behind the 2018–2021 pages (modern-pages.test.ts), each on small forms of its own:
// back-in-stock notices, "start free" buttons, job searches and job alerts, and a page's path that
// names its section (/news/) rather than what a form on it does.
import { describe, expect, it } from 'vitest';
import { classifyForm, labelled } from './factory.ts';

const email = (caption = 'Email') => labelled(caption, { type: 'email', name: 'email' });

describe('a back-in-stock notice is a list to be written to once, not an account (cue:waitlist)', () => {
  it('an email box under "Notify me when available" and its equivalents is newsletter, even when its button says "register"', () => {
    for (const [heading, button, lang] of [
      ['Sold out', 'Notify me when available', 'en'],
      ['再入荷のお知らせ', '登録する', 'ja'],
      ['¿No está tu talla?', 'Avísame cuando esté disponible', 'es'],
      ['Нет в наличии', 'Сообщить о поступлении', 'ru'],
      ['Ausverkauft', 'Benachrichtigen, wenn verfügbar', 'de'],
      ['Esaurito', 'Avvisami quando disponibile', 'it'],
      ['到货通知', '提交', 'zh'],
      ['품절', '재입고 알림 신청', 'ko'],
    ]) {
      const kind = classifyForm([email('')], { heading: heading!, buttons: [button!], submitButtons: 1 }, { url: 'https://shop.example/products/42', title: 'Product', lang: lang! }).kind;
      expect(kind, `${heading} / ${button}`).toBe('newsletter');
    }
  });

  it('a back-in-stock page\'s account form with a password stays a signup', () => {
    const fields = [email(), labelled('Password', { type: 'password', name: 'password', autocomplete: 'new-password' })];
    expect(classifyForm(fields, { heading: 'Create an account to get back-in-stock notifications', buttons: ['Create account'], submitButtons: 1 }, { url: 'https://shop.example/account/register' }).kind).toBe('signup');
  });
});

describe('"start free" on a lone email box is the first step of a trial (cue:trial)', () => {
  it('es, pt, it, fr, de, ru, pl, tr', () => {
    for (const [button, lang] of [
      ['Empieza gratis', 'es'],
      ['Comece grátis', 'pt'],
      ['Inizia gratis', 'it'],
      ['Commencer gratuitement', 'fr'],
      ['Kostenlos starten', 'de'],
      ['Начать бесплатно', 'ru'],
      ['Zacznij za darmo', 'pl'],
      ['Ücretsiz başla', 'tr'],
    ]) {
      const kind = classifyForm([email('')], { heading: 'Software', buttons: [button!], submitButtons: 1 }, { url: 'https://app.example/', title: 'Software', lang: lang! }).kind;
      expect(kind, button).toBe('signup');
    }
  });
});

describe('job words make an application of a form that asks about the person only (words:job)', () => {
  it('a job search (keyword, place) on a jobs page is a search', () => {
    const fields = [labelled('Job title or keyword', { name: 'kw' }), labelled('City or region', { name: 'where' })];
    expect(classifyForm(fields, { heading: 'Find your next job', buttons: ['Search jobs'], submitButtons: 1 }, { url: 'https://jobs.example/jobs', title: 'Jobs in Berlin' }).kind).toBe('search');
    const id = [labelled('', { placeholder: 'Posisi atau kata kunci', name: 'q' }), labelled('', { placeholder: 'Lokasi', name: 'loc' })];
    expect(classifyForm(id, { heading: 'Temukan pekerjaan impianmu', buttons: ['Cari Lowongan'], submitButtons: 1 }, { url: 'https://karir.example/lowongan', lang: 'id' }).kind).toBe('search');
  });

  it('a job alert (one email, "Subscribe") is a newsletter', () => {
    expect(classifyForm([email()], { heading: 'Get new jobs by email', buttons: ['Subscribe'], submitButtons: 1 }, { url: 'https://jobs.example/jobs/engineering' }).kind).toBe('newsletter');
    expect(classifyForm([email('')], { heading: 'Dapatkan lowongan terbaru lewat email', buttons: ['Berlangganan'], submitButtons: 1 }, { url: 'https://karir.example/lowongan', lang: 'id' }).kind).toBe('newsletter');
  });

  it('an application (name, email, phone, "Apply now") on a careers page stays other', () => {
    const fields = [labelled('Full name', { name: 'name' }), email(), labelled('Phone', { type: 'tel', name: 'phone' })];
    expect(classifyForm(fields, { buttons: ['Apply now'], submitButtons: 1 }, { url: 'https://site.example/careers/senior-engineer' }).kind).toBe('other');
  });
});

describe('a page\'s path names its section, not what a form on it does', () => {
  it('an email box with "Continue" under "Create a free account to keep reading" on a /news/ article is a signup', () => {
    const kind = classifyForm([email('Email address')], { heading: 'Create a free account to keep reading', buttons: ['Continue'], submitButtons: 1 }, { url: 'https://paper.example/news/2021/01/harbour-vote', title: 'Harbour vote - The Paper' }).kind;
    expect(kind).toBe('signup');
  });

  it('a path that says newsletter still does', () => {
    expect(classifyForm([email('')], { buttons: ['OK'], submitButtons: 1 }, { url: 'https://paper.example/newsletter/', title: 'The Paper' }).kind).toBe('newsletter');
  });
});

describe('Indonesian "Cari" is search', () => {
  it('a box with "Cari" is a search on an Indonesian page', () => {
    expect(classifyForm([labelled('', { placeholder: 'Cari topik', name: 'kata' })], { buttons: ['Cari'], submitButtons: 1 }, { url: 'https://forum.example/', lang: 'id' }).kind).toBe('search');
  });
});

describe('call-back and information requests are messages to the site, not profiles or orders (cue:contact)', () => {
  it('name + phone under "Заказать звонок", name + email + country under "Request more information", a demo booking in Chinese', () => {
    const callback = [labelled('Имя', { name: 'n' }), labelled('Телефон', { type: 'tel', name: 'p' })];
    expect(classifyForm(callback, { heading: 'Остались вопросы? Мы перезвоним', buttons: ['Заказать звонок'], submitButtons: 1 }, { url: 'https://crm.example/', lang: 'ru' }).kind).toBe('other');
    const rfi = [labelled('First name', { name: 'fn' }), labelled('Last name', { name: 'ln' }), email(), labelled('Country of residence', { name: 'c' })];
    expect(classifyForm(rfi, { heading: 'Request more information', buttons: ['Request information'], submitButtons: 1 }, { url: 'https://uni.example/study/msc' }).kind).toBe('other');
    const demo = [labelled('姓名', { name: 'a' }), labelled('手机号', { type: 'tel', name: 'b' }), labelled('公司名称', { name: 'c' })];
    expect(classifyForm(demo, { heading: '预约产品演示', buttons: ['立即预约'], submitButtons: 1 }, { url: 'https://saas.example/', lang: 'zh' }).kind).toBe('other');
  });
});

describe('opening an account and starting a trial, as Portuguese and Arabic pages say it', () => {
  it('"Abrir minha conta" over a name, CPF, phone and email is a signup', () => {
    const fields = [labelled('Nome completo', { name: 'a' }), labelled('CPF', { name: 'b' }), labelled('Celular', { type: 'tel', name: 'c' }), email('E-mail')];
    expect(classifyForm(fields, { buttons: ['Abrir minha conta'], submitButtons: 1 }, { url: 'https://banco.example/conta-digital', lang: 'pt' }).kind).toBe('signup');
  });

  it('"ابدأ تجربتك المجانية" on a lone email box is a signup', () => {
    expect(classifyForm([email('')], { buttons: ['ابدأ تجربتك المجانية'], submitButtons: 1 }, { url: 'https://saas.example/', lang: 'ar' }).kind).toBe('signup');
  });
});

describe('"Already have an account? Log in" above an order is no signup (person:has-account-line)', () => {
  const order = () => [
    labelled('', { placeholder: 'Email', type: 'email', name: 'checkout[email]', nearbyText: 'Already have an account? Log in' }),
    labelled('', { placeholder: 'First name', name: 'fn', autocomplete: 'given-name' }),
    labelled('', { placeholder: 'Last name', name: 'ln', autocomplete: 'family-name' }),
    labelled('', { placeholder: 'Address', name: 'a1', autocomplete: 'address-line1' }),
    labelled('', { placeholder: 'City', name: 'city', autocomplete: 'address-level2' }),
    labelled('', { placeholder: 'ZIP code', name: 'zip', autocomplete: 'postal-code' }),
  ];
  it('a guest checkout\'s contact and shipping step with the line is a checkout', () => {
    expect(classifyForm(order(), { heading: 'Contact information', buttons: ['Continue to shipping'], submitButtons: 1 }, { url: 'https://shop.example/checkouts/c/1/information' }).kind).toBe('checkout');
  });

  it('the line under a name, email and password still reads as a signup', () => {
    const fields = [labelled('Name', { name: 'name' }), email(), labelled('Password', { type: 'password', name: 'pw', nearbyText: 'Already have an account? Log in' })];
    expect(classifyForm(fields, { buttons: ['Continue'], submitButtons: 1 }, { url: 'https://app.example/join' }).kind).toBe('signup');
  });
});

describe('e-mail alerts and subscription pages are newsletters, appointments no accounts', () => {
  it('"Create job alert", "Créer l\'alerte", "Gestiona tus suscripciones" over an email box are newsletter', () => {
    expect(classifyForm([email('')], { heading: 'Get new jobs for this search by email', buttons: ['Create job alert'], submitButtons: 1 }, { url: 'https://jobs.example/jobs/nursing' }).kind).toBe('newsletter');
    expect(classifyForm([email('')], { heading: 'Créez une alerte prix', buttons: ["Créer l'alerte"], submitButtons: 1 }, { url: 'https://train.example/', lang: 'fr' }).kind).toBe('newsletter');
    const prefs = [email('Correo electrónico'), labelled('Rebajas y promociones', { type: 'checkbox', name: 'listas' })];
    expect(classifyForm(prefs, { heading: 'Gestiona tus suscripciones', buttons: ['Guardar preferencias'], submitButtons: 1 }, { url: 'https://shop.example/preferencias', lang: 'es' }).kind).toBe('newsletter');
  });

  it('a "cita previa" request (NIE, name, nationality) is other, not a profile', () => {
    const fields = [labelled('N.I.E.', { name: 'a' }), labelled('Nombre y apellidos', { name: 'b' }), labelled('País de nacionalidad', { name: 'c' })];
    expect(classifyForm(fields, { heading: 'Solicitud de cita previa', buttons: ['Aceptar'], submitButtons: 1 }, { url: 'https://sede.example/citar', lang: 'es' }).kind).toBe('other');
  });
});

describe('a bank\'s "Online banking" box is its sign-in', () => {
  it('an identifier and "Dalej" under "Bankowość internetowa", a customer number and password under "Online-Banking" are login', () => {
    expect(classifyForm([labelled('Identyfikator', { name: 'a' })], { heading: 'Bankowość internetowa', buttons: ['Dalej'], submitButtons: 1 }, { url: 'https://bank.example/', lang: 'pl' }).kind).toBe('login');
    const fields = [labelled('VR-NetKey oder Alias', { name: 'a' }), labelled('PIN', { type: 'password', name: 'b' })];
    expect(classifyForm(fields, { heading: 'Online-Banking', buttons: ['Anmelden'], submitButtons: 1 }, { url: 'https://bank.example/', lang: 'de' }).kind).toBe('login');
  });

  it('"Register for Online Banking" with a new password stays a signup', () => {
    const fields = [labelled('Customer number', { name: 'a' }), labelled('Choose a password', { type: 'password', name: 'b', autocomplete: 'new-password' }), labelled('Confirm password', { type: 'password', name: 'c', autocomplete: 'new-password' })];
    expect(classifyForm(fields, { heading: 'Register for Online Banking', buttons: ['Register'], submitButtons: 1 }, { url: 'https://bank.example/register' }).kind).toBe('signup');
  });
});

describe('traditional Chinese trials and Arabic carts', () => {
  it('"免費試用" on a lone email box is a signup; "أضف إلى السلة" over a quantity is a checkout step', () => {
    expect(classifyForm([email('')], { buttons: ['免費試用'], submitButtons: 1 }, { url: 'https://saas.example/', lang: 'zh-TW' }).kind).toBe('signup');
    expect(classifyForm([labelled('الكمية', { type: 'number', name: 'qty' })], { buttons: ['أضف إلى السلة'], submitButtons: 1 }, { url: 'https://shop.example/product/1', lang: 'ar' }).kind).toBe('checkout');
  });
});
