// Context rule `code-to-masked-phone`: a code box whose step shows the phone number it went to, half
// hidden ("(11) 98***-4321", "+7 916 ***-**-42"), takes the code sent to that phone.
// Its place in the order: context.ts CONTEXT_RULES (beside `sms-codes`, which reads the word "SMS").
import type { FieldScore } from '../scoreboard.ts';
import { T } from '../terms.ts';
import { toPhoneCode } from './shared.ts';

/**
 * A phone number with some digits starred or dotted out: optional "+", calling code or area code in
 * brackets, digits, then two or more mask characters and the last digits. A masked email address
 * ("j***@mail.com") is taken out of the text first.
 */
const MASKED_PHONE = /(?:\+?\(?\d[\d\s().-]*)?[*•●∙]{2,}[\s*•●∙().-]*\d{2,4}(?!\d)/;
const EMAIL = /\S+@\S+/g;

/** The texts a code step prints about its box: its captions, the line before it, its heading. */
const stepTexts = (fs: FieldScore): string[] => {
  const f = fs.features;
  return [...f.labels, f.placeholder, f.ariaLabel, f.ariaDescribedBy, f.nearbyText, f.heading];
};

export const showsMaskedPhone = (text: string): boolean => MASKED_PHONE.test(text.replace(EMAIL, ' '));

/** "Digite o código enviado para (11) 98***-4321": the code went to that phone, by SMS or a call. */
export function resolveCodesToMaskedPhones(fields: FieldScore[]): void {
  for (const fs of fields) {
    if (fs.top !== T['one-time-code'] || !stepTexts(fs).some(showsMaskedPhone)) continue;
    toPhoneCode(fs, 'code sent to the phone number the step shows');
  }
}
