// "auth" in a URL or a form's action is a weak sign of signing in: consoles put every step of
// authentication under it (signup, email check, password reset), and Korean, Chinese and Japanese
// sites name a real-name or phone check (본인인증, 实名认证, 認証) "auth". A form asking a person's name,
// birth date and phone under /member/auth/ is that check, not a login.
import { describe, expect, it } from 'vitest';
import { classifyForm, labelled } from './factory.ts';

describe('"auth" in the address', () => {
  it('ko: a real-name phone check (name, birth date, phone, code) under /member/auth/ is no login', () => {
    const form = classifyForm(
      [labelled('이름', { name: 'userName' }), labelled('생년월일 8자리', { name: 'birthday' }), labelled('휴대폰번호', { name: 'mobileNo', type: 'tel' }), labelled('인증번호', { name: 'authNo' })],
      { heading: '휴대폰 본인인증', action: 'https://www.cloud.example/member/auth/phone', buttons: ['확인'], submitButtons: 1 },
      { url: 'https://www.cloud.example/member/auth/phone', title: '본인인증', lang: 'ko' },
    );
    expect(form.kind).not.toBe('login');
    expect(form.fields[2]!.fieldType).toBe('tel');
  });

  it('zh: a real-name check (name, ID card number, phone, SMS code) under /auth/ is identity verification', () => {
    const form = classifyForm(
      [labelled('姓名', { name: 'name' }), labelled('身份证号', { name: 'idCard' }), labelled('手机号', { name: 'mobile', type: 'tel' }), labelled('短信验证码', { name: 'smsCode' })],
      { heading: '个人实名认证', action: 'https://console.cloud.example/developer/auth/personal', buttons: ['提交认证'], submitButtons: 1 },
      { url: 'https://console.cloud.example/developer/auth/personal', title: '实名认证', lang: 'zh-CN' },
    );
    expect(form.kind).toBe('identity-verification');
    expect(form.fields[2]!.fieldType).toBe('tel');
  });

  it('still reads an email and a password under /auth/ with "Sign in" as a login', () => {
    const form = classifyForm([labelled('Email', { name: 'email', type: 'email' }), labelled('Password', { name: 'password', type: 'password' })], { action: 'https://id.example/auth/session', buttons: ['Sign in'], submitButtons: 1 }, { url: 'https://id.example/auth' });
    expect(form.kind).toBe('login');
  });
});
