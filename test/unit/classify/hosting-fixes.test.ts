// The general causes behind the hosting, cloud and registrar steps (test/fixtures/hosting-pages):
// registrant (WHOIS) contacts read as signups, a domain search box, Japanese fax words, a Chinese
// bank's name, Italian kinds of customer, an image code after a phone box, an email box captioned
// with a newsletter's words, an address split at the @. Each case fails without its fix.
import { describe, expect, it } from 'vitest';
import { CONTEXT_RULES } from '../../../src/core/classify/context.ts';
import { classify, fieldsOf, kindsOf } from './probe-page.ts';

/** The type of the page's `index`-th field (in document order, across its forms). */
const typeOf = (lang: string, body: string, index: number) => fieldsOf(lang, body)[index]?.fieldType;

describe('registrant contacts (cue:record, cue:profile words)', () => {
  const contact = (h1: string, labels: string[]) =>
    `<main><h1>${h1}</h1><form>${labels.map((l, i) => `<label for="f${i}">${l}</label><input id="f${i}" name="f${i}" type="text">`).join('')}<button type="submit">Save</button></form></main>`;

  it('a domain registration contact is the account holder\'s contact details, not a new account', () => {
    expect(kindsOf('en', contact('Domain Registration Contact', ['First name', 'Last name', 'Organization', 'Email', 'Phone', 'Address 1', 'City', 'Postal code']))).toEqual(['profile']);
  });

  it('a Japanese registrant (登録者情報) edit is a profile, not a signup', () => {
    expect(kindsOf('ja', contact('登録者情報の変更', ['Organization（組織名）', 'First Name（名）', 'Last Name（姓）', 'Postal Code（郵便番号）', 'Phone（電話番号）', 'E-Mail（メールアドレス）']))).toEqual(['profile']);
  });
});

describe('lexicon words', () => {
  it('"FAX番号" is a phone number', () => {
    expect(classify('ja', [{ caption: '電話番号' }, { caption: 'Fax（FAX番号）' }], '保存')[1]!.fieldType).toBe('tel');
  });

  it('"Подобрать домен" is a domain search', () => {
    const body = '<header><form action="/domain/new/"><input name="dname" type="text" placeholder="Подобрать домен"><button>Подобрать</button></form></header>';
    expect(kindsOf('ru', body)).toEqual(['search']);
    expect(fieldsOf('ru', body)[0]!.fieldType).toBe('search');
  });

  it('"开户银行" names a bank, not an address, whatever its branch example says', () => {
    const body =
      '<form><label for="a">企业名称</label><input id="a" name="enterpriseName"><label for="b">开户银行</label><input id="b" name="bankName" placeholder="例如：中国工商银行杭州分行">' +
      '<label for="c">对公银行账号</label><input id="c" name="bankAccount"><button type="submit">下一步</button></form>';
    expect(typeOf('zh', body, 1)).toBe('unknown');
  });

  it('Italian kinds of customer (Persona fisica / Ditta individuale / Società) are the account type', () => {
    const f = classify('it', [{ caption: 'Tipologia', options: ['Persona fisica', 'Ditta individuale / Libero professionista', 'Società', 'Associazione / Ente'] }, { caption: 'Nome' }], 'Prosegui');
    expect(f[0]!.fieldType).toBe('account-type');
  });
});

describe('code-after-phone rule: an image code', () => {
  it('a box whose placeholder says 图形验证码 after the phone box is the captcha; the SMS code after it is the phone\'s', () => {
    const body =
      '<form><input name="mobile" type="text" placeholder="请输入手机号码"><input name="imgCode" type="text" placeholder="图形验证码" maxlength="4"><img src="/c.jpg" alt="图形验证码">' +
      '<input name="smsCode" type="text" placeholder="短信验证码" maxlength="6"><input name="pw" type="password" placeholder="设置密码"><button type="submit">立即注册</button></form>';
    expect(typeOf('zh', body, 1)).toBe('captcha');
    expect(typeOf('zh', body, 2)).toBe('phone-verification-code');
  });
});

describe('typed-opt-in rule', () => {
  it('is registered', () => {
    expect(CONTEXT_RULES.map((r) => r.id)).toContain('typed-opt-in');
  });

  it('a newsletter form\'s lone email box captioned "Subscribe to our newsletter" asks for the email', () => {
    const body = '<footer><form><label for="nl">Subscribe to our newsletter</label><input id="nl" name="newsletter_email" type="email"><button>Subscribe</button></form></footer>';
    expect(typeOf('en', body, 0)).toBe('email');
  });

  it('a ticked box with the same words stays the opt-in', () => {
    const body =
      '<form><label for="e">Email</label><input id="e" name="email" type="email"><label for="p">Password</label><input id="p" name="password" type="password"><label><input type="checkbox" name="nl"> Subscribe to our newsletter</label><button>Create account</button></form>';
    expect(typeOf('en', body, 2)).toBe('marketing-opt-in');
  });
});

describe('repeats rule: an address split at the @', () => {
  it('the box after the @ titled "이메일 도메인" is the rest of the email, not a confirmation', () => {
    const body =
      '<form><label for="uid">아이디</label><input id="uid" name="uid" type="text"><label for="em">이메일</label><input id="em" name="email_id" type="text"> @ <input name="email_domain" type="text" title="이메일 도메인"><label for="pw">비밀번호</label><input id="pw" name="passwd" type="password"><button type="submit">가입하기</button></form>';
    expect(typeOf('ko', body, 2)).toBe('email');
  });

  it('a second email box captioned to confirm still confirms', () => {
    const body =
      '<form><label for="e1">Email</label><input id="e1" name="email" type="email"><label for="e2">Confirm email</label><input id="e2" name="email2" type="email"><label for="p">Password</label><input id="p" name="password" type="password"><button>Sign up</button></form>';
    expect(typeOf('en', body, 1)).toBe('email-confirm');
  });
});

