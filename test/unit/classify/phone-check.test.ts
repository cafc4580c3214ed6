// Form rule task:phone-check: a phone number with the code sent to it (or a button that sends one),
// and nothing else about the person, is the phone being verified, not an account being made; and
// context rule sms-codes: a code the page says comes by text message is the phone's code.
import { describe, expect, it } from 'vitest';
import { PHONE_CHECK_RULE } from '../../../src/core/classify/form-rules/phone-check.ts';
import { classifyForm, labelled, select } from './factory.ts';

const callingCodes = ['United States (+1)', 'Germany (+49)', 'France (+33)', 'Japan (+81)'];

describe('task:phone-check', () => {
  it('a calling code, a mobile number and the SMS code on a signup URL are a phone check, in several languages', () => {
    for (const [code, phone, sms, button, url] of [
      ['Country code', 'Mobile phone number', 'Code from the SMS', 'Verify', 'https://cloud.example/signup/phone'],
      ['Ländervorwahl', 'Mobilnummer', 'SMS-Code', 'Weiter', 'https://cloud.example/registrierung/telefon'],
      ['Код страны', 'Номер мобильного телефона', 'Код из SMS', 'Подтвердить', 'https://cloud.example/register/phone'],
    ]) {
      const form = classifyForm([select(code!, callingCodes), labelled(phone!, { type: 'tel' }), labelled(sms!, { inputmode: 'numeric' })], { buttons: [button!], submitButtons: 1 }, { url: url! });
      expect(form.kind, phone).toBe('verification');
    }
  });

  it('a phone number with a "Send SMS" button and a captcha is a phone check before the code comes', () => {
    const form = classifyForm([select('Country or region code', callingCodes), labelled('Mobile phone number', { type: 'tel' })], { buttons: ['Send SMS'], submitButtons: 1 }, { url: 'https://cloud.example/signup/identity' });
    expect(form.kind).toBe('verification');
  });

  it('is silent when the text message brings an app or a link, not a code', () => {
    for (const [phone, button, lang] of [['Mobile number', 'Text me the app link', 'en'], ['Número de móvil', 'Enviar enlace', 'es'], ['Celular', 'Enviar link', 'pt']]) {
      const form = classifyForm([select('', callingCodes), labelled(phone!, { type: 'tel' })], { heading: 'SMS', buttons: [button!], submitButtons: 1 }, { lang: lang! });
      expect(form.kind, button).not.toBe('verification');
    }
  });

  it('is silent when the form asks more than the phone: an email, a password or a name make it an account form', () => {
    const phoneAnd = (...more: ReturnType<typeof labelled>[]) => classifyForm([labelled('Mobile number', { type: 'tel' }), labelled('SMS code'), ...more], { buttons: ['Create account'], submitButtons: 1 }).kind;
    expect(phoneAnd(labelled('Password', { type: 'password' }))).toBe('signup');
    expect(phoneAnd(labelled('Full name'), labelled('Email', { type: 'email' }), labelled('Password', { type: 'password' }))).toBe('signup');
  });

  it('its value: 1 only for the phone (and its codes) alone with a code or a sending button', () => {
    const facts = (over: Record<string, number>, own = 0, appLink = 0) =>
      ({ phones: 1, personal: 1, passwords: 0, emails: 0, usernames: 0, confirmEmail: 0, addressish: 0, card: 0, documents: 0, codes: 0, ownCue: (c: string) => (c === 'cue:app-link' ? appLink : own), ...over }) as unknown as Parameters<typeof PHONE_CHECK_RULE.value>[0];
    expect(PHONE_CHECK_RULE.value(facts({ codes: 1, phones: 2, personal: 2 }))).toBe(1);
    expect(PHONE_CHECK_RULE.value(facts({}, 6))).toBe(1);
    // A text message that brings the app's link: no code to check.
    expect(PHONE_CHECK_RULE.value(facts({}, 6, 1))).toBe(0);
    expect(PHONE_CHECK_RULE.value(facts({ codes: 1, phones: 2, personal: 2 }, 0, 1))).toBe(1);
    expect(PHONE_CHECK_RULE.value(facts({}))).toBe(0);
    expect(PHONE_CHECK_RULE.value(facts({ codes: 1, phones: 2, personal: 3 }))).toBe(0);
    expect(PHONE_CHECK_RULE.value(facts({ codes: 1, emails: 1 }))).toBe(0);
    expect(PHONE_CHECK_RULE.value(facts({ codes: 1, passwords: 1 }))).toBe(0);
  });
});

describe('sms-codes: a sentence above the box saying the code comes by text message', () => {
  it('makes a "Verification code" the phone verification code', () => {
    const form = classifyForm([labelled('Verification code', { name: 'pin', inputmode: 'numeric', nearbyText: 'We sent a 4-digit code by text message to the mobile number you gave.' })], { buttons: ['Continue'], submitButtons: 1 });
    expect(form.fields[0]!.fieldType).toBe('phone-verification-code');
  });

  it('leaves an emailed code a one-time code', () => {
    const form = classifyForm([labelled('Verification code', { name: 'otp', inputmode: 'numeric', nearbyText: 'We sent an email with a verification code to the address you entered.' })], { buttons: ['Verify'], submitButtons: 1 });
    expect(form.fields[0]!.fieldType).toBe('one-time-code');
  });

  it('moves the caption\'s one-time-code words when the box\'s name already says SMS', () => {
    const fields = [select('Ländervorwahl', callingCodes), labelled('Mobilnummer', { type: 'tel' }), labelled('Bestätigungscode aus der SMS', { name: 'smsCode', id: 'smscode' })];
    const form = classifyForm(fields, { heading: 'Telefonnummer bestätigen', buttons: ['Bestätigen'], submitButtons: 1 }, { lang: 'de' });
    expect(form.fields[2]!.fieldType).toBe('phone-verification-code');
  });
});
