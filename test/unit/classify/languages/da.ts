// Danish: the fields a signup and a checkout ask, and the form-kind probe's words.
import type { LanguageProbe } from './types.ts';

export const PROBE: LanguageProbe = {
  lang: 'da',
  captions: [
    ['Fornavn', 'name', 'signup'],
    ['Efternavn', 'name', 'signup'],
    ['Fulde navn', 'name', 'checkout'],
    ['E-mailadresse', 'email', 'signup'],
    ['Telefonnummer', 'phone', 'signup'],
    ['Mobilnummer', 'phone', 'checkout'],
    ['Vejnavn og husnummer', 'address', 'checkout'],
    ['Postnr.', 'address', 'checkout'],
    ['By', 'address', 'checkout'],
    ['Region', 'address', 'checkout'],
    ['Land', 'address', 'checkout'],
    ['Fødselsdato', 'date-of-birth', 'signup'],
    ['Kortnummer', 'payment', 'checkout'],
    ['Udløbsdato', 'payment', 'checkout'],
    ['Firmanavn', 'organization', 'signup'],
    ['Stilling', 'organization', 'signup'],
    ['SE-nummer', 'tax-id', 'checkout'],
    ['Pasnummer', 'government-id', 'signup'],
    ['Kørekort', 'government-id', 'signup'],
    ['Brugernavn', 'credentials', 'signup'],
  ],
  words: {
    name: 'Navn', email: 'E-mail', message: 'Besked', comment: 'Kommentar', website: 'Hjemmeside',
    newsletterHeading: 'Tilmeld dig vores nyhedsbrev', subscribe: 'Abonnér', contactHeading: 'Kontakt os', send: 'Send',
    postComment: 'Send kommentar', forgotHeading: 'Glemt din adgangskode?', resetButton: 'Nulstil adgangskode',
    address: 'Adresse', city: 'By', zip: 'Postnummer', card: 'Kortnummer', expiry: 'Udløbsdato', cvc: 'Sikkerhedskode',
    placeOrder: 'Godkend ordre', checkoutHeading: 'Kassen', loginHeading: 'Log ind', logIn: 'Log ind', password: 'Adgangskode',
    continue: 'Fortsæt', getStarted: 'Kom i gang', createAccount: 'Opret konto', signUp: 'Tilmeld dig',
    phone: 'Telefonnummer', company: 'Virksomhed', step: 'Trin 2 af 3', firstName: 'Fornavn', lastName: 'Efternavn',
    signupPath: '/opret-konto', shop: 'Friske kaffebønner', joinEmails: 'Tilmeld',
    forgotLink: 'Glemt adgangskode?', agree: 'Jeg accepterer privatlivspolitikken', search: 'Søg', sendMessage: 'Send besked', signUpFree: 'Tilmeld dig gratis', register: 'Tilmeld', webinarHeading: 'Tilmeld dig webinaret', eventPath: '/events/topmode-2026', eventTitle: 'Tilmelding til arrangementet 2026', waitlistHeading: 'Skriv dig på ventelisten', join: 'Tilmeld', demoHeading: 'Book en demo', quoteHeading: 'Få et tilbud', trialHeading: 'Prøv gratis', conferenceAccount: 'Opret en konto for at tilmelde dig konferencen', jobPath: '/karriere/udvikler', jobHeading: 'Ledige stillinger', resume: 'CV', applyNow: 'Søg stillingen', volunteerHeading: 'Bliv frivillig',
  },
};
