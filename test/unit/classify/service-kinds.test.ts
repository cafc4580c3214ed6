// The kinds of everyday service forms (issue 19): ordering a service ("Contratar", "Souscrire",
// "Attiva ora") over a person's details is an order, a form that asks a person's identity number is
// no mailing list, whatever it says about subscribing ("Assine a Fibra"), and a quote ("Рассчитать
// стоимость", "Get my quotes") is a request to the site, no account; and registering a thing or a
// person with a service (a SIM card, a patient with a practice, a pupil with a school) opens no account.
import { describe, expect, it } from 'vitest';
import { kindsOf } from './probe-page.ts';

const box = (caption: string, name: string, type = 'text') => `<label for="${name}">${caption}</label><input id="${name}" name="${name}" type="${type}">`;

describe('service orders', () => {
  const orders: [lang: string, boxes: string[], button: string][] = [
    ['es', [box('Nombre', 'f1'), box('Apellidos', 'f2'), box('DNI / NIE', 'f3'), box('Dirección', 'f4'), box('Código postal', 'f5'), box('Municipio', 'f6'), box('IBAN', 'f7')], 'Contratar'],
    ['fr', [box('Prénom', 'f1'), box('Nom', 'f2'), box('Adresse', 'f3'), box('Code postal', 'f4'), box('Ville', 'f5'), box('IBAN', 'f6')], 'Valider ma souscription'],
    ['it', [box('Nome', 'f1'), box('Cognome', 'f2'), box('Codice fiscale', 'f3'), box('Indirizzo', 'f4'), box('CAP', 'f5'), box('Comune', 'f6'), box('IBAN', 'f7')], 'Attiva ora'],
  ];
  for (const [lang, boxes, button] of orders) {
    it(`${lang}: "${button}" over a person's details and an address orders a service`, () => {
      expect(kindsOf(lang, `<form action="/submit" method="post">${boxes.join('')}<button type="submit">${button}</button></form>`)).toEqual(['checkout']);
    });
  }
});

describe('subscribing to a service is no newsletter', () => {
  const form = (idBox: string) =>
    `<h1>Assine a Fibra 500 Mega</h1><form action="/assine/dados" method="post">${idBox}${box('Nome completo', 'f2')}${box('E-mail', 'f3', 'email')}${box('CEP', 'f4')}${box('Rua', 'f5')}${box('Cidade', 'f6')}<button type="submit">Continuar</button></form>`;
  it('pt: "Assine" over a form with a CPF is not read as a newsletter', () => {
    expect(kindsOf('pt', form(box('CPF', 'f1')), 'https://example.test/assine')).not.toEqual(['newsletter']);
  });
  it('pt: the same words over contact details alone stay a newsletter', () => {
    const plain = `<h1>Assine a nossa newsletter</h1><form action="/assine" method="post">${box('Nome', 'f2')}${box('E-mail', 'f3', 'email')}<button type="submit">Assinar</button></form>`;
    expect(kindsOf('pt', plain, 'https://example.test/assine')).toEqual(['newsletter']);
  });
});

describe('a quote is no account', () => {
  const quotes: [lang: string, boxes: string[], button: string][] = [
    ['ru', [box('Госномер', 'f1'), box('VIN', 'f2'), box('ФИО собственника', 'f3'), box('Дата рождения', 'f4'), box('Телефон', 'f5', 'tel')], 'Рассчитать стоимость'],
    ['en', [box('Car registration number', 'f1'), box('First name', 'f2'), box('Surname', 'f3'), box('Date of birth', 'f4'), box('Email', 'f5', 'email')], 'Get my quotes'],
    ['de', [box('Kennzeichen', 'f1'), box('Geburtsdatum', 'f2'), box('PLZ', 'f3')], 'Beitrag berechnen'],
  ];
  for (const [lang, boxes, button] of quotes) {
    it(`${lang}: "${button}" over a vehicle and its driver asks for a quote`, () => {
      expect(kindsOf(lang, `<form action="/calc" method="post">${boxes.join('')}<button type="submit">${button}</button></form>`)).toEqual(['other']);
    });
  }
});

describe('registering a thing or a person with a service is no account', () => {
  const records: [lang: string, heading: string, boxes: string[], button: string][] = [
    ['en', 'SIM Registration', [box('Mobile number', 'f1', 'tel'), box('First name', 'f2'), box('Last name', 'f3'), box('Date of birth', 'f4'), box('ID number', 'f5'), box('Upload photo of valid ID', 'f6', 'file')], 'Register SIM'],
    ['en', 'Register as a new patient', [box('First name', 'f1'), box('Surname', 'f2'), box('Date of birth', 'f3'), box('NHS number (if known)', 'f4'), box('Email', 'f5', 'email')], 'Submit registration'],
    ['id', 'Formulir Pendaftaran Peserta Didik Baru', [box('NISN', 'f1'), box('NIK Calon Siswa', 'f2'), box('Nama Lengkap', 'f3'), box('Tanggal Lahir', 'f4')], 'Kirim Pendaftaran'],
  ];
  for (const [lang, heading, boxes, button] of records) {
    it(`${lang}: "${heading}" is no signup`, () => {
      const kinds = kindsOf(lang, `<h1>${heading}</h1><form action="/submit" method="post">${boxes.join('')}<button type="submit">${button}</button></form>`);
      expect(kinds).toHaveLength(1);
      expect(kinds[0]).not.toBe('signup');
    });
  }
  it('en: with a password to choose, registering as a patient makes an account', () => {
    const body = `<h1>Register as a new patient</h1><form action="/submit" method="post">${box('First name', 'f1')}${box('Email', 'f2', 'email')}${box('Create a password', 'f3', 'password')}<button type="submit">Create account</button></form>`;
    expect(kindsOf('en', body)).toEqual(['signup']);
  });
});
