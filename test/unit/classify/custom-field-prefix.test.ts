// The `custom-field-prefix` context rule: "cf_" followed by words names a marketing platform's custom
// field (RD Station's cf_cargo, cf_tamanho_da_frota), not the Italian codice fiscale that "cf" alone
// or at a name's end stands for.
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './probe-page.ts';

const COUNTS = '<option value="">Selecione</option><option>Até 10</option><option>11 a 50</option><option>Mais de 50</option>';
const lead = (caption: string, name: string, select = true) =>
  `<form><p><label for="n">Nome</label><input id="n" name="name"></p><p><label for="e">E-mail</label><input id="e" name="email" type="email"></p><p><label for="x">${caption}</label>${select ? `<select id="x" name="${name}">${COUNTS}</select>` : `<input id="x" name="${name}" type="text">`}</p><button>Quero meu e-book</button></form>`;
const last = (lang: string, body: string) => fieldsOf(lang, body).at(-1)!;

describe('a "cf_" prefix followed by words is a custom field', () => {
  it('pt: "cf_tamanho_da_frota" under a question about the fleet is no identity number', () => {
    expect(last('pt-BR', lead('Quantos veículos sua empresa possui?', 'cf_tamanho_da_frota')).category).not.toBe('government-id');
  });
  it('pt: "cf_lojas", a count of shops, is no identity number', () => {
    expect(last('pt-BR', lead('Quantas lojas?', 'cf_lojas')).category).not.toBe('government-id');
  });
  it('it: "billing_cf", the codice fiscale at a name\'s end, still reads as the national identity number', () => {
    expect(last('it', lead('Codice fiscale', 'billing_cf', false)).fieldType).toBe('personal-tax-id');
  });
});
