// Hungarian: the fields a signup and a checkout ask, and the form-kind probe's words.
import type { LanguageProbe } from './types.ts';

export const PROBE: LanguageProbe = {
  lang: 'hu',
  captions: [
    ['Vezetéknév', 'name', 'signup'],
    ['Keresztnév', 'name', 'signup'],
    ['Teljes név', 'name', 'checkout'],
    ['E-mail cím', 'email', 'signup'],
    ['Telefonszám', 'phone', 'signup'],
    ['Mobilszám', 'phone', 'checkout'],
    ['Utca, házszám', 'address', 'checkout'],
    ['Irányítószám', 'address', 'checkout'],
    ['Város', 'address', 'checkout'],
    ['Megye', 'address', 'checkout'],
    ['Ország', 'address', 'checkout'],
    ['Születési dátum', 'date-of-birth', 'signup'],
    ['Kártyaszám', 'payment', 'checkout'],
    ['Lejárati dátum', 'payment', 'checkout'],
    ['Cégnév', 'organization', 'signup'],
    ['Beosztás', 'organization', 'signup'],
    ['Adószám', 'tax-id', 'checkout'],
    ['Személyi igazolvány száma', 'government-id', 'signup'],
    ['Útlevélszám', 'government-id', 'signup'],
    ['Felhasználónév', 'credentials', 'signup'],
  ],
  words: {
    name: 'Név', email: 'E-mail cím', message: 'Üzenet', comment: 'Hozzászólás', website: 'Weboldal',
    newsletterHeading: 'Iratkozzon fel hírlevelünkre', subscribe: 'Feliratkozom', contactHeading: 'Kapcsolatfelvétel', send: 'Küldés',
    postComment: 'Hozzászólás küldése', forgotHeading: 'Elfelejtette jelszavát?', resetButton: 'Új jelszó kérése',
    address: 'Utca, házszám', city: 'Város', zip: 'Irányítószám', card: 'Kártyaszám', expiry: 'Lejárati dátum', cvc: 'Biztonsági kód',
    placeOrder: 'Megrendelem', checkoutHeading: 'Pénztár', loginHeading: 'Bejelentkezés', logIn: 'Belépés', password: 'Jelszó',
    continue: 'Tovább', getStarted: 'Kezdés', createAccount: 'Fiók létrehozása', signUp: 'Regisztráció',
    phone: 'Telefonszám', company: 'Cégnév', step: '2. lépés a 3-ból', firstName: 'Keresztnév', lastName: 'Vezetéknév',
    signupPath: '/regisztracio', shop: 'Friss kávébab', joinEmails: 'Feliratkozás',
    forgotLink: 'Elfelejtett jelszó?', agree: 'Elfogadom az adatkezelési tájékoztatót', search: 'Keresés', sendMessage: 'Üzenet küldése', signUpFree: 'Ingyenes regisztráció', register: 'Regisztrálok', webinarHeading: 'Jelentkezés a webináriumra', eventPath: '/rendezvenyek/csucs-2026', eventTitle: 'Regisztráció a rendezvényre 2026', waitlistHeading: 'Feliratkozás a várólistára', join: 'Csatlakozom', demoHeading: 'Kérjen demót', quoteHeading: 'Kérjen árajánlatot', trialHeading: 'Próbáld ki ingyen', conferenceAccount: 'Hozza létre fiókját a konferenciára való regisztrációhoz', jobPath: '/karrier/fejleszto', jobHeading: 'Állásajánlat: fejlesztő', resume: 'Önéletrajz', applyNow: 'Jelentkezem', volunteerHeading: 'Legyél önkéntes',
  },
};
