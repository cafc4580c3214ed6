// name-of-thing rule: a bare "Name" label over a placeholder that names an organization's name
// ("Organization name", "Company name") asks for the organization's name, not a person's; a caption
// that asks for a person's name part as well ("Imię/Nazwa firmy") is left alone.
import { describe, expect, it } from 'vitest';
import { classifyForm, field, labelled } from './factory.ts';

describe('a bare "Name" over an organization placeholder', () => {
  it('en: "Name" with the placeholder "Organization name", under "Create a new organization", is the organization', () => {
    const form = classifyForm([field({ labels: ['Name'], name: 'name', id: 'org-name', placeholder: 'Organization name' }), labelled('Company size', { name: 'size' })], { heading: 'Create a new organization', buttons: ['Create organization'], submitButtons: 1 });
    expect(form.fields[0]!.fieldType).toBe('organization');
  });

  it('en: "Name" with the placeholder "Company name" is the company', () => {
    const form = classifyForm([field({ labels: ['Name'], name: 'name', placeholder: 'Company name' }), labelled('Email', { name: 'email', type: 'email' })], { buttons: ['Continue'], submitButtons: 1 });
    expect(form.fields[0]!.fieldType).toBe('organization');
  });

  it('en: "Name" with the placeholder "Jane Doe" stays a person\'s name', () => {
    const form = classifyForm([field({ labels: ['Name'], name: 'name', placeholder: 'Jane Doe' }), labelled('Email', { name: 'email', type: 'email' })], { buttons: ['Continue'], submitButtons: 1 });
    expect(form.fields[0]!.category).toBe('name');
  });

  it('pl: "Imię/Nazwa firmy" (first name or company) keeps its person reading', () => {
    const form = classifyForm([labelled('Imię/Nazwa firmy', { name: 'firstname' }), labelled('Nazwisko/Nazwa firmy', { name: 'lastname' }), labelled('Ulica', { name: 'street' })], { buttons: ['Zapisz'], submitButtons: 1 }, { lang: 'pl' });
    expect(form.fields[0]!.category).toBe('name');
  });
});
