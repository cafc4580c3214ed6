// "Tell us a bit about yourself" over name, company and job title, with no password or account
// field, is an onboarding profile step, not an unknown form; with a password the form stays a signup.
import { describe, expect, it } from 'vitest';
import { classifyForm, labelled, select } from './factory.ts';

const about = [labelled('Full name', { name: 'fullName' }), labelled('Company name', { name: 'companyName' }), labelled('Job title', { name: 'jobTitle' }), select('Company size', ['1-10', '11-50', '51-200', '201-1000'], { name: 'companySize' })];

describe('"Tell us about yourself" profile words', () => {
  it('an onboarding step under "Tell us a bit about yourself" is a profile', () => {
    const form = classifyForm(about, { heading: 'Tell us a bit about yourself', buttons: ['Continue'], submitButtons: 1 }, { url: 'https://api.example.test/onboarding', title: 'Welcome' });
    expect(form.kind).toBe('profile');
  });

  it('the same words over an email and a new password stay a signup', () => {
    const form = classifyForm([...about, labelled('Email', { name: 'email', type: 'email' }), labelled('Password', { name: 'password', type: 'password' })], { heading: 'Tell us a bit about yourself', buttons: ['Create account'], submitButtons: 1 });
    expect(form.kind).toBe('signup');
  });
});
