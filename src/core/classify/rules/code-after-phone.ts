// Context rule `code-after-phone`: a code box right after a phone number box takes the code sent to that phone.
// Its place in the order: context.ts CONTEXT_RULES (beside `sms-codes`, which reads the same from the page's words).
import type { FieldScore } from '../scoreboard.ts';
import { T } from '../terms.ts';
import { CODES, catOf, is, overrule, toPhoneCode } from './shared.ts';

/**
 * "휴대전화번호 [인증요청] 인증번호", "手机号 [获取验证码] 验证码": a signup that checks the phone asks
 * for its number and, in the next box, for the code it sends there. The code box says only "code";
 * the phone box before it says where the code goes. A code after an email box is left alone.
 */
export function resolveCodesAfterPhones(fields: FieldScore[]): void {
  fields.forEach((fs, i) => {
    if (fs.top !== T['one-time-code']) return;
    const before = fields[i - 1];
    if (!before || catOf(before) !== 'phone' || is(before, CODES)) return;
    // "图形验证码" holds "验证码": a box whose own words name the image code is the captcha the page shows, not the phone's code.
    if (fs.votes.some((v) => v.type === T.captcha && v.weight > 0)) {
      overrule(fs, T.captcha, fs.topScore + 1, 'code box its caption calls an image code');
      return;
    }
    toPhoneCode(fs, 'code box right after the phone number');
  });
}
