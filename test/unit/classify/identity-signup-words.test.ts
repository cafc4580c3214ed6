// The general causes behind the identity-account signup steps (test/fixtures/identity-accounts):
// a mail provider's box for the new address's first part captioned as a chosen name, an age
// attestation checkbox. Each case fails without its fix.
import { describe, expect, it } from 'vitest';
import { CONTEXT_RULES } from '../../../src/core/classify/context.ts';
import { classifyFields, classifyForm, field, labelled, select } from './factory.ts';

const signup = { heading: 'Registrierung', buttons: ['Jetzt E-Mail-Konto anlegen'], submitButtons: 1 };

describe('shown-user-name rule', () => {
  it('is registered before identifiers', () => {
    const ids = CONTEXT_RULES.map((r) => r.id);
    expect(ids).toContain('shown-user-name');
    expect(ids.indexOf('shown-user-name')).toBeLessThan(ids.indexOf('identifiers'));
  });

  it('a box named "email" but captioned "Wunsch-E-Mail-Adresse" (GMX, WEB.DE) asks for the chosen name', () => {
    const fields = classifyFields(
      [field({ placeholder: 'Wunsch-E-Mail-Adresse', name: 'email.email', id: 'emailLocalPart' }), labelled('Vorname', { name: 'firstName' }), labelled('Passwort', { name: 'password', type: 'password' })],
      signup,
      { lang: 'de' },
    );
    expect(fields[0]!.fieldType).toBe('username');
  });

  it('a box captioned "Benutzername" keeps that reading though its developer named it "email"', () => {
    const fields = classifyFields([labelled('Benutzername', { name: 'email' }), labelled('Passwort', { name: 'pw', type: 'password', autocomplete: 'new-password' })], signup, { lang: 'de' });
    expect(fields[0]!.fieldType).toBe('username');
  });

  it('leaves an email input and a box captioned with an email address alone', () => {
    const fields = classifyFields(
      [labelled('Kontakt-E-Mail-Adresse', { name: 'contactEmail', type: 'email' }), labelled('E-Mail-Adresse', { name: 'email' }), labelled('Passwort', { name: 'password', type: 'password' })],
      signup,
      { lang: 'de' },
    );
    expect(fields[0]!.fieldType).toBe('email');
    expect(fields[1]!.fieldType).toBe('email');
  });
});

describe('identity-account signup words', () => {
  it('Korean "메일 아이디" (Kakao Mail ID) is the new mailbox\'s user name, not an email address', () => {
    const fields = classifyFields(
      [
        labelled('카카오메일 아이디 입력', { name: 'kakaomail', placeholder: '아이디 입력', nearbyText: '카카오메일 아이디' }),
        field({ placeholder: '비밀번호', name: 'password', type: 'password', autocomplete: 'new-password' }),
        field({ placeholder: '비밀번호 재입력', name: 'password_confirm', type: 'password', autocomplete: 'new-password' }),
      ],
      { heading: '카카오계정 정보를 입력해 주세요', buttons: ['다음'], submitButtons: 1 },
      { lang: 'ko' },
    );
    expect(fields[0]!.fieldType).toBe('username');
  });

  it('a German "Ich bin mindestens 16 Jahre alt" checkbox is an attestation (consent)', () => {
    const fields = classifyFields([labelled('E-Mail-Adresse', { name: 'mail', type: 'email' }), labelled('Passwort', { name: 'pw', type: 'password' }), field({ type: 'checkbox', name: 'c2', labels: ['Ich bin mindestens 16 Jahre alt.'] })], signup, { lang: 'de' });
    expect(fields[2]!.fieldType).toBe('consent');
  });
});

describe('code-after-phone rule', () => {
  it('is registered', () => {
    expect(CONTEXT_RULES.map((r) => r.id)).toContain('code-after-phone');
  });

  it('"인증번호" right after "휴대전화번호" is the code texted to that phone', () => {
    const fields = classifyFields(
      [
        labelled('아이디', { name: 'id' }),
        field({ labels: ['비밀번호'], name: 'pswd1', type: 'password', autocomplete: 'new-password' }),
        labelled('휴대전화번호', { name: 'phoneNo', type: 'tel' }),
        field({ ariaLabel: '인증번호 입력', placeholder: '인증번호 입력하세요', name: 'authNo', type: 'tel' }),
      ],
      { buttons: ['가입하기'], submitButtons: 1 },
      { lang: 'ko' },
    );
    expect(fields[3]!.fieldType).toBe('phone-verification-code');
  });

  it('leaves a code after an email box a one-time code', () => {
    const fields = classifyFields([labelled('Email', { name: 'email', type: 'email' }), labelled('Verification code', { name: 'code' })], { buttons: ['Verify'], submitButtons: 1 });
    expect(fields[1]!.fieldType).toBe('one-time-code');
  });
});

