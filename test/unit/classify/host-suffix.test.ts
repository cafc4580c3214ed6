// Context rule host-suffix: a box with the rest of an address printed after it ("@yahoo.com",
// ".atlassian.net") asks for the first part: an address at that host, or the tenancy's subdomain.
import { describe, expect, it } from 'vitest';
import { CONTEXT_RULES } from '../../../src/core/classify/context.ts';
import { classifyForm, field, labelled } from './factory.ts';

const signup = { heading: 'Create your account', buttons: ['Next'], submitButtons: 1 };
const password = labelled('Password', { name: 'password', type: 'password' });

describe('host-suffix rule', () => {
  it('is registered after the identifiers rule, whose readings it settles', () => {
    const ids = CONTEXT_RULES.map((r) => r.id);
    expect(ids.indexOf('host-suffix')).toBeGreaterThan(ids.indexOf('identifiers'));
  });

  it('"Your New Address" before "@lycos.com" is the new email address, not a street', () => {
    const form = classifyForm([labelled('First name', { name: 'fn' }), field({ labels: ['Your New Address'], name: 'm_U', afterText: '@lycos.com' }), password], signup);
    expect(form.fields[1]!.fieldType).toBe('email');
  });

  it('a box its words call the login name stays one ("Логин" before "@yandex.ru")', () => {
    const form = classifyForm([field({ labels: ['Логин'], name: 'login', afterText: '@yandex.ru' }), password], { ...signup, heading: 'Придумайте логин и пароль' });
    expect(form.fields[0]!.fieldType).toBe('username');
  });

  it('"Имя аккаунта" before "@mail.ru" names the mailbox, not a tenancy', () => {
    const form = classifyForm([field({ labels: ['Имя аккаунта'], name: 'partial_login', afterText: '@mail.ru' }), password], { ...signup, heading: 'Регистрация' });
    expect(form.fields[0]!.category).toBe('credentials');
    expect(form.fields[0]!.fieldType).not.toBe('account-name');
  });

  it('leaves a sign-in box before "@university.edu" the sign-in identifier', () => {
    const form = classifyForm([field({ labels: ['Email'], name: 'user', afterText: '@mail.example.edu' }), labelled('Password', { name: 'pw', type: 'password', autocomplete: 'current-password' })], { heading: 'Sign in', buttons: ['Sign in'], submitButtons: 1 });
    expect(form.kind).toBe('login');
    expect(form.fields[0]!.fieldType).toBe('username');
  });

  it('"Site name" before ".atlassian.net" is the tenancy\'s address, not an organization', () => {
    const form = classifyForm([labelled('Email', { name: 'email', type: 'email' }), field({ labels: ['Your site'], name: 'siteName', afterText: '.atlassian.net' })], signup);
    expect(form.fields[1]!.fieldType).toBe('account-name');
  });

  it('leaves boxes followed by other text alone: a unit, a one-label host, a sentence', () => {
    const form = classifyForm(
      [
        labelled('Company', { name: 'company', afterText: '.de' }),
        labelled('Email', { name: 'email', type: 'email', afterText: 'We never share it.' }),
        labelled('Website', { name: 'website', afterText: 'e.g. example.com' }),
      ],
      { buttons: ['Save'], submitButtons: 1 },
    );
    expect(form.fields.map((f) => f.fieldType)).toEqual(['organization', 'email', 'website']);
  });
});
