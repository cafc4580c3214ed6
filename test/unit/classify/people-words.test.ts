// The general causes behind the people-fields pages' misses (people-fields.test.ts), each checked on
// a small form of its own: a profile's name beside the real name, alternate names, the name on a
// doorbell, names of things (a baby not yet named, a registry, a boat, a pet asked "come si chiama"),
// words that sit inside other words' phrases (a dance floor, Italian "il"), and the organization and
// reference words of B2B trials, store sign-ups and pet insurance.
import { describe, expect, it } from 'vitest';
import { classify, fieldsOf, inSignup } from './probe-page.ts';

describe('a profile name beside the real name (rule profile-name)', () => {
  it('en: "Profile Name" with a separate "Real Name" is the alias', () => {
    const [profile, real] = classify('en', [{ caption: 'Profile Name', name: 'personaName' }, { caption: 'Real Name', name: 'real_name' }, { caption: 'Summary', name: 'summary' }], 'Save');
    expect(profile!.fieldType).toBe('username');
    expect(real!.fieldType).toBe('name');
  });
  it('en: a "Profile name" with no other name box stays the person\'s name (sites that show real names)', () => {
    expect(classify('en', [{ caption: 'Profile name', name: 'profile_name' }, { caption: 'Email', name: 'email', type: 'email' }, { caption: 'Password', name: 'password', type: 'password' }], 'Sign up')[0]!.category).toBe('name');
  });
});

describe('names that are no person\'s name, and a person\'s name written unusually', () => {
  it('de and en: an alternate name (Moodle) is the alias', () => {
    expect(inSignup('de', 'Alternativer Name').fieldType).toBe('username');
    expect(inSignup('en', 'Alternate name').fieldType).toBe('username');
  });
  it('de: the name on the doorbell is a name, though its box is named for the billing address', () => {
    const box = (id: string, name: string, caption: string) => `<p><label for="${id}">${caption}</label><input id="${id}" name="billingAddress[${name}]"></p>`;
    const doorbell = box('billingAddressDoorbell', 'customFields][klingelschild', 'Name auf dem Klingelschild (falls abweichend)');
    const form = `<form><h3>Ihre Adresse</h3>${box('street', 'street', 'Straße und Hausnummer')}${box('zipcode', 'zipcode', 'PLZ')}${box('city', 'city', 'Ort')}${doorbell}<button>Weiter</button></form>`;
    expect(fieldsOf('de', form)[3]!.category).toBe('name');
  });
  it('tr: "Gerçek adınız" (your real name) is the whole name', () => expect(inSignup('tr', 'Gerçek adınız').fieldType).toBe('name'));
  it("tr: a boat's name is no person's name", () => expect(inSignup('tr', 'Teknenizin adı').category).not.toBe('name'));
  it("en: a baby's name before birth and a registry's title are no person's name", () => {
    expect(inSignup('en', "Baby's name, if you've picked one").category).not.toBe('name');
    expect(inSignup('en', 'Registry title').category).not.toBe('name');
    expect(inSignup('en', 'Is this your first baby?', { options: ['Yes', 'No'] }).category).not.toBe('name');
  });
});

describe('words inside other phrases', () => {
  it('en: a dance floor is no floor of an address', () => expect(inSignup('en', 'What song will get you on the dance floor?').category).not.toBe('address'));
  it('it: the article "il" is no Turkish province ("Come si chiama il tuo animale?")', () => expect(inSignup('it', 'Come si chiama il tuo animale?').category).not.toBe('address'));
  it('attribute "custom_title" (a forum title under the user name) is no salutation', () => {
    const boxes = [{ caption: 'Özel başlık', name: 'user[custom_title]' }, { caption: 'Web sitesi', name: 'profile[website]', type: 'url' }, { caption: 'Gerçek adınız', name: 'custom_fields[gercek_ad]' }, { caption: 'Meslek', name: 'custom_fields[meslek]' }];
    expect(classify('tr', boxes, 'Kaydet')[0]!.fieldType).not.toBe('honorific-prefix');
  });
});

describe('organization and reference words', () => {
  it('zh: a company\'s size and a team space\'s name', () => {
    expect(inSignup('zh', '企业规模', { options: ['1-20人', '21-100人'] }).fieldType).toBe('company-size');
    expect(inSignup('zh', '团队空间名称', { name: 'spaceName' }).fieldType).toBe('account-name');
  });
  it("ar: a store's line of business is its industry", () => expect(inSignup('ar', 'نشاط المتجر', { options: ['أزياء', 'إلكترونيات'] }).fieldType).toBe('industry'));
  it("it and en: a pet's microchip number is a reference number", () => {
    expect(inSignup('it', 'Numero di microchip').fieldType).toBe('reference-number');
    expect(inSignup('en', 'Microchip number').fieldType).toBe('reference-number');
  });
});
