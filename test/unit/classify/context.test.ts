// The cases where a field's meaning depends on its neighbours, its section or its form.
import { describe, expect, it } from 'vitest';
import { classifyField, classifyPage } from '../../../src/core/classify/index.ts';
import { classifyFields, field, form, labelled, page, range, select, years } from './factory.ts';

const THIS_YEAR = new Date().getFullYear();
const MONTHS = ['Month', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

describe('cardholder name', () => {
  it('a plain "Name" between card fields is the cardholder', () => {
    const [, name] = classifyFields([labelled('Card number'), labelled('Name'), labelled('Expiry date (MM/YY)'), labelled('CVC')]);
    expect(name!.fieldType).toBe('cc-name');
    expect(name!.category).toBe('payment');
    expect(name!.evidence).toContain('between card fields');
  });

  it('a name in a section headed "Payment details" is the cardholder', () => {
    const [name] = classifyFields([labelled('Full name', { legend: 'Payment details' }), labelled('Card number', { legend: 'Payment details' })]);
    expect(name!.fieldType).toBe('cc-name');
  });

  it('the same "Name" in a contact block stays a person name', () => {
    const [name] = classifyFields([labelled('Name'), labelled('Email'), labelled('Phone')]);
    expect(name!.category).toBe('name');
  });

  it('a billing name next to the billing address stays a name, and the evidence says billing', () => {
    const fields = classifyFields([
      labelled('First name', { legend: 'Billing address' }),
      labelled('Last name', { legend: 'Billing address' }),
      labelled('Street', { legend: 'Billing address' }),
      labelled('Card number', { legend: 'Card' }),
    ]);
    expect(fields[0]!.fieldType).toBe('given-name');
    expect(fields[1]!.fieldType).toBe('family-name');
    expect(fields[0]!.evidence).toContain('billing section');
  });

  it('a site that marks the name autocomplete=given-name keeps it a person name even beside card fields', () => {
    const [, name] = classifyFields([labelled('Card number'), field({ autocomplete: 'given-name', name: 'fname' }), labelled('CVV')]);
    expect(name!.fieldType).toBe('given-name');
  });
});

describe('a bare "Number"', () => {
  it('between card fields is the card number; beside a street it stays the house number', () => {
    const card = classifyFields([labelled('Name on card'), select('Card type', ['Visa', 'Mastercard', 'American Express']), labelled('Number'), labelled('Expiration date (MM/YY)'), labelled('CVV')]);
    expect(card[2]!.fieldType).toBe('cc-number');
    expect(card[2]!.evidence.join(' ')).toMatch(/number among card fields/);
    const address = classifyFields([labelled('Street'), labelled('Number'), labelled('Postcode'), labelled('City')]);
    expect(address[1]!.fieldType).toBe('address-housenumber');
  });
});

describe('account name is not a person name', () => {
  it.each(['AWS account name', 'Account name', 'Cloud account name', 'Tenancy'])('"%s" → account-name (credentials)', (label) => {
    const c = classifyField(labelled(label));
    expect(c.fieldType).toBe('account-name');
    expect(c.category).toBe('credentials');
  });

  it('"Company name", "Street name" and "User name" are not person names either', () => {
    expect(classifyField(labelled('Company name')).category).toBe('organization');
    expect(classifyField(labelled('Street name')).category).toBe('address');
    expect(classifyField(labelled('User name')).category).toBe('credentials');
    expect(classifyField(field({ name: 'BGQuarterName' })).category).not.toBe('name');
  });

  it('a path-like name is read by its last segment', () => {
    expect(classifyField(field({ name: 'BillingAddressFormViewModel.Name' })).category).toBe('name');
    expect(classifyField(field({ name: 'payment[address][zip]' })).fieldType).toBe('postal-code');
  });
});

describe('date of birth vs card expiry', () => {
  it('a day/month/year triplet of selects with past years is a birth date', () => {
    const fields = classifyFields([select('', ['Day', ...range(1, 31)]), select('', MONTHS), select('', ['Year', ...years(THIS_YEAR, THIS_YEAR - 100)])]);
    expect(fields.map((f) => f.fieldType)).toEqual(['bday-day', 'bday-month', 'bday-year']);
    expect(fields.every((f) => f.category === 'date-of-birth')).toBe(true);
    expect(fields[2]!.evidence.join(' ')).toMatch(/past years/);
  });

  it('month and coming years next to a card number are the card expiry', () => {
    const fields = classifyFields([labelled('Card number'), select('', ['MM', ...range(1, 12).map((m) => m.padStart(2, '0'))]), select('', ['YYYY', ...years(THIS_YEAR, THIS_YEAR + 15)])]);
    expect(fields.map((f) => f.fieldType)).toEqual(['cc-number', 'cc-exp-month', 'cc-exp-year']);
    expect(fields[2]!.evidence.join(' ')).toMatch(/coming years/);
  });

  it('two-digit years starting this year are card expiry years', () => {
    const yy = THIS_YEAR % 100;
    const c = classifyField(select('', range(yy, yy + 12).map((y) => y.padStart(2, '0'))));
    expect(c.fieldType).toBe('cc-exp-year');
  });

  it('a month list under "Date of birth" is the birth month, in German too', () => {
    const fields = classifyFields([
      select('Tag', range(1, 31), { legend: 'Geburtsdatum' }),
      select('Monat', ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'], { legend: 'Geburtsdatum' }),
      select('Jahr', years(2010, 1930), { legend: 'Geburtsdatum' }),
    ]);
    expect(fields.map((f) => f.fieldType)).toEqual(['bday-day', 'bday-month', 'bday-year']);
  });

  it('a single date field reads its mask: MM/YY is a card expiry, TT.MM.JJJJ a birth date', () => {
    expect(classifyField(field({ placeholder: 'MM/YY' })).fieldType).toBe('cc-exp');
    expect(classifyField(field({ placeholder: 'TT.MM.JJJJ' })).fieldType).toBe('bday');
    expect(classifyField(field({ type: 'date', labels: ['Geburtsdatum'] })).fieldType).toBe('bday');
  });
});

describe('phone country code', () => {
  it('a select of calling codes is the phone country code', () => {
    const [code, tel] = classifyFields([select('', ['+1', '+44', '+49', '+33', '+81']), labelled('Phone number', { type: 'tel' })]);
    expect(code!.fieldType).toBe('tel-country-code');
    expect(code!.category).toBe('phone');
    expect(code!.evidence.join(' ')).toMatch(/calling codes/);
    expect(tel!.fieldType).toBe('tel');
  });

  it('"Germany (+49)" style options count as calling codes too', () => {
    const c = classifyField(select('Country', ['Germany (+49)', 'France (+33)', 'Spain (+34)', 'Italy (+39)']));
    expect(c.fieldType).toBe('tel-country-code');
  });

  it('a country list labelled for the phone, right before the number, is its country code', () => {
    const [code] = classifyFields([select('Phone country', ['United States', 'Canada', 'Germany', 'France', 'Japan']), labelled('Mobile number', { type: 'tel' })]);
    expect(code!.fieldType).toBe('tel-country-code');
  });

  it('a searchable combobox named for a country code, right before the number, is its country code; one named "country" is the country, not a street search', () => {
    // Custom selects (ant-design, react-select) render a readonly type=search box without options.
    const combo = (id: string) => field({ type: 'search', id, ariaLabel: '' });
    const [code, tel] = classifyFields([combo('countryCode'), field({ type: 'text', id: 'phone' }), field({ type: 'password', id: 'password' })]);
    expect(code!.fieldType).toBe('tel-country-code');
    expect(tel!.category).not.toBe('address');
    const [street, , country] = classifyFields([labelled('Street address'), labelled('City'), combo('country')]);
    expect(street!.fieldType).toBe('street-address');
    expect(country!.fieldType).toBe('country');
    expect(country!.evidence.join(' ')).toMatch(/search box of a country list/);
    // The search box of a phone's calling-code list, named after the delivery address's phone.
    const [, , phoneSearch] = classifyFields([labelled('Street'), labelled('City'), field({ type: 'text', inputmode: 'search', id: 'select-deliveryAddress-phone', placeholder: 'Search...' })]);
    expect(phoneSearch!.fieldType).toBe('tel-country-code');
    // A search box asking for the address itself still looks the address up.
    expect(classifyField(field({ type: 'search', placeholder: 'Search for your address' })).fieldType).toBe('street-address');
    // "CountryCode" on a select of country names closing an address is the ISO code of a country, even before a phone.
    const [, iso] = classifyFields([labelled('City'), select('', ['United States', 'Canada', 'Germany', 'France', 'Japan'], { name: 'CountryCode' }), labelled('Phone', { type: 'tel' })]);
    expect(iso!.fieldType).toBe('country');
  });

  it('a country list in an address block stays the country', () => {
    const fields = classifyFields([labelled('City'), select('Country', ['United States', 'Canada', 'Germany', 'France', 'Japan']), labelled('Phone', { type: 'tel' })]);
    expect(fields[1]!.fieldType).toBe('country');
  });
});

describe('email, confirmation and sign-in identifiers', () => {
  it('a second email field asking to confirm is email-confirm (still category email)', () => {
    const [, confirm] = classifyFields([labelled('Email', { type: 'email' }), labelled('Confirm email', { type: 'email' }), labelled('Password', { type: 'password' })]);
    expect(confirm!.fieldType).toBe('email-confirm');
    expect(confirm!.category).toBe('email');
  });

  it('"Confirm your address" under the email field, named as an email confirmation, is email-confirm (not a street address), in several languages', () => {
    for (const [label, name] of [
      ['Confirm your Address', 'reenter_email'],
      ['Adresse bestätigen', 'email_confirm'],
      ['Confirmez votre adresse', 'confirm_email'],
      ['Confirma tu dirección', 'confirmEmail'],
    ]) {
      const [, confirm] = classifyFields([labelled('Email', { name: 'email' }), labelled(label!, { name })]);
      expect(confirm!.fieldType, label).toBe('email-confirm');
    }
    // Without an email-ish name it stays whatever its caption says.
    const [, street] = classifyFields([labelled('Email', { name: 'email' }), labelled('Confirm your Address', { name: 'address2' })]);
    expect(street!.category).toBe('address');
  });

  it('outside a login an email input named like a user name ("MemberName", "login") asks for the email address', () => {
    for (const name of ['MemberName', 'login', 'username']) {
      const [box] = classifyFields([labelled('someone@example.com', { type: 'email', name }), labelled('Create password', { type: 'password', autocomplete: 'new-password' })], {
        heading: 'Create account',
        buttons: ['Next'],
        submitButtons: 1,
      });
      expect(box!.fieldType, name).toBe('email');
    }
  });

  it('"Username or email" on a login form is the sign-in identifier (credentials)', () => {
    const [id, pw] = classifyFields([labelled('Username or email'), labelled('Password', { type: 'password' })], { buttons: ['Sign in'] });
    expect(id!.category).toBe('credentials');
    expect(pw!.fieldType).toBe('current-password');
  });

  it('a national ID number a login form signs in with is the sign-in identifier, not identity data', () => {
    for (const [label, lang] of [
      ['T.C. Kimlik No', 'tr'],
      ['CPF', 'pt'],
      ['DNI', 'es'],
    ]) {
      const login = classifyFields([labelled(label!), labelled('Password', { type: 'password' })], { buttons: ['Sign in'] }, { lang });
      expect(login[0]!.category, label).toBe('credentials');
      // The same box on a signup form asks for the number itself.
      const signup = classifyFields([labelled(label!), labelled('Password', { type: 'password' }), labelled('Repeat password', { type: 'password' })], { buttons: ['Create account'] }, { lang });
      expect(signup[0]!.category, label).toBe('government-id');
    }
  });

  it('a bare "Name" box right before a login password is the sign-in name; on a signup form a person’s name', () => {
    for (const partial of [{ labels: ['Name'] }, { name: 'name' }, { placeholder: 'Felhasználónév', name: 'name' }]) {
      const login = classifyFields([field(partial), labelled('Password', { type: 'password' })], { buttons: ['Sign in'] });
      expect(login[0]!.category, JSON.stringify(partial)).toBe('credentials');
    }
    const signup = classifyFields([labelled('Name'), labelled('Email', { type: 'email' }), labelled('Password', { type: 'password' })], { buttons: ['Create account'] });
    expect(signup[0]!.category).toBe('name');
    // A first name before a login password keeps its reading (a form that asks for it is no plain login).
    expect(classifyFields([labelled('First name'), labelled('Password', { type: 'password' })], { buttons: ['Sign in'] })[0]!.category).toBe('name');
  });

  it('a lone "number" or "identifier" box right before a login password is the sign-in identifier, not an address part', () => {
    for (const label of ['Client number', 'Service number', 'State Identifier']) {
      const [id] = classifyFields([labelled(label), labelled('Password', { type: 'password' })], { buttons: ['Log in'] });
      expect(id!.category, label).toBe('credentials');
    }
    // Beside a street and a city the number is the house number, even on a form that reads as a sign-in.
    const withAddress = classifyFields([labelled('Street'), labelled('Number'), labelled('Password', { type: 'password' })], { buttons: ['Log in'] });
    expect(withAddress[1]!.category).toBe('address');
  });

  it('on a sign-in page the email box before the password is the sign-in identifier, whatever its input type', () => {
    for (const type of ['email', 'text']) {
      const [id] = classifyFields([labelled('Email', { type }), labelled('Password', { type: 'password' })], { buttons: ['Log in'] }, { title: 'Log in | Example', url: 'https://example.com/login' });
      expect(id!.category, type).toBe('credentials');
    }
  });

  it('a login box on a purchase page keeps an email caption as the email address the order goes to', () => {
    const page = { title: 'Checkout | Example Shop', url: 'https://shop.example/checkout' };
    for (const type of ['email', 'text']) {
      const [id] = classifyFields([labelled('Email', { type }), labelled('Password', { type: 'password' })], { buttons: ['Log in'], heading: 'Returning customer' }, page);
      expect(id!.category, type).toBe('email');
    }
    // A box that also takes a user name is still the sign-in identifier there.
    const [either] = classifyFields([labelled('Email or username'), labelled('Password', { type: 'password' })], { buttons: ['Log in'] }, page);
    expect(either!.category).toBe('credentials');
  });

  it('a login box beside another form that asks for an address (a shop registration) keeps its email; alone on the page it is the sign-in', () => {
    const login = form([labelled('Email', { type: 'email' }), labelled('Password', { type: 'password' })], { buttons: ['Log in'], selector: '#login' });
    const registration = form(
      [labelled('First name'), labelled('Last name'), labelled('Street'), labelled('Postcode'), labelled('City'), labelled('Email', { type: 'email' }), labelled('Password', { type: 'password' }), labelled('Repeat password', { type: 'password' })],
      { buttons: ['Register'], selector: '#register' },
    );
    const beside = classifyPage(page([login, registration], { title: 'Customer account' })).forms[0]!;
    expect(beside.kind).toBe('login');
    expect(beside.fields[0]!.category).toBe('email');
    const alone = classifyPage(page([login], { title: 'Customer account' })).forms[0]!;
    expect(alone.fields[0]!.category).toBe('credentials');
    // A second login form is no address form, however many login boxes the page holds.
    expect(classifyPage(page([login, login], { title: 'Customer account' })).forms[0]!.fields[0]!.category).toBe('credentials');
  });

  it('a field labelled as an email address is one, even when its name says "username" (signup)', () => {
    const [id] = classifyFields([labelled('Email address', { name: 'username' }), labelled('Choose a password', { type: 'password' }), labelled('Confirm password', { type: 'password' })], {
      buttons: ['Create account'],
    });
    expect(id!.category).toBe('email');
  });

  it('a box captioned as a user name stays one on a signup form whose line beside it speaks of the email address', () => {
    const signup = (caption: Partial<Parameters<typeof field>[0]>) =>
      classifyFields([field({ ...caption, nearbyText: 'Create an account with your email address', name: 'username' }), labelled('Choose a password', { type: 'password' }), labelled('Confirm password', { type: 'password' })], { buttons: ['Create account'] })[0]!;
    expect(signup({ placeholder: 'Choose a username' }).category).toBe('credentials');
    expect(signup({ labels: ['Username *'] }).category).toBe('credentials');
    // A caption that offers the email address too, or none at all, lets the line decide.
    expect(signup({ labels: ['Username or email'] }).category).toBe('email');
    expect(signup({}).category).toBe('email');
  });
});

describe('passwords and codes', () => {
  it('a signup form asks for a new password; a login form for the current one', () => {
    const signup = classifyFields([labelled('Email', { type: 'email' }), labelled('Password', { type: 'password' }), labelled('Repeat password', { type: 'password' })], {
      buttons: ['Register'],
    });
    expect(signup.slice(1).map((f) => f.fieldType)).toEqual(['new-password', 'new-password']);
    const login = classifyFields([labelled('Email', { type: 'email' }), labelled('Password', { type: 'password' })], { buttons: ['Log in'] });
    expect(login[1]!.fieldType).toBe('current-password');
  });

  it('autocomplete=new-password on a text box (the autofill-blocking trick) is ignored', () => {
    expect(classifyField(labelled('Street address', { autocomplete: 'new-password' })).fieldType).toBe('street-address');
  });

  it('a code the page says comes by SMS is a phone verification code (category phone)', () => {
    const [code] = classifyFields([labelled('Enter the code', { nearbyText: 'We sent an SMS to your phone' })]);
    expect(code!.fieldType).toBe('phone-verification-code');
    expect(code!.category).toBe('phone');
  });

  it('a code sent by email or from an app is a one-time code (credentials)', () => {
    expect(classifyField(labelled('Verification code', { nearbyText: 'Check your email' })).fieldType).toBe('one-time-code');
    expect(classifyField(labelled('6-digit code from your authenticator app')).fieldType).toBe('one-time-code');
  });

  it('type=tel boxes named as code digits are a code, not a phone number (the number pad is what type=tel asks for)', () => {
    const digits = Array.from({ length: 6 }, (_, i) => field({ type: 'tel', id: `phoneNumber-verification-single-otp-input-${i}`, ariaLabel: `phoneNumber-verification-single-otp-input-${i}` }));
    const read = classifyFields([...digits], {}, { headings: ['Verify your mobile number'] });
    for (const d of read) expect(d.fieldType).toMatch(/code$/);
    // type=tel for a Brazilian CEP and a US ZIP code: the postcode.
    // A knockout binding "postalCode" on a type=tel box with no caption.
    expect(classifyField(field({ type: 'tel', bindings: 'postalCode', maxLength: 9 })).fieldType).toBe('postal-code');
    expect(classifyField(labelled('ZIP code', { type: 'tel' })).fieldType).toBe('postal-code');
    // A plain type=tel box, or one named for the phone, is still the phone number.
    expect(classifyField(field({ type: 'tel' })).fieldType).toBe('tel');
    expect(classifyField(labelled('Mobile', { type: 'tel', name: 'mobile' })).fieldType).toBe('tel');
  });

  it('"SMS-Code" in German and 短信验证码 in Chinese', () => {
    expect(classifyField(labelled('SMS-Code')).fieldType).toBe('phone-verification-code');
    expect(classifyField(labelled('短信验证码')).fieldType).toBe('phone-verification-code');
  });

  it('"Security code" without any card around is a login code, with a card it is the CVC', () => {
    expect(classifyField(labelled('Security code')).fieldType).toBe('one-time-code');
    const [, csc] = classifyFields([labelled('Card number'), labelled('Security code')]);
    expect(csc!.fieldType).toBe('cc-csc');
  });

  it('"Security code" beside the cardholder\'s name is the card\'s, in any lexicon language', () => {
    expect(classifyFields([labelled('Cardholder name'), labelled('Código de seguridad')])[1]!.fieldType).toBe('cc-csc');
    expect(classifyFields([labelled('Name on card'), labelled('Security code')])[1]!.fieldType).toBe('cc-csc');
    expect(classifyFields([labelled('Username'), labelled('Security code')])[1]!.fieldType).toBe('one-time-code');
  });

  it('short numeric box after the card number is the security code', () => {
    const [, csc] = classifyFields([labelled('Card number'), field({ maxLength: 4, inputmode: 'numeric' })]);
    expect(csc!.fieldType).toBe('cc-csc');
    expect(csc!.evidence.join(' ')).toMatch(/maxlength=4/);
  });
});

describe('organization vs person, tax and registration', () => {
  it('company, VAT and registration number', () => {
    const fields = classifyFields([labelled('Company'), labelled('VAT ID'), labelled('Company registration number'), labelled('Contact person')]);
    expect(fields.map((f) => f.category)).toEqual(['organization', 'tax-id', 'tax-id', 'name']);
  });
});

describe('radio groups', () => {
  const radio = (name: string, label: string) => field({ type: 'radio', name, labels: [label] });

  it('options like "Personal project" / "Corporate" make the group an account-type question', () => {
    const fields = classifyFields([radio('type', 'Personal project'), radio('type', 'Corporate'), radio('type', 'Consultant / Freelancer')]);
    expect(fields.map((f) => f.fieldType)).toEqual(['account-type', 'account-type', 'account-type']);
    expect(fields[0]!.category).toBe('organization');
    expect(fields[0]!.evidence.join(' ')).toMatch(/radio group "type"/);
  });

  it('works for French and Chinese option labels, and for selects', () => {
    expect(classifyFields([radio('legalform', 'Particulier'), radio('legalform', 'Entreprise'), radio('legalform', 'Association')])[2]!.fieldType).toBe('account-type');
    expect(classifyFields([radio('attr', '个人账号'), radio('attr', '企业账号')])[0]!.fieldType).toBe('account-type');
    expect(classifyField(select('What best describes you?', ['Personal project', 'Company', 'Education'])).fieldType).toBe('account-type');
  });

  it('members share the group reading: "Male" / "Female" / "Other" are all sex', () => {
    const fields = classifyFields([radio('g', 'Male'), radio('g', 'Female'), radio('g', 'Prefer not to say')]);
    expect(fields.map((f) => f.fieldType)).toEqual(['sex', 'sex', 'sex']);
  });

  it('options with prices are a plan choice, whatever else they mention (not intended use, not identity data)', () => {
    const plans = classifyFields([
      radio('supportPlan', 'Basic support - Free. Recommended for new users'),
      radio('supportPlan', 'Developer support - From $29/month. Recommended for developers'),
      radio('supportPlan', 'Business support - From $100/month. Recommended for running production workloads'),
    ]);
    expect(plans.map((f) => [f.fieldType, f.category])).toEqual([
      ['plan-choice', 'other'],
      ['plan-choice', 'other'],
      ['plan-choice', 'other'],
    ]);
    expect(plans[2]!.evidence.join(' ')).toMatch(/priced options/);
    expect(classifyFields([radio('tier', 'Starter – 9 € pro Monat'), radio('tier', 'Pro – 29 €'), radio('tier', 'Team – 99 €')])[0]!.fieldType).toBe('plan-choice');
    // Without prices the words still count: a use-case question stays one.
    const uses = classifyFields([radio('use', 'Production workloads'), radio('use', 'Testing'), radio('use', 'Learning')]);
    expect(uses.map((f) => f.fieldType)).toEqual(['intended-use', 'intended-use', 'intended-use']);
  });

  it('a plan choice is not an account type', () => {
    const fields = classifyFields([radio('plan', 'Basic support - Free'), radio('plan', 'Developer support'), radio('plan', 'Business support')]);
    expect(fields.some((f) => f.fieldType === 'account-type')).toBe(false);
  });
});

describe('whose tax number', () => {
  it("a person's tax number beside the company fields, or named for a company, is the company's", () => {
    const alone = classifyFields([labelled('Nombre'), labelled('Número de identificación fiscal')]);
    expect(alone[1]!.category).toBe('government-id');
    const beside = classifyFields([labelled('Empresa'), labelled('Registro mercantil'), labelled('Número de identificación fiscal')]);
    expect(beside[2]!.category).toBe('tax-id');
    expect(beside[2]!.evidence.join(' ')).toMatch(/company/);
    // A lone company line, as shop address forms carry for anyone, does not make the form a company's.
    const addressForm = classifyFields([labelled('Nombre'), labelled('Empresa (opcional)'), labelled('Calle'), labelled('Número de identificación fiscal')]);
    expect(addressForm[3]!.category).toBe('government-id');
    // A caption naming the person's tax number over a platform's VAT field name ("taxvat", "vat_id"):
    // the form decides, not the developer's name; with no caption the name is all there is.
    expect(classifyFields([labelled('Nome'), labelled('Codice fiscale', { name: 'taxvat' })], {}, { lang: 'it' })[1]!.category).toBe('government-id');
    expect(classifyFields([labelled('Ragione sociale'), labelled('Partita IVA'), labelled('Codice fiscale', { name: 'taxvat' })], {}, { lang: 'it' })[2]!.category).toBe('tax-id');
    expect(classifyFields([labelled('Tax number (in the case of a company)', { name: 'taxvat' })])[0]!.category).toBe('tax-id');
    expect(classifyFields([field({ name: 'taxvat' })])[0]!.category).toBe('tax-id');
    expect(classifyFields([labelled('Numer identyfikacji podatkowej')])[0]!.category).toBe('government-id');
  });

  it('a tax office name (Vergi Dairesi) is not a tax number; an attribute "nif" is a person\'s', () => {
    expect(classifyFields([labelled('Vergi Dairesi')])[0]!.category).not.toBe('tax-id');
    expect(classifyFields([field({ name: 'billing_nif' })])[0]!.category).toBe('government-id');
  });
});

describe('a bare "Name" beside the other name part', () => {
  it('is the family name beside the given name, and the given name beside the family name', () => {
    expect(classifyFields([labelled('First name'), labelled('Name')])[1]!.fieldType).toBe('family-name');
    expect(classifyFields([labelled('Name'), labelled('Surname')])[0]!.fieldType).toBe('given-name');
    expect(classifyFields([labelled('Nome'), labelled('Cognome')], {}, { lang: 'it' })[0]!.fieldType).toBe('given-name');
  });
});

describe('a word that is a company elsewhere', () => {
  it('Italian "Firma" (a signature) on an Italian page is no company, by caption or by name', () => {
    const signature = labelled('Firma', { tag: 'textarea', type: 'textarea', name: 'firma', id: 'firma' });
    expect(classifyFields([labelled('Nome'), labelled('Cognome'), signature], {}, { lang: 'it' })[2]!.category).not.toBe('organization');
    expect(classifyFields([labelled('Vorname'), labelled('Nachname'), labelled('Firma', { name: 'firma' })], {}, { lang: 'de' })[2]!.category).toBe('organization');
  });
});
