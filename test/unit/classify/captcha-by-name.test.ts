// The `captcha-by-name` context rule: a code box the form names a captcha, with no card around, is
// the captcha, whatever its caption ("Güvenlik Kodu", "보안 코드") shares with a card's or a login's code.
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './probe-page.ts';

const signup = (caption: string, name: string, extra = '') =>
  `<form><p><label for="u">E-mail</label><input id="u" name="email" type="email"></p><p><label for="p">Password</label><input id="p" name="pw" type="password"></p>${extra}<p><img src="/img/code.png" alt=""><label for="c">${caption}</label><input id="c" name="${name}" type="text"></p><button>OK</button></form>`;

describe('a code box named captcha is the captcha', () => {
  it('tr: "Güvenlik Kodu" named captcha', () => expect(fieldsOf('tr', signup('Güvenlik Kodu', 'captcha')).at(-1)!.fieldType).toBe('captcha'));
  it('ko: "위의 보안 코드를 입력하세요" named captcha_string', () => expect(fieldsOf('ko', signup('위의 보안 코드를 입력하세요:', 'captcha_string')).at(-1)!.fieldType).toBe('captcha'));
  it('the same caption under a neutral name stays a code', () => expect(fieldsOf('tr', signup('Güvenlik Kodu', 'f9')).at(-1)!.fieldType).not.toBe('captcha'));
  it('beside card fields the box named captcha is left to the card rules', () => {
    const card = '<p><label for="n">Kart Numarası</label><input id="n" name="cardno"></p><p><label for="e">Son Kullanma Tarihi</label><input id="e" name="exp"></p>';
    const fields = fieldsOf('tr', signup('Güvenlik Kodu', 'cvc_captcha', card));
    expect(fields.at(-1)!.fieldType).not.toBe('captcha');
  });
});
