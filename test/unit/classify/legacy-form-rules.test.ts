// The signals behind the 2010–2016 form pages (legacy-forms.test.ts), each on small forms of its own:
// older recovery wording, two identifiers without a password, captcha captions, newsletter words,
// product registration and age gates.
import { describe, expect, it } from 'vitest';
import { PERSON_RULES } from '../../../src/core/classify/form-rules/person.ts';
import { classifyFields, classifyForm, labelled, range, select, years } from './factory.ts';

describe('password recovery as older software words it (issue 19)', () => {
  it('an email box under "Forgotten your password?" / "Lost password" / "Get new password" is other, not a sign-in or a newsletter', () => {
    for (const [heading, button, url] of [
      ['Forgotten Your Password?', 'Email Password', 'https://forum.example/login.php?do=lostpw'],
      ["I've Forgotten My Password!", 'Continue', 'https://shop.example/password_forgotten.php'],
      ['Lost Password', 'Get New Password', 'https://blog.example/wp-login.php'],
      ['Compte utilisateur', 'Envoyer un nouveau mot de passe', 'https://club.example/user/password'],
      ['Benutzerkonto', 'Neues Passwort anfordern', 'https://verein.example/user/password'],
      ['Вход', 'Напомнить пароль', 'https://site.example/login'],
    ]) {
      const kind = classifyForm([labelled('E-mail address')], { heading: heading!, buttons: [button!], submitButtons: 1 }, { url: url!, title: heading! }).kind;
      expect(kind, `${heading} / ${button}`).toBe('other');
    }
  });

  it('"Lost your password?" beside a sign-in keeps it a sign-in', () => {
    const fields = [labelled('Username'), labelled('Password', { type: 'password', nearbyText: 'Lost your password?' })];
    expect(classifyForm(fields, { buttons: ['Log In'], submitButtons: 1 }, { url: 'https://blog.example/wp-login.php', title: 'Log In' }).kind).toBe('login');
  });
});

describe('two identifiers and no password are no sign-in (identifiers:two-without-password)', () => {
  const url = 'https://site.example/auth/?forgot_password=yes';
  it('"Login" or "E-mail" with "Send" on a page titled Authorization reads as recovery, not a sign-in', () => {
    const fields = [labelled('Логин:', { name: 'USER_LOGIN' }), labelled('E-Mail:', { name: 'USER_EMAIL' })];
    expect(classifyForm(fields, { heading: 'Авторизация', buttons: ['Выслать'], submitButtons: 1 }, { url, title: 'Авторизация', headings: ['Авторизация'], lang: 'ru' }).kind).toBe('other');
  });

  it('one identifier on a sign-in page stays the first step of a sign-in', () => {
    const fields = [labelled('Email', { type: 'email' })];
    expect(classifyForm(fields, { heading: 'Log in', buttons: ['Continue'], submitButtons: 1 }, { url: 'https://site.example/login', title: 'Log in' }).kind).toBe('login');
  });

  it('a user name and a password on the same page stay a sign-in', () => {
    const fields = [labelled('Username'), labelled('Password', { type: 'password' })];
    expect(classifyForm(fields, { heading: 'Log in', buttons: ['Log in'], submitButtons: 1 }, { url: 'https://site.example/login', title: 'Log in' }).kind).toBe('login');
  });
});

describe('captchas as forum software captioned them', () => {
  it('"Enter the letters shown in the image", "Image Verification", "Escribe las letras mostradas en la imagen" are captchas', () => {
    const signup = (captcha: ReturnType<typeof labelled>) => [labelled('Username'), labelled('Email', { type: 'email' }), labelled('Password', { type: 'password' }), captcha];
    expect(classifyFields(signup(labelled('Enter the letters shown in the image above:', { name: 'humanverify[input]' })), { buttons: ['Complete Registration'], submitButtons: 1 })[3]!.fieldType).toBe('captcha');
    expect(classifyFields(signup(labelled('', { labels: [], legend: 'Image Verification', name: 'imagestring' })), { buttons: ['Submit Registration!'], submitButtons: 1 })[3]!.fieldType).toBe('captcha');
    expect(classifyFields(signup(labelled('', { labels: [], nearbyText: 'Escribe las letras mostradas en la imagen de arriba:', name: 'register_vv[code]' })), { buttons: ['Registrar'], submitButtons: 1 })[3]!.fieldType).toBe(
      'captcha',
    );
  });
});

