// Words of signup steps, their lookalikes and the steps after them (test/fixtures/signup-steps): a
// passwordless sign-in's button says it sends a magic, login or sign-in link ("Email me a magic
// link", where "email me" alone is a newsletter's opt-in words); a Latin American
// "Ingresa tu e-mail" asks to type an email (ingresar = enter), it does not say log in; a Brazilian
// onboarding step asks "Quantos funcionários?" (the company's size) under "Conte-nos um pouco sobre
// você" (a profile step, as "Tell us about yourself").
import { describe, expect, it } from 'vitest';
import { fieldsOf, kindsOf } from './probe-page.ts';

const emailStep = '<h1>Ingresa tu e-mail</h1><form><label for="e">E-mail</label><input id="e" name="f1" type="email"><button type="submit">Continuar</button></form>';

describe('es: "Ingresa tu e-mail" asks for an email, it names no sign-in', () => {
  it('on a /registro page it is the first step of a signup', () => expect(kindsOf('es', emailStep, 'https://example.test/registro')).toEqual(['signup']));
  it('on a /login page it stays a sign-in', () => expect(kindsOf('es', emailStep, 'https://example.test/login')).toEqual(['login']));
});

describe('pt: an onboarding step about the company', () => {
  const step =
    '<h1>Conte-nos um pouco sobre você</h1><form><label for="a">Nome da empresa</label><input id="a" name="f1"><label for="b">Seu cargo</label><input id="b" name="f2"><label for="c">Quantos funcionários?</label><select id="c" name="f3"><option>Só eu</option><option>2-10</option><option>11-50</option></select><button type="submit">Próximo</button></form>';
  it('"Quantos funcionários?" is the company size', () => expect(fieldsOf('pt', step).at(-1)!.fieldType).toBe('company-size'));
  it('"Conte-nos um pouco sobre você" titles a profile step', () => expect(kindsOf('pt', step)).toEqual(['profile']));
});

describe('en: a lone email box whose button sends a sign-in link is a passwordless sign-in', () => {
  const box = (button: string) => `<form><label for="e">Email</label><input id="e" name="f1" type="email"><button type="submit">${button}</button></form>`;
  for (const button of ['Send magic link', 'Email me a magic link', 'Email me a login link', 'Send me a sign-in link']) it(`"${button}" signs in`, () => expect(kindsOf('en', box(button))).toEqual(['login']));
  it('"Send me updates" stays a newsletter', () => expect(kindsOf('en', box('Send me updates'))).toEqual(['newsletter']));
});
