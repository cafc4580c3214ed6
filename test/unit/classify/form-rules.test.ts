import { describe, expect, it } from 'vitest';
import { FORM_RULE_PRIORS } from '../../../src/core/classify/form-rule-priors.ts';
import { FORM_RULE_IDS, FORM_RULES } from '../../../src/core/classify/form-rules/index.ts';
import { checkFormWeights, FORM_WEIGHTS } from '../../../src/core/classify/form-weights.ts';
import { FORM_KINDS } from '../../../src/core/report.ts';
import { classifyForm, field, labelled } from './factory.ts';

const email = () => labelled('Email', { type: 'email' });
const password = (label = 'Password') => labelled(label, { type: 'password' });
const message = (label = 'Message') => field({ tag: 'textarea', type: 'textarea', labels: [label] });

describe('form-kind rule registry', () => {
  it('every rule has a unique id, a known kind, a one-line reason and a hand-set starting weight', () => {
    expect(new Set(FORM_RULE_IDS).size).toBe(FORM_RULES.length);
    for (const r of FORM_RULES) {
      expect(FORM_KINDS, r.id).toContain(r.kind);
      expect(r.reason.length, r.id).toBeGreaterThan(10);
      expect(r.reason, r.id).not.toContain('\n');
      expect(typeof FORM_RULE_PRIORS[r.id], r.id).toBe('number');
    }
    expect(Object.keys(FORM_RULE_PRIORS).sort()).toEqual([...FORM_RULE_IDS].sort());
  });

  it('the committed weights fit the registry, and weights for another rule list are refused', () => {
    expect(checkFormWeights(FORM_WEIGHTS)).toBe(FORM_WEIGHTS);
    expect(() => checkFormWeights({ ...FORM_WEIGHTS, rules: FORM_WEIGHTS.rules.slice(1), weights: FORM_WEIGHTS.weights.slice(1) })).toThrow(/npm run train/);
    expect(() => checkFormWeights({ ...FORM_WEIGHTS, rules: [...FORM_WEIGHTS.rules].reverse() })).toThrow(/npm run train/);
  });
});

