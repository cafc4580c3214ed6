// Context rule name-of-thing: "name" beside a word for something people name (a project, a room, a
// pet, a bank, a shop) is no person's name, in a signup form and in a checkout form, in many
// languages; a person's name stays one, even with a thing beside it. Also the words and tables
// around it: nickname words, English attribute tokens that are false friends elsewhere, and a
// salutation in a multi-line box.
import { describe, expect, it } from 'vitest';
import { classifyFields, field, labelled } from './factory.ts';
import { classify, inCheckout, inSignup } from './probe-page.ts';

const THINGS = [
  ['en', 'Room name'],
  ['en', "Your dog's name"],
  ['en', 'Name your workspace'],
  ['en', 'Give your project a name'],
  ['en', 'Bank name'],
  ['de', 'Name Ihres Hundes'],
  ['de', 'Name der Bank'],
  ['fr', 'Nom de votre animal'],
  ['fr', 'Nom de la salle'],
  ['es', 'Nombre de tu mascota'],
  ['es', 'Nombre del canal'],
  ['it', 'Nome del tuo cane'],
  ['pt', 'Nome do seu cachorro'],
  ['nl', 'Naam van je huisdier'],
  ['pl', 'Imię twojego zwierzaka'],
  ['pl', 'Nazwa kanału'],
  ['ru', 'Имя вашей собаки'],
  ['ja', 'ペットの名前'],
  ['zh', '宠物名字'],
  ['ko', '반려동물 이름'],
  ['ar', 'اسم البنك'],
  ['tr', 'Takım adı'],
  ['fi', 'Pankin nimi'],
  ['hu', 'Bank neve'],
  ['el', 'Όνομα τράπεζας'],
  ['vi', 'Tên ngân hàng'],
] as const;

const PEOPLE = [
  ['en', 'Name'],
  ['en', 'Full name'],
  ['en', 'Contact person at your school'],
  ['en', 'Recipient name'],
  // A profile's name is its owner's: the name people see (a username is asked for in those words).
  ['en', 'Profile name'],
  ['de', 'Name'],
  ['fr', 'Nom du destinataire'],
  ['es', 'Nombre completo'],
  ['it', 'Nome e cognome'],
  ['pl', 'Imię'],
  ['ru', 'Имя получателя'],
  ['ja', 'お名前'],
  ['ko', '상품 수령인 이름'],
  ['hu', 'Név'],
] as const;

describe('name-of-thing', () => {
  it('the name of a project, a room, a pet or a bank is no person’s name, in a signup and in a checkout form', () => {
    for (const [lang, caption] of THINGS) {
      for (const f of [inSignup(lang, caption), inCheckout(lang, caption)]) expect(f.category, `${lang} "${caption}" ${f.fieldType}`).not.toBe('name');
    }
  });

  it('a person’s name stays one, also with a thing beside a word for the person', () => {
    for (const [lang, caption] of PEOPLE) {
      for (const f of [inSignup(lang, caption), inCheckout(lang, caption)]) expect(f.category, `${lang} "${caption}" ${f.fieldType}`).toBe('name');
    }
  });

  it('a thing word counts in the page’s language: Spanish "sala" (a room) in an English example name does not', () => {
    expect(inSignup('en', 'Name, e.g. Sala Jones').category).toBe('name');
  });

  it('on a page with no language, a thing word counts in the name word’s language only', () => {
    expect(inSignup('', 'Name, e.g. Sala Jones').category).toBe('name');
    expect(inSignup('', 'Nome del tuo cane').category).not.toBe('name');
    expect(inSignup('', 'Nombre de la sala').category).not.toBe('name');
  });

  it('a bare name attribute under a thing’s caption, and a thing’s name attribute, vote for no person', () => {
    const fields = classify('en', [{ caption: 'Project name', name: 'name' }, { caption: '', name: 'bank_name' }, { caption: '', name: 'room_name' }, { caption: 'Email', name: 'email', type: 'email' }], 'Create');
    for (const f of fields.slice(0, 3)) expect(f.category, f.fieldType).not.toBe('name');
  });

  it('an attribute naming a person, or a caption asking for one, keeps the name', () => {
    const fields = classify('en', [{ caption: '', name: 'realname' }, { caption: 'Full name', name: 'bank_name' }, { caption: '', name: 'fullname' }, { caption: 'Email', name: 'email', type: 'email' }], 'Create');
    for (const f of fields.slice(0, 3)) expect(f.category, f.fieldType).toBe('name');
  });
});

describe('nicknames, false friends in attribute names, salutations in a multi-line box', () => {
  it('a nickname is an account alias (credentials), in Polish, Finnish, Bulgarian, Arabic and Norwegian', () => {
    for (const [lang, caption] of [
      ['pl', 'Ksywka'],
      ['fi', 'Lempinimi'],
      ['bg', 'Прякор'],
      ['ar', 'اسم مستعار'],
      ['no', 'Kallenavn'],
    ] as const) {
      const f = inSignup(lang, caption);
      expect(f.category, `${lang} "${caption}" ${f.fieldType}`).toBe('credentials');
    }
  });

  it('on an English page, name="tag" is no day and name="by" no town; on German and Danish pages they stay so', () => {
    const english = classify('en', [{ caption: '', name: 'tag' }, { caption: '', name: 'by' }, { caption: 'Email', name: 'email', type: 'email' }], 'Sign up');
    expect(english[0]!.category).toBe('other');
    expect(english[1]!.category).toBe('other');
    const german = classify('de', [{ caption: '', name: 'tag' }, { caption: '', name: 'monat' }, { caption: '', name: 'jahr' }], 'Weiter');
    expect(german[0]!.fieldType).toBe('bday-day');
    const danish = classify('da', [{ caption: '', name: 'adresse' }, { caption: '', name: 'postnr' }, { caption: '', name: 'by' }], 'Videre');
    expect(danish[2]!.fieldType).toBe('address-level2');
  });

  it('a multi-line box is never a salutation (Italian "Sig." in a signature box), on any page', () => {
    for (const lang of ['', 'en', 'it']) {
      const [f] = classifyFields([field({ tag: 'textarea', type: 'textarea', name: 'sig' }), labelled('Email', { type: 'email', name: 'email' })], {}, { lang });
      expect(f!.category, `lang "${lang}" ${f!.fieldType}`).toBe('other');
    }
  });
});
