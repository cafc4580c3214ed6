// Romanian: the fields a signup and a checkout ask, and the form-kind probe's words.
import type { LanguageProbe } from './types.ts';

export const PROBE: LanguageProbe = {
  lang: 'ro',
  captions: [
    ['Nume', 'name', 'signup'],
    ['Prenume', 'name', 'signup'],
    ['Nume și prenume', 'name', 'checkout'],
    ['Adresa de e-mail', 'email', 'signup'],
    ['Număr de telefon', 'phone', 'signup'],
    ['Telefon mobil', 'phone', 'checkout'],
    ['Stradă și număr', 'address', 'checkout'],
    ['Cod poștal', 'address', 'checkout'],
    ['Localitate', 'address', 'checkout'],
    ['Județ', 'address', 'checkout'],
    ['Țara', 'address', 'checkout'],
    ['Data nașterii', 'date-of-birth', 'signup'],
    ['Numărul cardului', 'payment', 'checkout'],
    ['Data expirării', 'payment', 'checkout'],
    ['Numele companiei', 'organization', 'signup'],
    ['Funcția', 'organization', 'signup'],
    ['Cod de identificare fiscală', 'tax-id', 'checkout'],
    ['Seria și numărul CI', 'government-id', 'signup'],
    ['Număr pașaport', 'government-id', 'signup'],
    ['Nume de utilizator', 'credentials', 'signup'],
  ],
  words: {
    name: 'Nume', email: 'Adresa de e-mail', message: 'Mesaj', comment: 'Comentariu', website: 'Site web',
    newsletterHeading: 'Abonează-te la newsletter', subscribe: 'Abonare', contactHeading: 'Contactează-ne', send: 'Trimite',
    postComment: 'Publică comentariul', forgotHeading: 'Ai uitat parola?', resetButton: 'Resetează parola',
    address: 'Stradă și număr', city: 'Localitate', zip: 'Cod poștal', card: 'Număr card', expiry: 'Data expirării', cvc: 'Cod de securitate',
    placeOrder: 'Finalizează comanda', checkoutHeading: 'Finalizare comandă', loginHeading: 'Autentificare', logIn: 'Intră în cont', password: 'Parolă',
    continue: 'Continuă', getStarted: 'Începe', createAccount: 'Creează un cont', signUp: 'Înregistrare',
    phone: 'Număr de telefon', company: 'Numele companiei', step: 'Pasul 2 din 3', firstName: 'Prenume', lastName: 'Nume',
    signupPath: '/inregistrare', shop: 'Cafea proaspăt prăjită', joinEmails: 'Înscrie-te',
    forgotLink: 'Ai uitat parola?', agree: 'Sunt de acord cu politica de confidențialitate', search: 'Caută', sendMessage: 'Trimite mesajul', signUpFree: 'Înregistrare gratuită', register: 'Înscrie-te', webinarHeading: 'Înscrie-te la webinar', eventPath: '/evenimente/summit-2026', eventTitle: 'Înscriere la eveniment 2026', waitlistHeading: 'Intră pe lista de așteptare', join: 'Alătură-te', demoHeading: 'Solicită o demonstrație', quoteHeading: 'Cere o ofertă', trialHeading: 'Încearcă gratuit', conferenceAccount: 'Creează-ți contul pentru a te înscrie la conferință', jobPath: '/cariere/dezvoltator', jobHeading: 'Locuri de muncă', resume: 'CV', applyNow: 'Aplică acum', volunteerHeading: 'Devino voluntar',
  },
};