describe('forms that are not signups (issue 19)', () => {
  it('a contact form (name, email, message) on a page that offers sign-up is other, in several languages', () => {
    const url = 'https://shop.example/register';
    for (const [name, mail, msg, send] of [
      ['Name', 'Email', 'Message', 'Send message'],
      ['Name', 'E-Mail', 'Ihre Nachricht', 'Nachricht senden'],
      ['Nom', 'E-mail', 'Votre message', 'Envoyer le message'],
      ['Имя', 'Email', 'Сообщение', 'Отправить сообщение'],
      ['お名前', 'メールアドレス', 'お問い合わせ内容', '送信'],
    ]) {
      const heading = send === '送信' ? 'お問い合わせ' : '';
      const kind = classifyForm([labelled(name!), labelled(mail!, { type: 'email' }), message(msg)], { heading, buttons: [send!], submitButtons: 1 }, { url }).kind;
      expect(kind, send).toBe('other');
    }
  });

  it('contact words alone (no message box) say "other": "Contact us" on name + email + phone', () => {
    const fields = () => [labelled('Name'), email(), labelled('Phone', { type: 'tel' })];
    expect(classifyForm(fields(), { buttons: ['Contact us'], submitButtons: 1 }).kind).toBe('other');
    expect(classifyForm(fields(), { buttons: ['Kontaktieren Sie uns'], submitButtons: 1 }).kind).toBe('other');
  });

  it('a comment form (name, email, comment) is other, even under a "Sign up" heading on the page', () => {
    for (const [label, button] of [
      ['Comment', 'Post comment'],
      ['Kommentar', 'Kommentar abschicken'],
      ['Commentaire', 'Laisser un commentaire'],
      ['Comentario', 'Publicar comentario'],
      ['评论', '发表评论'],
    ]) {
      const kind = classifyForm([labelled('Name'), email(), message(label)], { buttons: [button!], submitButtons: 1 }, { headings: ['Sign up'] }).kind;
      expect(kind, button).toBe('other');
    }
  });

  it('a hidden textarea (reCAPTCHA\'s response box) is no message: the signup stays a signup', () => {
    const captcha = field({ tag: 'textarea', type: 'textarea', name: 'g-recaptcha-response', visible: false });
    expect(classifyForm([labelled('First name'), email(), password(), password('Confirm password'), captcha], { buttons: ['Create account'], submitButtons: 1 }).kind).toBe('signup');
  });

  it('password recovery: one email and "forgot"/"reset" words is other, not a signup or a sign-in, in several languages', () => {
    for (const [heading, button] of [
      ['Forgot your password?', 'Send reset link'],
      ['Passwort vergessen', 'Passwort zurücksetzen'],
      ['Mot de passe oublié', 'Réinitialiser'],
      ['Восстановление пароля', 'Восстановить пароль'],
      ['忘记密码', '重置密码'],
    ]) {
      expect(classifyForm([email()], { heading, buttons: [button!], submitButtons: 1 }, { url: 'https://site.example/account' }).kind, button).toBe('other');
    }
    // A "Forgot password?" link beside a sign-in's first step does not make it a recovery form.
    expect(classifyForm([email()], { buttons: ['Sign in', 'Forgot password?'], submitButtons: 1 }).kind).toBe('login');
    // On a sign-up page, too.
    expect(classifyForm([email()], { heading: 'Forgot your password?', buttons: ['Continue'], submitButtons: 1 }, { url: 'https://site.example/signup' }).kind).toBe('other');
  });

  it('a newsletter that asks for more than an email, with "Sign up" on its button, is a newsletter when its words say so', () => {
    const fields = () => [labelled('First name'), labelled('Last name'), email(), labelled('ZIP code')];
    for (const [heading, button] of [
      ['Sign up for our newsletter', 'Sign up'],
      ['Newsletter abonnieren', 'Registrieren'],
      ['Inscrivez-vous à la newsletter', "S'inscrire"],
    ]) {
      expect(classifyForm(fields(), { heading, buttons: [button!], submitButtons: 1 }).kind, heading).toBe('newsletter');
    }
    // Without newsletter words the same form with "Sign up" makes an account (the password comes later).
    expect(classifyForm(fields(), { buttons: ['Sign up'], submitButtons: 1 }).kind).toBe('signup');
  });

  it('an order form that offers an account on the way (address, password, "Place order") is a checkout', () => {
    const fields = [email(), labelled('First name'), labelled('Last name'), labelled('Street address'), labelled('City'), labelled('ZIP code'), password('Create a password (optional)')];
    expect(classifyForm(fields, { buttons: ['Place order'], submitButtons: 1 }).kind).toBe('checkout');
    expect(classifyForm(fields, { buttons: ['Zahlungspflichtig bestellen'], submitButtons: 1 }).kind).toBe('checkout');
  });

  it('a form with no field an account could hold (cookie consent toggles) is not the signup or sign-in its page talks about', () => {
    const toggles = () => [field({ type: 'checkbox', labels: ['Performance cookies'] }), field({ type: 'checkbox', labels: ['Functional cookies'] })];
    const url = 'https://news.example/signup';
    expect(classifyForm(toggles(), { heading: 'Manage consent preferences', buttons: ['Confirm my choices'], submitButtons: 1 }, { url, title: 'Login or Sign up' }).kind).toBe('other');
    // The account form on the same page still reads as one.
    expect(classifyForm([email(), password(), password('Confirm password')], {}, { url, title: 'Login or Sign up' }).kind).toBe('signup');
  });

  it('a guest checkout (email, address, "Place order") is a checkout even on a page titled "Create your account"', () => {
    const fields = [email(), labelled('First name'), labelled('Last name'), labelled('Street address'), labelled('City'), labelled('ZIP code')];
    expect(classifyForm(fields, { buttons: ['Place order'], submitButtons: 1 }, { title: 'Create your account' }).kind).toBe('checkout');
  });
});

