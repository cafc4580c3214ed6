// The `code-to-masked-phone` context rule: a code step that shows the phone number the code went to,
// half hidden ("(11) 98***-4321"), asks for the code sent to that phone; one that shows a half-hidden
// email address asks for an emailed code.
import { describe, expect, it } from 'vitest';
import { showsMaskedPhone } from '../../../src/core/classify/rules/code-to-masked-phone.ts';
import { fieldsOf } from './probe-page.ts';

const codeStep = (heading: string) => `<h1>${heading}</h1><form><input name="code" inputmode="numeric" maxlength="6" aria-label="Código"><button type="submit">Avançar</button></form>`;

describe('a code sent to the phone number the step shows', () => {
  it('pt: "Digite o código enviado para (11) 98***-4321" is the phone verification code', () => {
    expect(fieldsOf('pt', codeStep('Digite o código de 6 dígitos enviado para (11) 98***-4321'))[0]?.fieldType).toBe('phone-verification-code');
  });
  it('pt: the same step showing a half-hidden email address keeps the emailed code', () => {
    expect(fieldsOf('pt', codeStep('Digite o código de 6 dígitos enviado para ma***@gmail.com'))[0]?.fieldType).toBe('one-time-code');
  });
  it('reads masked numbers of several countries, not masked emails or plain numbers', () => {
    for (const t of ['+7 916 ***-**-42', '(+84) 912 *** 678', 'ending in ••••4321', '+62 812-****-7788']) expect(showsMaskedPhone(t), t).toBe(true);
    for (const t of ['j***@mail.com', 'Order 12345678', '***', 'Step 2 of 3']) expect(showsMaskedPhone(t), t).toBe(false);
  });
});
