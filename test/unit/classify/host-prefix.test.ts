// Context rule host-prefix: a box after a printed web address ("vercel.com/", "modal.com/apps/")
// asks for the address's last part, the team's or workspace's slug (account-name), not a website.
import { describe, expect, it } from 'vitest';
import { CONTEXT_RULES } from '../../../src/core/classify/context.ts';
import { classifyForm, field, labelled } from './factory.ts';

describe('host-prefix rule', () => {
  it('is registered', () => {
    expect(CONTEXT_RULES.map((r) => r.id)).toContain('host-prefix');
  });

  it('"Team URL" after "vercel.com/" is the team\'s slug', () => {
    const form = classifyForm([labelled('Team Name', { name: 'teamName' }), field({ labels: ['Team URL'], name: 'slug', nearbyText: 'vercel.com/', placeholder: 'acme' })], { heading: 'Create a Team', buttons: ['Continue'], submitButtons: 1 });
    expect(form.fields[1]!.fieldType).toBe('account-name');
  });

  it('"Your link" after "https://example.com/u/" is the slug too', () => {
    const form = classifyForm([labelled('Email', { name: 'email', type: 'email' }), field({ labels: ['Your link'], name: 'handle', nearbyText: 'https://example.com/u/' })], { buttons: ['Save'], submitButtons: 1 });
    expect(form.fields[1]!.category).toBe('credentials');
  });

  it('leaves a "Website" box with no printed address the website', () => {
    const form = classifyForm([labelled('Company', { name: 'company' }), labelled('Website', { name: 'website' })], { buttons: ['Save'], submitButtons: 1 });
    expect(form.fields[1]!.fieldType).toBe('website');
  });

  it('leaves a box whose nearby text is a sentence alone', () => {
    const form = classifyForm([labelled('Company', { name: 'company' }), field({ labels: ['Website'], name: 'website', nearbyText: 'Your company website, e.g. example.com' })], { buttons: ['Save'], submitButtons: 1 });
    expect(form.fields[1]!.fieldType).toBe('website');
  });
});