describe('contact and recovery words in every language (issue 19)', () => {
  it('a message box under a bare "Kontakt"/"Contacto" heading is a contact form, not the contact details of a profile', () => {
    for (const heading of ['Kontakt', 'Contacto', 'Contato', 'Контакты', 'İletişim']) {
      const form = () => [labelled('Name'), email(), message('Nachricht')];
      // The contact page says it in its title and heading too.
      expect(classifyForm(form(), { heading, buttons: ['OK'], submitButtons: 1 }, { title: heading, headings: [heading] }).kind, heading).toBe('other');
    }
    // The same heading over name, phone and address without a message box still reads as contact details.
    const details = [labelled('Vorname'), labelled('Nachname'), labelled('Telefon', { type: 'tel' }), labelled('Straße')];
    expect(classifyForm(details, { heading: 'Kontakt', buttons: ['Speichern'], submitButtons: 1 }).kind).toBe('profile');
  });

  it('a bare "Send"/"Submit" button (Gönder, 送信, 보내기, 提交, إرسال) says nothing about a profile: a message form is other', () => {
    for (const send of ['Gönder', '送信', '보내기', '提交', 'إرسال']) {
      const fields = [labelled('Name'), email(), labelled('Phone', { type: 'tel' }), message()];
      expect(classifyForm(fields, { buttons: [send], submitButtons: 1 }).kind, send).toBe('other');
    }
  });

  it('"Forgot your password?" as Portuguese, Korean and Turkish ask it: recovery, not a profile', () => {
    for (const [heading, button] of [
      ['Esqueceu sua senha?', 'Enviar link'],
      ['비밀번호를 잊으셨나요?', '재설정 링크 보내기'],
      ['Şifrenizi mi unuttunuz?', 'Sıfırlama bağlantısı gönder'],
    ]) {
      expect(classifyForm([email()], { heading, buttons: [button!], submitButtons: 1 }).kind, heading).toBe('other');
    }
  });

  it('French "S\'inscrire" and Portuguese "Cadastrar" on a lone email box sign up for emails, as English "Sign up" does; beside a password they make an account', () => {
    for (const button of ["S'inscrire", 'Cadastrar', 'Sign up']) {
      expect(classifyForm([email()], { buttons: [button], submitButtons: 1 }).kind, button).toBe('newsletter');
      expect(classifyForm([email(), password()], { buttons: [button], submitButtons: 1 }).kind, button).toBe('signup');
    }
    // "Créer un compte" stays account creation even on a lone email box.
    expect(classifyForm([email()], { buttons: ['Créer un compte'], submitButtons: 1 }).kind).toBe('signup');
  });

  it('a Turkish newsletter heading ("Bültenimize abone olun") makes "Kayıt ol" under it a newsletter sign-up', () => {
    expect(classifyForm([email()], { heading: 'Bültenimize abone olun', buttons: ['Kayıt ol'], submitButtons: 1 }).kind).toBe('newsletter');
    expect(classifyForm([email(), password()], { buttons: ['Kayıt ol'], submitButtons: 1 }).kind).toBe('signup');
  });
});

describe('signups that start with an email alone (issue 19)', () => {
  it('one email box and "Continue" on a sign-up page (/signup, /registrieren) or under a "Create account" heading: signup', () => {
    expect(classifyForm([email()], { buttons: ['Continue'], submitButtons: 1 }, { url: 'https://app.example/signup' }).kind).toBe('signup');
    expect(classifyForm([email()], { buttons: ['Weiter'], submitButtons: 1 }, { url: 'https://app.example/de/registrieren' }).kind).toBe('signup');
    expect(classifyForm([email()], { heading: 'Create your account', buttons: ['Next'], submitButtons: 1 }).kind).toBe('signup');
    expect(classifyForm([email()], { heading: 'Créer un compte', buttons: ['Suivant'], submitButtons: 1 }).kind).toBe('signup');
  });

  it('the same box with "Continue" and nothing about accounts, or on a sign-in page, stays the first step of a sign-in', () => {
    expect(classifyForm([email()], { buttons: ['Continue'], submitButtons: 1 }).kind).toBe('login');
    expect(classifyForm([email()], { buttons: ['Continue'], submitButtons: 1 }, { url: 'https://app.example/login' }).kind).toBe('login');
    // A "Create account" link beside a sign-in's "Next" is a way out, not where the form is.
    expect(classifyForm([email()], { buttons: ['Next', 'Create account'], submitButtons: 1 }).kind).toBe('login');
  });

  it('a newsletter box on a sign-up page stays a newsletter', () => {
    expect(classifyForm([email()], { buttons: ['Subscribe'], submitButtons: 1 }, { url: 'https://app.example/signup' }).kind).toBe('newsletter');
  });
});

