// Option lists, evidence, confidence and the "unknown" verdict.
import { describe, expect, it } from 'vitest';
import { classifyField } from '../../../src/core/classify/index.ts';
import { classifyFields, field, labelled, range, select } from './factory.ts';

describe('option lists', () => {
  it('a long list of countries is a country select, in any language', () => {
    const en = classifyField(select('', ['Select…', 'Afghanistan', 'Albania', 'Algeria', 'Andorra', 'Angola', 'Argentina'], { optionCount: 240 }));
    expect(en.fieldType).toBe('country');
    const de = classifyField(select('', ['Deutschland', 'Österreich', 'Schweiz', 'Frankreich', 'Italien']));
    expect(de.fieldType).toBe('country');
    expect(de.evidence.join(' ')).toMatch(/countries/);
    const iso = classifyField(select('', ['--', 'DE', 'AT', 'CH', 'FR', 'IT', 'NL']));
    expect(iso.fieldType).toBe('country');
  });

  it('states and provinces are address-level1', () => {
    expect(classifyField(select('', ['Choose', 'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California'])).fieldType).toBe('address-level1');
    expect(classifyField(select('', ['Bayern', 'Berlin', 'Hessen', 'Sachsen'])).fieldType).toBe('address-level1');
    expect(classifyField(select('', ['北海道', '東京都', '大阪府', '京都府'])).fieldType).toBe('address-level1');
  });

  it('salutations, genders and card brands', () => {
    expect(classifyField(select('', ['Mr', 'Mrs', 'Ms', 'Dr'])).fieldType).toBe('honorific-prefix');
    expect(classifyField(select('', ['Herr', 'Frau'])).fieldType).toBe('honorific-prefix');
    expect(classifyField(select('', ['Male', 'Female', 'Other'])).fieldType).toBe('sex');
    expect(classifyField(select('', ['Visa', 'Mastercard', 'American Express'])).fieldType).toBe('cc-type');
  });

  it('1–31 is a day and twelve months a month (in Russian genitive too)', () => {
    const [day, month] = classifyFields([
      select('', range(1, 31), { legend: 'Дата рождения' }),
      select('', ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'], { legend: 'Дата рождения' }),
    ]);
    expect(day!.fieldType).toBe('bday-day');
    expect(month!.fieldType).toBe('bday-month');
  });

  it('a caption-less list of twelve month names is a month, in the languages added later too', () => {
    const lists: [string, string[]][] = [
      ['hu', ['január', 'február', 'március', 'április', 'május', 'június', 'július', 'augusztus', 'szeptember', 'október', 'november', 'december']],
      ['fi', ['tammikuu', 'helmikuu', 'maaliskuu', 'huhtikuu', 'toukokuu', 'kesäkuu', 'heinäkuu', 'elokuu', 'syyskuu', 'lokakuu', 'marraskuu', 'joulukuu']],
      ['cs', ['leden', 'únor', 'březen', 'duben', 'květen', 'červen', 'červenec', 'srpen', 'září', 'říjen', 'listopad', 'prosinec']],
      ['ro', ['ianuarie', 'februarie', 'martie', 'aprilie', 'mai', 'iunie', 'iulie', 'august', 'septembrie', 'octombrie', 'noiembrie', 'decembrie']],
      ['el', ['Ιανουάριος', 'Φεβρουάριος', 'Μάρτιος', 'Απρίλιος', 'Μάιος', 'Ιούνιος', 'Ιούλιος', 'Αύγουστος', 'Σεπτέμβριος', 'Οκτώβριος', 'Νοέμβριος', 'Δεκέμβριος']],
      ['bg', ['януари', 'февруари', 'март', 'април', 'май', 'юни', 'юли', 'август', 'септември', 'октомври', 'ноември', 'декември']],
      ['sr', ['januar', 'februar', 'mart', 'april', 'maj', 'jun', 'jul', 'avgust', 'septembar', 'oktobar', 'novembar', 'decembar']],
      ['id', ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember']],
    ];
    for (const [lang, months] of lists) {
      const [, month] = classifyFields([select('', range(1, 31)), select('', months), select('', range(1950, 2008))]);
      expect(month!.fieldType, lang).toMatch(/month$/);
    }
  });

  it('a short list of countries named in the page’s own language is the country, in the languages added later too', () => {
    const lists: [string, string[]][] = [
      ['hu', ['Magyarország', 'Ausztria', 'Németország', 'Szlovákia', 'Románia']],
      ['fi', ['Suomi', 'Ruotsi', 'Norja', 'Viro', 'Saksa']],
      ['cs', ['Česká republika', 'Slovensko', 'Německo', 'Rakousko', 'Polsko']],
      ['el', ['Ελλάδα', 'Κύπρος', 'Γερμανία', 'Βουλγαρία']],
      ['sr', ['Србија', 'Црна Гора', 'Босна и Херцеговина', 'Хрватска']],
    ];
    for (const [lang, countries] of lists) expect(classifyField(select('', countries)).fieldType, lang).toBe('country');
  });

  it('text that merely mentions a select type does not make a text box a select type', () => {
    expect(classifyField(labelled('Country')).fieldType).toBe('country');
    expect(classifyField(field({ tag: 'select', type: 'select-one', labels: ['Email'], options: ['a', 'b'], optionCount: 2 })).category).not.toBe('email');
  });
});

describe('evidence', () => {
  it('names the deciding signals in readable form', () => {
    const c = classifyField(field({ autocomplete: 'cc-number', labels: ['Kartennummer'], name: 'payment[card][number]' }));
    expect(c.evidence[0]).toBe('autocomplete=cc-number');
    expect(c.evidence).toContain('label "Kartennummer"');
    expect(c.evidence.some((e) => e.startsWith('name token'))).toBe(true);
  });

  it('quotes a keyword instead of a whole paragraph', () => {
    const c = classifyField(field({ labels: ['Please enter the postal code of the address where you want us to deliver your parcel'] }));
    expect(c.fieldType).toBe('postal-code');
    expect(c.evidence[0]).toBe('label contains "postal code"');
  });

  it('has at most five distinct entries, all about the winning type', () => {
    const c = classifyField(
      field({ autocomplete: 'email', type: 'email', labels: ['Email'], placeholder: 'you@example.com', name: 'email', id: 'userEmail', title: 'E-mail address' }),
    );
    expect(c.evidence.length).toBeLessThanOrEqual(5);
    expect(new Set(c.evidence).size).toBe(c.evidence.length);
    expect(c.evidence.join(' ')).not.toMatch(/password|phone/);
  });

  it('carries the requirements and the human label', () => {
    const c = classifyField(field({ labels: ['Last name'], required: true }));
    expect(c.label).toBe('Last name');
    expect(c.required).toBe(true);
    expect(Array.isArray(c.requirements)).toBe(true);
  });
});

describe('confidence', () => {
  it('stays within [0, 1] and grows with agreeing evidence', () => {
    const weak = classifyField(field({ nearbyText: 'Zip' }));
    const one = classifyField(labelled('Postcode'));
    const many = classifyField(field({ autocomplete: 'postal-code', labels: ['Postcode'], name: 'zip', placeholder: 'Postcode' }));
    for (const c of [weak, one, many]) {
      expect(c.confidence).toBeGreaterThanOrEqual(0);
      expect(c.confidence).toBeLessThanOrEqual(1);
    }
    expect(many.confidence).toBeGreaterThan(one.confidence);
    expect(one.confidence).toBeGreaterThan(weak.confidence);
    expect(many.confidence).toBeGreaterThan(0.85);
  });

  it('drops when the signals disagree', () => {
    const agree = classifyField(field({ labels: ['Phone'], name: 'phone' }));
    const conflict = classifyField(field({ labels: ['Phone'], name: 'email' }));
    expect(conflict.confidence).toBeLessThan(agree.confidence);
  });
});

describe('unknown', () => {
  it.each([
    field(),
    field({ name: 'field_17', id: 'a8f3c2d1e4b5' }),
    field({ labels: ['Lorem ipsum dolor'] }),
    field({ name: 'ctl00$MainContent$TextBox3' }),
    field({ type: 'checkbox', labels: ['I am over here'] }),
  ])('junk stays unknown (%#)', (f) => {
    const c = classifyField(f);
    expect(c.fieldType).toBe('unknown');
    expect(c.category).toBe('other');
    expect(c.confidence).toBe(0);
    expect(c.requirements).toEqual([]);
    expect(c.evidence.length).toBeGreaterThan(0);
  });

  it('a checkbox is consent or marketing, never a name', () => {
    expect(classifyField(field({ type: 'checkbox', labels: ['I agree to the Terms of Service'] })).fieldType).toBe('consent');
    expect(classifyField(field({ type: 'checkbox', labels: ['Send me offers and the newsletter'] })).fieldType).toBe('marketing-opt-in');
    expect(classifyField(field({ type: 'checkbox', labels: ['Name'] })).category).not.toBe('name');
  });
});

describe('masked numbers in password boxes', () => {
  it('a password box captioned as a Social Security or ID number is that number, not a password', () => {
    const ssn = classifyField(labelled('Please enter the first three digits of your Social Security Number.', { type: 'password', maxLength: 3, inputmode: 'numeric' }));
    expect(ssn.fieldType).toBe('ssn');
    expect(ssn.category).toBe('government-id');
    expect(classifyField(labelled('Numéro de sécurité sociale', { type: 'password' })).category).not.toBe('credentials');
  });

  it('an ordinary password box stays a password, whatever else its caption mentions', () => {
    expect(classifyField(labelled('Password', { type: 'password' })).fieldType).toBe('current-password');
    expect(classifyField(labelled('Password (at least 8 characters and one number)', { type: 'password' })).category).toBe('credentials');
  });
});

describe('framework bindings and camera capture', () => {
  it('a binding names a field that has no usable name or label', () => {
    expect(classifyField(field({ bindings: 'vm.user.lastName' })).fieldType).toBe('family-name');
    expect(classifyField(field({ name: 'f_1c9e77a2b3', bindings: 'postcode' })).fieldType).toBe('postal-code');
    const e = classifyField(field({ bindings: 'form.email' }));
    expect(e.category).toBe('email');
    expect(e.evidence.join(' ')).toMatch(/binding/);
    expect(classifyField(field({})).category).toBe('other');
  });

  it('a form builder\'s question number ("q17_whatBrand") is no search query, and the rest of the name still counts', () => {
    expect(classifyField(field({ name: 'q17_whatBrand' })).fieldType).not.toBe('search');
    expect(classifyField(field({ name: 'q38_howMany' })).category).toBe('other');
    expect(classifyField(field({ name: 'q3_email', id: 'input_3' })).fieldType).toBe('email');
    // A bare "q" is the classic search parameter.
    expect(classifyField(field({ name: 'q' })).fieldType).toBe('search');
  });

  it('capture=user is a selfie, capture=environment a document photo', () => {
    const selfie = classifyField(field({ type: 'file', accept: 'image/*', capture: 'user' }));
    expect(selfie.fieldType).toBe('selfie');
    expect(selfie.evidence.join(' ')).toMatch(/front camera/);
    const doc = classifyField(field({ type: 'file', accept: 'image/*', capture: 'environment' }));
    expect(doc.fieldType).toBe('id-document-upload');
    expect(doc.category).toBe('identity-document');
    // A caption still decides over the camera hint.
    expect(classifyField(field({ type: 'file', capture: 'environment', labels: ['Take a selfie'] })).fieldType).toBe('selfie');
  });
});

describe('shape: a calling code printed before a box', () => {
  it('a text box right after "+994" / "(+44)" takes a phone number, even when its name only says "number"', () => {
    for (const code of ['+994', '(+44)', '+1']) {
      const f = classifyField(field({ name: 'newNumber', labels: ['Əlaqə nömrəsi'], nearbyText: code }));
      expect(f.category, code).toBe('phone');
      expect(f.evidence.join(' ')).toContain(`calling code "${code}"`);
    }
    // A number or a sentence before the box is no calling code.
    expect(classifyField(field({ name: 'newNumber', nearbyText: '+994 12 345 67 89 is our hotline' })).category).not.toBe('phone');
    expect(classifyField(field({ name: 'houseNumber', nearbyText: '12' })).category).not.toBe('phone');
  });
});

describe('shape: an example address as the placeholder', () => {
  it('"name@example.com" is an email format, not the word "name"', () => {
    const f = classifyField(field({ placeholder: 'name@example.com' }));
    expect(f.category).toBe('email');
    expect(f.evidence.join(' ')).not.toMatch(/contains "name"/);
  });
  it('an example address as the label or aria-label (Apple\'s floating "name@example.com") is a format too', () => {
    for (const f of [field({ labels: ['name@example.com'], name: 'f1' }), field({ ariaLabel: 'name@example.com', name: 'f1' }), field({ ariaLabelledBy: 'name@example.com', name: 'f1' })]) {
      expect(classifyField(f).fieldType).toBe('email');
    }
  });
  it('a placeholder with words and an example still reads its words', () => {
    expect(classifyField(field({ placeholder: 'Your name, e.g. jane@example.com' })).category).not.toBe('other');
  });
});
