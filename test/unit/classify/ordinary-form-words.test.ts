// Cue words the ordinary pages (test/fixtures/ordinary-pages) showed missing: a live-chat widget's
// pre-chat form (a name and an email under "Start Chat") writes to the site, like a contact form; it
// subscribes to nothing and buys nothing.
import { describe, expect, it } from 'vitest';
import { classifyForm, labelled } from './factory.ts';

describe('pre-chat forms are contact with the site', () => {
  it('a name and an email with "Start Chat" is other, not a newsletter, in en, de, fr, es', () => {
    for (const [name, mail, button, lang] of [
      ['Your name', 'Your email', 'Start Chat', 'en'],
      ['Ihr Name', 'Ihre E-Mail-Adresse', 'Chat starten', 'de'],
      ['Votre nom', 'Votre e-mail', 'Démarrer le chat', 'fr'],
      ['Tu nombre', 'Tu correo electrónico', 'Iniciar chat', 'es'],
    ]) {
      const form = classifyForm([labelled(name!), labelled(mail!, { type: 'email' })], { buttons: [button!], submitButtons: 1 }, { lang: lang! });
      expect(form.kind, button).toBe('other');
    }
  });

  it('under a heading that speaks of payment (borrowed from the section above) it is still no checkout', () => {
    const form = classifyForm([labelled('Your name'), labelled('Your email', { type: 'email' })], { heading: 'Estimate your payment', buttons: ['Start Chat'], submitButtons: 1 });
    expect(form.kind).toBe('other');
  });
});

describe('sign-up words on ordinary pages', () => {
  it('"Create free account" on an email and a password is a signup, even under "Save this recipe"', () => {
    const fields = [labelled('Email', { type: 'email' }), labelled('Password', { type: 'password' })];
    expect(classifyForm(fields, { heading: 'Save this recipe', buttons: ['Create free account'], submitButtons: 1 }).kind).toBe('signup');
  });

  it('a "Sign up & save 15%" popup asking an email and a phone is a newsletter; "Sign up" on a name, an email and a password stays a signup', () => {
    const popup = [labelled('Email address', { type: 'email' }), labelled('Mobile number (optional)', { type: 'tel' })];
    expect(classifyForm(popup, { heading: 'Sign up & save 15%', buttons: ['Sign up'], submitButtons: 1 }).kind).toBe('newsletter');
    expect(classifyForm(popup, { heading: 'Get 15% off your first order', buttons: ['Continue'], submitButtons: 1 }).kind).toBe('newsletter');
    const account = [labelled('Name'), labelled('Email', { type: 'email' }), labelled('Password', { type: 'password' })];
    expect(classifyForm(account, { heading: 'Sign up', buttons: ['Sign up'], submitButtons: 1 }).kind).toBe('signup');
  });

  it('a free membership offered on a page about courses (講座) is a signup; registering for a seminar is not', () => {
    const page = { lang: 'ja', title: 'まなびば | 社会人のためのオンライン英会話・資格講座', headings: ['スキマ時間で、キャリアが変わる。', 'まずは無料会員登録', '人気の講座'] };
    const mail = [labelled('メールアドレス', { type: 'email' })];
    expect(classifyForm(mail, { heading: 'まずは無料会員登録', buttons: ['無料で登録する'], submitButtons: 1 }, page).kind).toBe('signup');
    expect(classifyForm(mail, { heading: '無料セミナー', buttons: ['セミナーに申し込む'], submitButtons: 1 }, page).kind).not.toBe('signup');
  });

  it('"Probeer 30 dagen gratis" (try free for 30 days) on a lone work email is the first step of a trial account', () => {
    for (const button of ['Probeer 30 dagen gratis', 'Probeer 14 dagen gratis', 'Probeer het gratis']) {
      const form = classifyForm([labelled('Zakelijk e-mailadres', { type: 'email' })], { buttons: [button], submitButtons: 1 }, { lang: 'nl' });
      expect(form.kind, button).toBe('signup');
    }
  });
});

describe('a gym guest pass is a visit, not an account', () => {
  it('a name, an email and a phone under "Prueba gratis" / "Free trial" asking for a guest pass or a trial workout is no signup', () => {
    for (const [heading, name, mail, phone, button, lang] of [
      ['Prueba gratis un día', 'Nombre y apellidos', 'Email', 'Teléfono', 'Quiero mi pase gratis', 'es'],
      ['Try us free', 'Full name', 'Email', 'Phone', 'Get my free guest pass', 'en'],
      ['Kostenlos testen', 'Name', 'E-Mail', 'Telefon', 'Probetraining vereinbaren', 'de'],
    ]) {
      const fields = [labelled(name!), labelled(mail!, { type: 'email' }), labelled(phone!, { type: 'tel' })];
      expect(classifyForm(fields, { heading: heading!, buttons: [button!], submitButtons: 1 }, { lang: lang! }).kind, button).not.toBe('signup');
    }
  });
});