describe('French newsletter boxes', () => {
  it('"Lettre d\'informations" over an email box on a sign-in page is a newsletter', () => {
    const kind = classifyForm([labelled('', { labels: [], name: 'email', id: 'newsletter-input' })], { heading: "Lettre d'informations", buttons: ['OK'], submitButtons: 1 }, { url: 'https://shop.example/connexion', title: 'Connexion', lang: 'fr' }).kind;
    expect(kind).toBe('newsletter');
  });
});

describe('registering a product for its warranty makes no account (words:warranty)', () => {
  const owner = () => [labelled('First name'), labelled('Last name'), labelled('Email', { type: 'email' }), labelled('Street address'), labelled('ZIP code'), labelled('Serial number')];
  it('"Register your product" with a bare "Register" is other, in several languages, and its serial number is no house number', () => {
    for (const [lang, heading, button] of [
      ['en', 'Register Your Product', 'Register'],
      ['de', 'Produktregistrierung', 'Registrieren'],
      ['fr', 'Enregistrez votre produit', "S'inscrire"],
      ['es', 'Registro de producto', 'Registrarse'],
      ['nl', 'Productregistratie', 'Registreren'],
    ]) {
      const form = classifyForm(owner(), { heading: heading!, buttons: [button!], submitButtons: 1 }, { url: 'https://brand.example/support/', title: heading!, lang: lang! });
      expect(form.kind, heading).toBe('other');
    }
    const form = classifyForm(owner(), { heading: 'Register Your Product', buttons: ['Register'], submitButtons: 1 }, { url: 'https://brand.example/support/', lang: 'en' });
    expect(form.fields.at(-1)!.fieldType).toBe('reference-number');
  });
  it('a product page path alone turns a bare "Register" away from an account', () => {
    expect(classifyForm(owner(), { buttons: ['Register'], submitButtons: 1 }, { url: 'https://brand.example/product-registration/' }).kind).toBe('other');
  });
  it('with a password box it stays an account ("Create your account to register your product")', () => {
    const fields = [labelled('Email', { type: 'email' }), labelled('Password', { type: 'password' }), labelled('Confirm password', { type: 'password' })];
    expect(classifyForm(fields, { heading: 'Create your account to register your product', buttons: ['Create account'], submitButtons: 1 }, { url: 'https://brand.example/product-registration/' }).kind).toBe('signup');
  });
});

describe('a birth date beside a document\'s issuer or dates is no age check (person:birth-date)', () => {
  const rule = PERSON_RULES.find((r) => r.id === 'person:birth-date')!;
  const facts = (documentDetails: number) =>
    ({ birth: 1, addressish: 0, card: 0, documentDetails, cue: () => 0 }) as unknown as Parameters<typeof rule.value>[0];
  it('fires on a birth date alone, not when the form describes an identity document (a check-in, a visa, a passenger)', () => {
    expect(rule.value(facts(0))).toBe(1);
    expect(rule.value(facts(1))).toBe(0);
  });
});

describe('an age gate is no signup (person:birth-date-alone)', () => {
  const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const birthDate = () => [select('', MONTHS, { name: 'dob_month' }), select('', range(1, 31), { name: 'dob_day' }), select('', years(2015, 1920), { name: 'dob_year' })];
  it('a birth date alone under "Are you of legal drinking age?" / "Bitte geben Sie Ihr Geburtsdatum ein" is other', () => {
    expect(classifyForm(birthDate(), { heading: 'Are you of legal drinking age?', buttons: ['Enter'], submitButtons: 1 }, { url: 'https://brewery.example/' }).kind).toBe('other');
    expect(classifyForm([labelled('Geburtsdatum', { type: 'date' })], { buttons: ['Weiter zur Seite'], submitButtons: 1 }, { url: 'https://brennerei.example/', lang: 'de' }).kind).toBe('other');
  });
  it('a birth date beside an email, or on a registration page, stays a sign-up', () => {
    expect(classifyForm([...birthDate(), labelled('Email', { type: 'email' }), labelled('Password', { type: 'password' })], { buttons: ['Continue'], submitButtons: 1 }).kind).toBe('signup');
    expect(classifyForm(birthDate(), { heading: 'Register', buttons: ['Proceed'], submitButtons: 1 }, { url: 'https://forum.example/register.php' }).kind).toBe('signup');
  });
});
