// Three misses the merged fixture sets showed on Korean and Japanese shop pages, each fixed in general:
// a list of questions is the security question, "agree to receive SMS" is a marketing opt-in and not
// the terms, a preferred delivery date is no birth date.
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './probe-page.ts';

const options = (items: readonly string[]) => items.map((o, i) => `<option value="q${i}">${o}</option>`).join('');

// A table row's caption reads as nearby text, too weak alone for a security question: the questions decide.
describe('a list of questions is the security question, in any language', () => {
  for (const [lang, caption, questions] of [
    ['ko', '비밀번호 확인 질문', ['기억에 남는 추억의 장소는?', '자신의 인생 좌우명은?', '가장 기억에 남는 선생님 성함은?']],
    ['en', 'Security question', ['What was the name of your first pet?', 'In what city were you born?', "What is your mother's maiden name?"]],
    ['ja', '秘密の質問', ['初めて飼ったペットの名前は？', '母親の旧姓は？', '出身小学校の名前は？']],
  ] as const) {
    it(`${lang}: a select of questions under "${caption}"`, () => {
      const body = `<form><table><tr><th>${caption}</th><td><select name="hint">${options(questions)}</select></td></tr><tr><th>Answer</th><td><input name="answer"></td></tr></table><button>OK</button></form>`;
      expect(fieldsOf(lang, body, 'https://example.test/join')[0]!.fieldType).toBe('security-question');
    });
  }
  it('a list of statements is not', () => {
    const body = `<form><table><tr><th>Plan</th><td><select name="plan">${options(['Basic', 'Standard', 'Premium'])}</select></td></tr></table><button>OK</button></form>`;
    expect(fieldsOf('en', body)[0]!.fieldType).not.toBe('security-question');
  });
});

describe('Korean consents: agreeing to receive messages is the marketing opt-in', () => {
  it('"SMS 수신 동의 (선택)" and "이메일 수신 동의" beside the terms', () => {
    const box = (id: string, caption: string) => `<p><input id="${id}" name="${id}" type="checkbox"><label for="${id}">${caption}</label></p>`;
    const body = `<form>${box('terms', '이용약관에 동의하십니까? (필수)')}${box('sms', 'SMS 수신 동의 (선택)')}${box('mail', '이메일 수신 동의 (선택)')}<button>회원가입</button></form>`;
    const [terms, sms, mail] = fieldsOf('ko', body);
    expect(terms!.fieldType).toBe('consent');
    expect(sms!.fieldType).toBe('marketing-opt-in');
    expect(mail!.fieldType).toBe('marketing-opt-in');
  });
});

describe('Japanese delivery dates', () => {
  it('"お届け希望日" (the preferred delivery date) is some other date', () => {
    const body = `<form><p><label for="d1">お届け希望日</label><select id="d1" name="d1">${options(['指定なし', '2023/10/12', '2023/10/13'])}</select></p><button>注文する</button></form>`;
    expect(fieldsOf('ja', body)[0]!.fieldType).toBe('other-date');
  });
});
