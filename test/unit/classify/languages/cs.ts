// Czech: the fields a signup and a checkout ask, and the form-kind probe's words.
import type { LanguageProbe } from './types.ts';

export const PROBE: LanguageProbe = {
  lang: 'cs',
  captions: [
    ['Jméno', 'name', 'signup'],
    ['Příjmení', 'name', 'signup'],
    ['Jméno a příjmení', 'name', 'checkout'],
    ['E-mailová adresa', 'email', 'signup'],
    ['Telefonní číslo', 'phone', 'signup'],
    ['Mobilní telefon', 'phone', 'checkout'],
    ['Ulice a číslo popisné', 'address', 'checkout'],
    ['PSČ', 'address', 'checkout'],
    ['Město', 'address', 'checkout'],
    ['Okres', 'address', 'checkout'],
    ['Země', 'address', 'checkout'],
    ['Datum narození', 'date-of-birth', 'signup'],
    ['Číslo karty', 'payment', 'checkout'],
    ['Platnost do', 'payment', 'checkout'],
    ['Název firmy', 'organization', 'signup'],
    ['Pracovní pozice', 'organization', 'signup'],
    ['Daňové identifikační číslo', 'tax-id', 'checkout'],
    ['Číslo občanského průkazu', 'government-id', 'signup'],
    ['Číslo cestovního pasu', 'government-id', 'signup'],
    ['Uživatelské jméno', 'credentials', 'signup'],
  ],
  words: {
    name: 'Jméno', email: 'E-mail', message: 'Zpráva', comment: 'Komentář', website: 'Webová stránka',
    newsletterHeading: 'Přihlaste se k odběru novinek', subscribe: 'Odebírat', contactHeading: 'Kontaktujte nás', send: 'Odeslat',
    postComment: 'Odeslat komentář', forgotHeading: 'Zapomněli jste heslo?', resetButton: 'Zaslat nové heslo',
    address: 'Ulice a číslo popisné', city: 'Město', zip: 'PSČ', card: 'Číslo karty', expiry: 'Platnost do', cvc: 'Bezpečnostní kód',
    placeOrder: 'Závazně objednat', checkoutHeading: 'Pokladna', loginHeading: 'Přihlášení', logIn: 'Přihlásit se', password: 'Heslo',
    continue: 'Pokračovat', getStarted: 'Začít', createAccount: 'Vytvořit účet', signUp: 'Registrace',
    phone: 'Telefonní číslo', company: 'Název firmy', step: 'Krok 2 ze 3', firstName: 'Jméno', lastName: 'Příjmení',
    signupPath: '/registrace', shop: 'Čerstvá zrnková káva', joinEmails: 'Přihlásit k odběru',
    forgotLink: 'Zapomenuté heslo?', agree: 'Souhlasím se zpracováním osobních údajů', search: 'Hledat', sendMessage: 'Odeslat zprávu', signUpFree: 'Registrace zdarma', register: 'Registrovat', webinarHeading: 'Registrace na webinář', eventPath: '/akce/konference-2026', eventTitle: 'Registrace na akci 2026', waitlistHeading: 'Zapsat se na čekací listinu', join: 'Přidat se', demoHeading: 'Vyžádat demo', quoteHeading: 'Získat nabídku', trialHeading: 'Vyzkoušet zdarma', conferenceAccount: 'Vytvořte si účet a zaregistrujte se na konferenci', jobPath: '/kariera/vyvojar', jobHeading: 'Volná místa', resume: 'Životopis', applyNow: 'Odeslat životopis', volunteerHeading: 'Staňte se dobrovolníkem',
  },
};
