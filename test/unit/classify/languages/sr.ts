// Serbian: the fields a signup and a checkout ask, in Latin and Cyrillic spellings, and the
// form-kind probe's words (Latin, as most Serbian shops write). A newsletter box's button often says
// "Prijavi se", the sign-in verb: a bare email box with it reads as an email-first sign-in, which the
// words alone cannot tell apart, so joinEmails takes "Prijavi me" ("sign me up"), also in use.
import type { LanguageProbe } from './types.ts';

export const PROBE: LanguageProbe = {
  lang: 'sr',
  captions: [
    ['Ime', 'name', 'signup'],
    ['Prezime', 'name', 'signup'],
    ['Презиме', 'name', 'signup'],
    ['Ime i prezime', 'name', 'checkout'],
    ['E-mail adresa', 'email', 'signup'],
    ['Имејл адреса', 'email', 'signup'],
    ['Broj telefona', 'phone', 'signup'],
    ['Мобилни телефон', 'phone', 'checkout'],
    ['Ulica i broj', 'address', 'checkout'],
    ['Poštanski broj', 'address', 'checkout'],
    ['Поштански број', 'address', 'checkout'],
    ['Grad', 'address', 'checkout'],
    ['Mesto', 'address', 'checkout'],
    ['Okrug', 'address', 'checkout'],
    ['Država', 'address', 'checkout'],
    ['Datum rođenja', 'date-of-birth', 'signup'],
    ['Датум рођења', 'date-of-birth', 'signup'],
    ['Broj kartice', 'payment', 'checkout'],
    ['Datum isteka', 'payment', 'checkout'],
    ['Naziv firme', 'organization', 'signup'],
    ['Radno mesto', 'organization', 'signup'],
    ['PDV broj', 'tax-id', 'checkout'],
    ['Broj lične karte', 'government-id', 'signup'],
    ['Broj pasoša', 'government-id', 'signup'],
    ['Korisničko ime', 'credentials', 'signup'],
    ['Корисничко име', 'credentials', 'signup'],
  ],
  words: {
    name: 'Ime', email: 'E-mail adresa', message: 'Poruka', comment: 'Komentar', website: 'Veb sajt',
    newsletterHeading: 'Prijava na newsletter', subscribe: 'Pretplati se', contactHeading: 'Kontaktirajte nas', send: 'Pošalji',
    postComment: 'Pošalji komentar', forgotHeading: 'Zaboravili ste lozinku?', resetButton: 'Resetuj lozinku',
    address: 'Ulica i broj', city: 'Grad', zip: 'Poštanski broj', card: 'Broj kartice', expiry: 'Datum isteka', cvc: 'Sigurnosni kod',
    placeOrder: 'Potvrdi porudžbinu', checkoutHeading: 'Korpa', loginHeading: 'Prijava', logIn: 'Prijavi se', password: 'Lozinka',
    continue: 'Nastavi', getStarted: 'Započnite', createAccount: 'Napravi nalog', signUp: 'Registruj se',
    phone: 'Broj telefona', company: 'Naziv firme', step: 'Korak 2 od 3', firstName: 'Ime', lastName: 'Prezime',
    signupPath: '/registracija', shop: 'Sveža kafa u zrnu', joinEmails: 'Prijavi me',
    forgotLink: 'Zaboravljena lozinka?', agree: 'Slažem se sa politikom privatnosti', search: 'Pretraga', sendMessage: 'Pošalji poruku', signUpFree: 'Besplatna registracija', register: 'Prijavi se', webinarHeading: 'Prijava za vebinar', eventPath: '/dogadjaji/konferencija-2026', eventTitle: 'Prijava za događaj 2026', waitlistHeading: 'Upiši se na listu čekanja', join: 'Pridruži se', demoHeading: 'Zatražite demo', quoteHeading: 'Zatražite ponudu', trialHeading: 'Isprobajte besplatno', conferenceAccount: 'Napravite nalog da biste se prijavili za konferenciju', jobPath: '/karijera/programer', jobHeading: 'Otvorene pozicije', resume: 'CV', applyNow: 'Prijavi se', volunteerHeading: 'Postani volonter',
  },
};