describe('a password on a sign-up page (issue 19)', () => {
  it('email + password + "Continue" where the page says sign up (/signup, /join, "Create your account") is a signup', () => {
    const fields = () => [email(), password()];
    for (const url of ['https://app.example/signup', 'https://app.example/join', 'https://app.example/ja/signup']) {
      expect(classifyForm(fields(), { buttons: ['Continue'], submitButtons: 1 }, { url }).kind, url).toBe('signup');
    }
    expect(classifyForm(fields(), { heading: 'Create your account', buttons: ['次へ'], submitButtons: 1 }).kind).toBe('signup');
  });

  it('a name, an email and a password are an account being made, whatever the submit says; terms to accept beside a password are no sign-in', () => {
    for (const button of ['Submit', 'Continue', 'Weiter', '提交']) {
      expect(classifyForm([labelled('Full name'), email(), password()], { buttons: [button], submitButtons: 1 }).kind, button).toBe('signup');
    }
    const terms = () => field({ type: 'checkbox', labels: ['I agree to the Terms of Service'] });
    expect(classifyForm([email(), password(), terms()], { buttons: ['Continue'], submitButtons: 1 }).kind).toBe('signup');
    expect(classifyForm([email(), password()], { buttons: ['Continue'], submitButtons: 1 }).kind).toBe('login');
  });

  it('the same form with "Forgot password?" or "Remember me", or nowhere that says sign up, is a sign-in', () => {
    const url = 'https://app.example/signup';
    expect(classifyForm([email(), password()], { buttons: ['Continue'], submitButtons: 1 }).kind).toBe('login');
    const forgot = labelled('Password', { type: 'password', nearbyText: 'Forgot password?' });
    expect(classifyForm([email(), forgot], { buttons: ['Continue'], submitButtons: 1 }, { url }).kind).toBe('login');
    const remember = field({ type: 'checkbox', labels: ['Remember me'] });
    expect(classifyForm([email(), password(), remember], { buttons: ['Continue'], submitButtons: 1 }, { url }).kind).toBe('login');
  });
});

describe('orders that offer an account, and free sign-ups (issue 19)', () => {
  const order = () => [email(), labelled('First name'), labelled('Last name'), labelled('Street address'), labelled('City'), labelled('ZIP code'), password(), password('Confirm password')];

  it('an address with a password pair whose submit continues the order ("Continue with order", /checkout) is a checkout', () => {
    expect(classifyForm(order(), { heading: 'Billing information', buttons: ['Continue with order'], submitButtons: 1 }).kind).toBe('checkout');
    expect(classifyForm(order(), { buttons: ['Continue'], submitButtons: 1 }, { url: 'https://shop.example/checkout/customer' }).kind).toBe('checkout');
    // The same fields whose submit makes the account are a sign-up, even on a shop's checkout path.
    expect(classifyForm(order(), { buttons: ['Create account'], submitButtons: 1 }, { url: 'https://shop.example/checkout/customer' }).kind).toBe('signup');
    expect(classifyForm(order(), { buttons: ['Continue'], submitButtons: 1 }).kind).toBe('signup');
  });

  it('a lone email box with "Sign up for free" in any language starts an account (a newsletter does not say it is free)', () => {
    for (const button of ['Sign up for free', 'Kostenlos anmelden', 'Regístrate gratis', "S'inscrire gratuitement", '無料会員登録', 'Ücretsiz kaydol', 'سجل مجانا']) {
      expect(classifyForm([email()], { buttons: [button], submitButtons: 1 }).kind, button).toBe('signup');
    }
    expect(classifyForm([email()], { buttons: ['Sign up'], submitButtons: 1 }).kind).toBe('newsletter');
  });
});


