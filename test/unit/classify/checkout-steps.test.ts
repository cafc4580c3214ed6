// The steps of shop checkouts and business registrations (test/fixtures/checkouts-west): a step whose
// button goes on to delivery or payment ("Ir para a Entrega", "Continuar con envíos") is a step of
// the purchase, however "personal" its heading; a Spanish "palabra clave" is a search keyword, not a
// password ("clave"); "Firmenkonto erstellen" opens an account; a radio group named
// "payment[method]" is the payment method though neither half says so alone.
import { describe, expect, it } from 'vitest';
import { classifyForm, field, labelled } from './factory.ts';

describe('checkout steps and business registrations', () => {
  it('a contact step whose button goes on to delivery or payment is checkout, not a profile', () => {
    const cases: [string, string, string[], string][] = [
      ['pt', 'Dados pessoais', ['E-mail', 'Nome', 'Sobrenome', 'Telefone'], 'Ir para a Entrega'],
      ['es', 'Datos personales', ['Email', 'Nombre', 'Apellidos', 'Teléfono'], 'Ir para el envío'],
      ['es', 'Información de contacto', ['Correo electrónico', 'Nombre', 'Apellidos', 'Teléfono'], 'Continuar con envíos'],
      ['de', 'Persönliche Daten', ['E-Mail', 'Vorname', 'Nachname', 'Telefon'], 'Weiter zur Zahlung'],
    ];
    for (const [lang, heading, captions, button] of cases) {
      const fields = captions.map((c, i) => labelled(c, i === 0 ? { type: 'email' } : {}));
      expect(classifyForm(fields, { heading, buttons: [button], submitButtons: 1 }, { lang }).kind, button).toBe('checkout');
    }
  });

  it('a search box captioned with a keyword ("palabra clave") is no sign-in form', () => {
    const q = labelled('', { ariaLabel: 'Introduce una palabra clave o un número de artículo', name: 'q' });
    expect(classifyForm([q], { buttons: ['Enviar búsqueda'], submitButtons: 1 }, { lang: 'es' }).kind).toBe('search');
  });

  it('"Neues Firmenkonto erstellen" opens an account: a company’s registration is a signup', () => {
    const fields = [labelled('Firmenname'), labelled('Firmen-E-Mail', { type: 'email' }), labelled('UID / MWST-Nummer'), labelled('Strassenadresse'), labelled('Ort'), labelled('PLZ'), labelled('Vorname'), labelled('Nachname')];
    expect(classifyForm(fields, { heading: 'Neues Firmenkonto erstellen', buttons: ['Absenden'], submitButtons: 1 }, { lang: 'de' }).kind).toBe('signup');
  });

  it('"Password" then "New password" changes the password of the account the profile edits; "Password" then "Confirm password" makes one', () => {
    const consent = field({ type: 'checkbox', labels: ['J’accepte la politique de confidentialité'] });
    const profile = [labelled('Prénom'), labelled('Nom'), labelled('E-mail', { type: 'email' }), labelled('Mot de passe', { type: 'password' }), labelled('Nouveau mot de passe', { type: 'password' }), labelled('Date de naissance'), consent];
    const read = classifyForm(profile, { heading: 'Vos informations personnelles', buttons: ['Enregistrer'], submitButtons: 1 }, { lang: 'fr' });
    expect(read.kind).toBe('profile');
    expect(read.fields[3]!.fieldType).toBe('current-password');
    const signup = [labelled('Prénom'), labelled('Nom'), labelled('E-mail', { type: 'email' }), labelled('Mot de passe', { type: 'password' }), labelled('Confirmer le mot de passe', { type: 'password' }), labelled('Date de naissance'), consent];
    expect(classifyForm(signup, { buttons: ['Enregistrer'], submitButtons: 1 }, { lang: 'fr' }).kind).toBe('signup');
  });

  it('an application for store credit or trade credit opens an account, though it asks no password', () => {
    const applicant = [labelled('First name'), labelled('Last name'), labelled('Date of birth'), labelled('Social Security Number'), labelled('Email', { type: 'email' }), labelled('Street address'), labelled('City'), labelled('ZIP code')];
    for (const heading of ['Apply for financing', 'Credit application', '30-Day Trade Credit Application']) {
      expect(classifyForm(applicant, { heading, buttons: ['Submit'], submitButtons: 1 }, { lang: 'en' }).kind, heading).toBe('signup');
    }
  });

  it('a radio group named "payment[method]" or "payment.method" is the payment method', () => {
    for (const name of ['payment[method]', 'payment.method']) {
      const radio = (label: string) => field({ type: 'radio', name, labels: [label] });
      const got = classifyForm([labelled('Nome'), radio('MB WAY'), radio('Multibanco')], {}, { lang: 'pt' }).fields[1]!;
      expect(got.fieldType, name).toBe('payment-method');
    }
  });
});
