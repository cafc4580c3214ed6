// A form whose own boxes ask what only an event's organizer asks ("Dietary requirements", "Esigenze
// alimentari", "Partecipazione: in presenza / online") registers for that event: its "Register" or
// "Registrazione gratuita" opens no account (form-kind.ts `aboutAnEventListOrJob`, facts.ts
// `isEventDetail`), as a résumé upload makes a form a job application. With a password it is an account.
import { describe, expect, it } from 'vitest';
import { kindsOf } from './probe-page.ts';

const it_ = (extra: string, password = '') =>
  `<h1>Registrazione gratuita</h1><form><p><label for="n">Nome</label><input id="n" name="nome"></p><p><label for="c">Cognome</label><input id="c" name="cognome"></p><p><label for="e">Email aziendale</label><input id="e" name="email" type="email"></p><p><label for="a">Azienda</label><input id="a" name="azienda"></p>${extra}${password}<button>Conferma registrazione</button></form>`;
const en = (caption: string) =>
  `<h1>Register</h1><form><p><label for="n">Full name</label><input id="n" name="name"></p><p><label for="e">Email</label><input id="e" name="email" type="email"></p><p><label for="c">Company</label><input id="c" name="company"></p><p><label for="t">Job title</label><input id="t" name="job_title"></p><p><label for="d">${caption}</label><select id="d" name="diet"><option>None</option><option>Vegetarian</option><option>Vegan</option></select></p><button>Register</button></form>`;
const DIET = '<p><label for="d">Esigenze alimentari per il pranzo</label><select id="d" name="dieta"><option>Nessuna</option><option>Vegetariano</option></select></p>';

describe('a box only an event asks about makes the form an event registration', () => {
  it('it: "Esigenze alimentari" under "Registrazione gratuita" is no signup', () => expect(kindsOf('it', it_(DIET))).toEqual(['other']));
  it('it: a "Partecipazione" choice (in presenza / online) is no signup', () =>
    expect(kindsOf('it', it_('<fieldset><legend>Partecipazione</legend><label><input type="radio" name="modalita" value="p"> In presenza</label><label><input type="radio" name="modalita" value="s"> Online</label></fieldset>'))).toEqual(['other']));
  for (const caption of ['Dietary requirements', 'Dietary restrictions', 'Any dietary needs?']) it(`en: "${caption}" beside "Register" is no signup`, () => expect(kindsOf('en', en(caption))).toEqual(['other']));
  it('it: the same form with a password creates an account', () => expect(kindsOf('it', it_(DIET, '<p><label for="p">Password</label><input id="p" name="password" type="password"></p>'))).toEqual(['signup']));
});