describe('events, waiting lists and leads share the account verb but make no account (issue 19)', () => {
  const lead = () => [labelled('First name'), labelled('Last name'), labelled('Work email', { type: 'email' }), labelled('Company'), labelled('Job title'), labelled('Phone', { type: 'tel' })];

  it('"Register" on a form under a webinar or event heading, or on an /events/ page, without a password: not a signup, in several languages', () => {
    const cases: [heading: string, button: string, url: string][] = [
      ['Register for the webinar', 'Register now', 'https://acme.example/'],
      ['', 'Register', 'https://acme.example/events/summit-2026'],
      ['Cloud security live', 'Register', 'https://acme.example/webinars/cloud-security-live'],
      ['Zum Webinar anmelden', 'Jetzt anmelden', 'https://acme.example/'],
      ['Inscrivez-vous au webinaire', "S'inscrire", 'https://acme.example/'],
      ['Регистрация на вебинар', 'Зарегистрироваться', 'https://acme.example/'],
      ['网络研讨会报名', '注册', 'https://acme.example/'],
      ['ウェビナー参加申込', '登録する', 'https://acme.example/'],
    ];
    for (const [heading, button, url] of cases) {
      const kind = classifyForm(lead(), { heading, buttons: [button], submitButtons: 1 }, { url }).kind;
      expect(kind, `${heading} / ${button} / ${url}`).toBe('other');
    }
  });

  it('the same event page\'s form with a password box is an account ("Create your account to register for the conference")', () => {
    const fields = () => [labelled('First name'), labelled('Last name'), email(), password()];
    expect(classifyForm(fields(), { heading: 'Create your account to register for the conference', buttons: ['Register'], submitButtons: 1 }, { url: 'https://acme.example/events/summit-2026' }).kind).toBe('signup');
    expect(classifyForm(fields(), { heading: 'Register for the webinar', buttons: ['Register now'], submitButtons: 1 }).kind).toBe('signup');
  });

  it('"Join the waitlist" is a list to write to later: a newsletter, with or without a name and company beside the email', () => {
    expect(classifyForm([email()], { heading: 'Join the waitlist', buttons: ['Join'], submitButtons: 1 }).kind).toBe('newsletter');
    expect(classifyForm([labelled('Name'), email(), labelled('Company')], { heading: 'Join the waitlist', buttons: ['Join now'], submitButtons: 1 }).kind).toBe('newsletter');
    expect(classifyForm([email()], { heading: 'Auf die Warteliste', buttons: ['Eintragen'], submitButtons: 1 }).kind).toBe('newsletter');
  });

  it('an event word in a page heading alone ("Upcoming events") does not turn an email-first sign-up away', () => {
    const kind = classifyForm([email()], { heading: 'Create your account', buttons: ['Continue'], submitButtons: 1 }, { headings: ['Upcoming events'] }).kind;
    expect(kind).toBe('signup');
  });

  it('demo and quote requests are contact forms, not profiles or signups', () => {
    expect(classifyForm(lead(), { heading: 'Request a demo', buttons: ['Request demo'], submitButtons: 1 }).kind).toBe('other');
    expect(classifyForm(lead(), { heading: 'Get a quote', buttons: ['Submit'], submitButtons: 1 }).kind).toBe('other');
  });

  it('a subscribe word inside a longer phrase reads as the phrase: "Zapisz się na webinar" is an event, "Vraag een offerte aan" a quote', () => {
    expect(classifyForm(lead(), { heading: 'Zapisz się na webinar', buttons: ['Zarejestruj się'], submitButtons: 1 }).kind).toBe('other');
    expect(classifyForm(lead(), { heading: 'Vraag een offerte aan', buttons: ['Verzenden'], submitButtons: 1 }).kind).toBe('other');
  });
});

