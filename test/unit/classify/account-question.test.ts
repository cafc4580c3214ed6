// "Do you already have an account?" as a password box's own caption (XenForo 1.x's log-in bar: "No,
// create an account now." / "Yes, my password is:" over the password) asks for that account's
// password: the form signs in. The same words as the line beside a sign-up's fields ("Already have an
// account? Log in") still mark the sign-up.
import { describe, expect, it } from 'vitest';
import { classifyForm, field, labelled } from './factory.ts';

describe('the has-account question', () => {
  it('captioning the password of a form that says "Log in" is a sign-in', () => {
    const form = classifyForm(
      [
        labelled('Your name or email address:', { name: 'login' }),
        field({ type: 'radio', name: 'register', labels: ['No, create an account now.'] }),
        field({ type: 'radio', name: 'register', labels: ['Yes, my password is:'] }),
        labelled('Do you already have an account?', { type: 'password', name: 'password' }),
        field({ type: 'checkbox', name: 'remember', labels: ['Stay logged in'] }),
      ],
      { heading: 'Log in or Sign up', action: 'login/login', buttons: ['Log in'], submitButtons: 1 },
      { lang: 'en' },
    );
    expect(form.kind).toBe('login');
  });
  it('beside a sign-up\'s fields still marks the sign-up', () => {
    const form = classifyForm(
      [labelled('Name'), labelled('Email', { type: 'email' }), labelled('Password', { type: 'password' }), field({ type: 'checkbox', labels: ['Already have an account? Log in'] })],
      { buttons: ['Continue'], submitButtons: 1 },
      { lang: 'en' },
    );
    expect(form.kind).toBe('signup');
  });
});
