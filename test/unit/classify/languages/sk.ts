// Slovak: the fields a signup and a checkout ask, and the form-kind probe's words.
import type { LanguageProbe } from './types.ts';

export const PROBE: LanguageProbe = {
  lang: 'sk',
  captions: [
    ['Meno', 'name', 'signup'],
    ['Priezvisko', 'name', 'signup'],
    ['Meno a priezvisko', 'name', 'checkout'],
    ['E-mailová adresa', 'email', 'signup'],
    ['Telefónne číslo', 'phone', 'signup'],
    ['Mobilný telefón', 'phone', 'checkout'],
    ['Ulica a číslo domu', 'address', 'checkout'],
    ['PSČ', 'address', 'checkout'],
    ['Mesto', 'address', 'checkout'],
    ['Okres', 'address', 'checkout'],
    ['Krajina', 'address', 'checkout'],
    ['Dátum narodenia', 'date-of-birth', 'signup'],
    ['Číslo karty', 'payment', 'checkout'],
    ['Platnosť do', 'payment', 'checkout'],
    ['Názov firmy', 'organization', 'signup'],
    ['Pracovná pozícia', 'organization', 'signup'],
    ['Daňové identifikačné číslo', 'tax-id', 'checkout'],
    ['Číslo občianskeho preukazu', 'government-id', 'signup'],
    ['Číslo cestovného pasu', 'government-id', 'signup'],
    ['Používateľské meno', 'credentials', 'signup'],
  ],
  words: {
    name: 'Meno', email: 'E-mail', message: 'Správa', comment: 'Komentár', website: 'Webová stránka',
    newsletterHeading: 'Prihláste sa na odber noviniek', subscribe: 'Odoberať', contactHeading: 'Kontaktujte nás', send: 'Odoslať',
    postComment: 'Odoslať komentár', forgotHeading: 'Zabudli ste heslo?', resetButton: 'Zaslať nové heslo',
    address: 'Ulica a číslo domu', city: 'Mesto', zip: 'PSČ', card: 'Číslo karty', expiry: 'Platnosť do', cvc: 'Bezpečnostný kód',
    placeOrder: 'Objednať s povinnosťou platby', checkoutHeading: 'Pokladňa', loginHeading: 'Prihlásenie', logIn: 'Prihlásiť sa', password: 'Heslo',
    continue: 'Pokračovať', getStarted: 'Začať', createAccount: 'Vytvoriť účet', signUp: 'Registrácia',
    phone: 'Telefónne číslo', company: 'Názov firmy', step: 'Krok 2 z 3', firstName: 'Meno', lastName: 'Priezvisko',
    signupPath: '/registracia', shop: 'Čerstvá zrnková káva', joinEmails: 'Prihlásiť na odber',
    forgotLink: 'Zabudnuté heslo?', agree: 'Súhlasím so spracovaním osobných údajov', search: 'Hľadať', sendMessage: 'Odoslať správu', signUpFree: 'Registrácia zadarmo', register: 'Registrovať', webinarHeading: 'Registrácia na webinár', eventPath: '/podujatia/konferencia-2026', eventTitle: 'Registrácia na podujatie 2026', waitlistHeading: 'Zapísať sa na čakaciu listinu', join: 'Pridať sa', demoHeading: 'Vyžiadať demo', quoteHeading: 'Získať ponuku', trialHeading: 'Vyskúšať zadarmo', conferenceAccount: 'Vytvorte si účet a zaregistrujte sa na konferenciu', jobPath: '/kariera/vyvojar', jobHeading: 'Voľné pozície', resume: 'Životopis', applyNow: 'Reagovať na ponuku', volunteerHeading: 'Staňte sa dobrovoľníkom',
  },
};