describe('a captcha alone keeps its page\'s task (task:nothing-to-join-with)', () => {
  it('a captcha-only step of a signup ("Konto erstellen") is signup', () => {
    const form = classifyForm([labelled('Geben Sie die angezeigten Zeichen ein', { name: 'HipSolution' })], { heading: 'Konto erstellen', buttons: ['Weiter'], submitButtons: 1 }, { url: 'https://signup.example/signup?lcid=1031', title: 'Konto erstellen', lang: 'de' });
    expect(form.fields[0]!.fieldType).toBe('captcha');
    expect(form.kind).toBe('signup');
  });

  it('a cookie-consent checkbox on a signup page is still no signup', () => {
    const form = classifyForm([field({ type: 'checkbox', name: 'analytics', labels: ['Analyse-Cookies erlauben'] })], { buttons: ['Auswahl speichern'], submitButtons: 1 }, { url: 'https://signup.example/signup', title: 'Konto erstellen', lang: 'de' });
    expect(form.kind).not.toBe('signup');
  });
});

describe('security-answers rule', () => {
  it('is registered', () => {
    expect(CONTEXT_RULES.map((r) => r.id)).toContain('security-answers');
  });

  it('the "Antwort" box after a list of security questions is its answer, and the list the question', () => {
    const fields = classifyFields(
      [select('', ['Sicherheitsfrage 1', 'Wie hieß dein erstes Haustier?', 'In welcher Stadt haben sich deine Eltern kennengelernt?'], { ariaLabel: 'Sicherheitsfrage 1', name: 'question1' }), field({ ariaLabelledBy: 'Antwort', name: 'answer1' })],
      { buttons: ['Weiter'] },
      { lang: 'de' },
    );
    expect(fields.map((f) => f.fieldType)).toEqual(['security-question', 'security-question']);
  });

  it('leaves a box after a question alone when it reads as something of its own', () => {
    const fields = classifyFields([labelled('Domanda segreta', { name: 'domanda' }), labelled('Cellulare', { name: 'cellulare', type: 'tel' })], { buttons: ['Registrati'] }, { lang: 'it' });
    expect(fields[1]!.fieldType).toBe('tel');
  });
});

describe('identity-account page words', () => {
  it('Japanese "何をお探しですか？" (what are you looking for?) is a search box', () => {
    const fields = classifyFields([field({ placeholder: '何をお探しですか？', name: 'sitem' })], { buttons: ['検索'], submitButtons: 1 }, { lang: 'ja' });
    expect(fields[0]!.fieldType).toBe('search');
  });

  it('Russian "Восстановление доступа" (restoring access) is a recovery, not a sign-in', () => {
    const form = classifyForm([labelled('Логин, почта или телефон', { name: 'login', autocomplete: 'username' })], { heading: 'Восстановление доступа', buttons: ['Далее'], submitButtons: 1 }, { url: 'https://passport.example/restoration/login', title: 'Восстановление доступа', lang: 'ru' });
    expect(form.kind).toBe('other');
  });

  it('Spanish "mantenerme informado" on a checkbox named marketingConsent is the marketing opt-in', () => {
    const fields = classifyFields(
      [labelled('Correo electrónico', { name: 'email', type: 'email' }), field({ type: 'checkbox', name: 'marketingConsent', labels: ['Adobe puede mantenerme informado con correos electrónicos personalizados sobre productos y servicios.'] })],
      { buttons: ['Crear cuenta'], submitButtons: 1 },
      { lang: 'es' },
    );
    expect(fields[1]!.fieldType).toBe('marketing-opt-in');
  });
});

describe('identity-account birth-year and SMS words', () => {
  it('Czech "Rok narození" (year of birth) is the birth year', () => {
    const fields = classifyFields([labelled('Uživatelské jméno', { name: 'username' }), labelled('Heslo', { name: 'password', type: 'password' }), labelled('Rok narození', { name: 'birthYear', id: 'birth-year', inputmode: 'numeric', maxLength: 4 })], { buttons: ['Pokračovat'], submitButtons: 1 }, { lang: 'cs' });
    expect(fields[2]!.fieldType).toBe('bday-year');
  });

  it('a Japanese code box under "SMSで送信された確認コード" is the code texted to the phone', () => {
    const fields = classifyFields([labelled('確認コード', { name: 'code', type: 'tel', nearbyText: '090-****-5678 にSMSで送信された確認コードを入力してください。' })], { heading: '確認コードを入力', buttons: ['次へ'], submitButtons: 1 }, { lang: 'ja' });
    expect(fields[0]!.fieldType).toBe('phone-verification-code');
  });
});

describe('calling codes written with the international prefix', () => {
  it('a list of "中国大陆 0086", "中国香港 00852" before the phone is its calling code', () => {
    const fields = classifyFields(
      [select('', ['中国大陆 0086', '中国香港 00852', '中国台湾 00886', '新加坡 0065'], { ariaLabel: '区号', name: 'zone' }), labelled('手机号：', { name: 'username', id: 'phone' }), labelled('设置密码：', { name: 'passwd', type: 'password' })],
      { buttons: ['立即注册'] },
      { lang: 'zh-CN' },
    );
    expect(fields[0]!.fieldType).toBe('tel-country-code');
  });

  it('a list of plain numbers ending in zeros is no calling code', () => {
    const fields = classifyFields([select('Zimmer', ['Zimmer 1001', 'Zimmer 1002', 'Zimmer 1003'], { name: 'room' })], { buttons: ['Buchen'] }, { lang: 'de' });
    expect(fields[0]!.fieldType).not.toBe('tel-country-code');
  });
});