describe('job, internship and volunteer applications share "Apply"/"Join" but make no account (issue 19)', () => {
  const applicant = () => [labelled('First name'), labelled('Last name'), email(), labelled('Phone', { type: 'tel' })];
  const upload = (label: string, name = 'file') => labelled(label, { type: 'file', name });
  const apply = (fields: ReturnType<typeof applicant>, heading: string, button: string, url: string) => classifyForm(fields, { heading, buttons: [button], submitButtons: 1 }, { url }).kind;

  it('an application named by its page (/careers/, /jobs/, /volunteer) or its heading, "Apply now" on the button: not a signup', () => {
    expect(apply([...applicant(), upload('Resume/CV', 'resume')], 'Senior engineer', 'Apply now', 'https://acme.example/careers/senior-engineer')).toBe('other');
    expect(apply([...applicant(), labelled('LinkedIn profile', { type: 'url' })], 'Apply', 'Apply now', 'https://acme.example/jobs/123/apply')).toBe('other');
    expect(apply(applicant(), 'Volunteer with us', 'Apply now', 'https://acme.example/volunteer')).toBe('other');
    expect(apply(applicant(), 'Apply for this job', 'Join', 'https://acme.example/')).toBe('other');
  });

  it('in other languages, with the account verb on the button', () => {
    const cases: [heading: string, button: string, url: string][] = [
      ['Jetzt bewerben', 'Absenden', 'https://acme.example/karriere/entwickler'],
      ['Offre d’emploi : développeur', 'Postuler', 'https://acme.example/'],
      ['Trabaja con nosotros', 'Enviar', 'https://acme.example/'],
      ['Вакансия: разработчик', 'Откликнуться', 'https://acme.example/'],
      ['招聘：软件工程师', '提交', 'https://acme.example/'],
      ['採用情報', '応募する', 'https://acme.example/'],
      ['Word vrijwilliger', 'Aanmelden', 'https://acme.example/'],
    ];
    for (const [heading, button, url] of cases) expect(apply(applicant(), heading, button, url), `${heading} / ${button}`).toBe('other');
  });

  it('a résumé upload alone names a job application, on a page that says nothing of jobs; an identity document upload keeps its meaning', () => {
    expect(apply([...applicant(), upload('Resume/CV')], 'Senior engineer', 'Apply now', 'https://acme.example/')).toBe('other');
    expect(apply([...applicant(), upload('Lebenslauf')], 'Entwickler (m/w/d)', 'Absenden', 'https://acme.example/')).toBe('other');
    const id = classifyForm([...applicant(), upload('Upload your passport')], { heading: 'Verify your identity', buttons: ['Submit'], submitButtons: 1 });
    expect(id.kind).toBe('identity-verification');
  });

  it('"Apply now" says no account by itself: a credit card application (address, birth date, SSN) is not a signup', () => {
    const fields = [...applicant(), labelled('Street address'), labelled('City'), labelled('ZIP code'), labelled('Date of birth'), labelled('Social Security number')];
    expect(apply(fields, 'Apply for the Acme card', 'Apply now', 'https://acme.example/apply')).not.toBe('signup');
  });

  it('with a password box it is an account, whatever the page says of jobs or the button of applying', () => {
    expect(apply([...applicant(), password()], 'Join Acme', 'Apply now', 'https://acme.example/join')).toBe('signup');
    expect(apply([...applicant(), password()], 'Create your account to apply for jobs', 'Create account', 'https://acme.example/careers')).toBe('signup');
  });

  it('an email-first sign-up under a "Careers" heading of the page stays a sign-up when its own words say so', () => {
    expect(classifyForm([email()], { heading: 'Create your account', buttons: ['Continue'], submitButtons: 1 }, { headings: ['Jobs'] }).kind).toBe('signup');
  });
});