describe('lexicon words, second batch', () => {
  it('Korean "리전" (a cloud region) is the data-centre choice, not a province', () => {
    const f = classify('ko', [{ caption: '조직 이름' }, { caption: '기본 리전', options: ['한국(판교) 리전', '한국(평촌) 리전', '일본(도쿄) 리전'] }], '생성');
    expect(f[1]!.fieldType).toBe('region-choice');
  });

  it('Korean "설명" (a description) is no organization, whatever the box is named', () => {
    const body = '<form><label for="a">조직 이름</label><input id="a" name="orgName"><label for="b">설명</label><textarea id="b" name="orgDesc"></textarea><button type="submit">생성</button></form>';
    expect(typeOf('ko', body, 1)).toBe('unknown');
  });

  it('a card expiry split into "유효기간 월" and "유효기간 년" lists is its month and year', () => {
    const body =
      '<form><label for="n">카드번호</label><input id="n" name="cardNo" maxlength="16"><label for="m">유효기간</label><select id="m" name="expMonth" title="유효기간 월"><option>01</option><option>12</option></select>' +
      '<select name="expYear" title="유효기간 년"><option>2026</option><option>2030</option></select><button type="submit">등록</button></form>';
    expect(typeOf('ko', body, 1)).toBe('cc-exp-month');
  });

  it('Russian "Тариф" is the plan', () => {
    const f = classify('ru', [{ caption: 'Тариф', options: ['Blog', 'Start', 'Noble'] }, { caption: 'ФИО' }, { caption: 'E-mail', type: 'email' }], 'Зарегистрироваться');
    expect(f[0]!.fieldType).toBe('plan-choice');
  });

  it('Chinese "企业授权书" is an attachment, not an identity document', () => {
    const f = classify('zh', [{ caption: '企业名称' }, { caption: '经办人姓名' }, { caption: '企业授权书', type: 'file' }], '提交审核');
    expect(f[2]!.fieldType).toBe('attachment');
  });

  it('French "Numéro IDE (UID)" is the Swiss company number, not a house number', () => {
    const f = classify('fr', [{ caption: "Nom de l'organisation" }, { caption: 'Numéro IDE (UID)' }], 'Créer mon compte');
    expect(f[1]!.fieldType).toBe('vat-number');
  });

  it('a region list of "US West / US East / EU Central" is the storage region, not a state', () => {
    const f = classify('en', [{ caption: 'Email', type: 'email' }, { caption: 'Password', type: 'password' }, { caption: 'Region', name: 'storageRegion', options: ['US West', 'US East', 'EU Central', 'CA East'] }], 'Sign up');
    expect(f[2]!.fieldType).toBe('region-choice');
  });
});

describe('repeats rule: a checkout that makes the account', () => {
  it('the password under a checkout\'s "Create your account" heading is new', () => {
    const body =
      '<main><h1>Your cart</h1><form><h2>Create your account</h2><label for="e">Email address</label><input id="e" name="email" type="email"><label for="p">Password</label><input id="p" name="password" type="password">' +
      '<h2>Payment</h2><label for="n">Card number</label><input id="n" name="cardNumber" autocomplete="cc-number"><label for="x">Expiration date</label><input id="x" name="cardExpiry"><label for="c">CVC</label><input id="c" name="cardCvc">' +
      '<button type="submit">Submit secure payment</button></form></main>';
    expect(typeOf('en', body, 1)).toBe('new-password');
  });

  it('a checkout\'s sign-in password without such words stays the current one', () => {
    const body =
      '<main><h1>Checkout</h1><form><h2>Returning customer</h2><label for="e">Email address</label><input id="e" name="email" type="email"><label for="p">Password</label><input id="p" name="password" type="password">' +
      '<label for="n">Card number</label><input id="n" name="cardNumber" autocomplete="cc-number"><button type="submit">Pay now</button></form></main>';
    expect(typeOf('en', body, 1)).not.toBe('new-password');
  });
});

describe('region-of-project rule', () => {
  it('is registered', () => {
    expect(CONTEXT_RULES.map((r) => r.id)).toContain('region-of-project');
  });

  it('a region list beside an app name, with no address, is the data-centre region', () => {
    const f = classify('en', [{ caption: 'App name', name: 'appName' }, { caption: 'Choose a region', name: 'region', options: ['United States', 'Europe'] }], 'Create app');
    expect(f[1]!.fieldType).toBe('region-choice');
  });

  it('a Russian project\'s "Регион" list is the data-centre region', () => {
    const f = classify('ru', [{ caption: 'Название проекта', name: 'projectTitle' }, { caption: 'Регион', name: 'projectRegion', options: ['Москва', 'Казахстан'] }], 'Создать проект');
    expect(f[1]!.fieldType).toBe('region-choice');
  });

  it('a region list in an address stays the address part', () => {
    const f = classify('en', [{ caption: 'Project name', name: 'projectName' }, { caption: 'Street', name: 'street' }, { caption: 'City', name: 'city' }, { caption: 'Region', name: 'region', options: ['Bavaria', 'Saxony', 'Hesse'] }, { caption: 'Postcode', name: 'zip' }], 'Save');
    expect(f[3]!.fieldType).not.toBe('region-choice');
  });
});

describe('lexicon words, third batch', () => {
  it('a WordPress "Site tagline" is no website address', () => {
    const f = classify('en', [{ caption: 'Site tagline', name: 'blogdescription' }, { caption: 'Email', type: 'email' }], 'Continue');
    expect(f[0]!.fieldType).toBe('unknown');
  });
});
