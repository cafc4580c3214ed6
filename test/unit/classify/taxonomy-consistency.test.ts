// kyc-rule.md §6: credentials and account plumbing are never a KYC category; what describes an
// organization (a job title, its size, a store's name) is organization context, not a person's name.
import { describe, expect, it } from 'vitest';
import { IDENTITY_CATEGORIES } from '../../../src/core/taxonomy/categories.ts';
import { classifyFields, labelled, select } from './factory.ts';

const inSignup = (f: ReturnType<typeof labelled>) => classifyFields([labelled('Email', { type: 'email' }), f, labelled('Password', { type: 'password' })])[1]!;

describe('account plumbing is never a KYC category', () => {
  const cases: [string, Partial<Parameters<typeof labelled>[1]>, string][] = [
    ['Verification code', { autocomplete: 'one-time-code' }, 'credentials'],
    ['Enter the characters you see', { name: 'captcha_response' }, 'credentials'],
    ['Invitation code', {}, 'other'],
    ['Security question', {}, 'credentials'],
    ['Answer to security question', {}, 'credentials'],
    ['Account alias', {}, 'credentials'],
  ];
  for (const [label, partial, category] of cases) {
    it(`"${label}" is ${category}`, () => {
      const f = inSignup(labelled(label, partial));
      expect(f.category).toBe(category);
      expect(IDENTITY_CATEGORIES).not.toContain(f.category);
    });
  }
});

describe('organization context is not a person', () => {
  it('a job title, a company size list and a store name are organization', () => {
    const fields = classifyFields([
      labelled('First name'),
      labelled('Job title'),
      select('Company size', ['1-10', '11-50', '51-200', '201-1000', '1000+']),
      labelled('Store name'),
    ]);
    expect(fields.slice(1).map((f) => f.category)).toEqual(['organization', 'organization', 'organization']);
    expect(fields[0]!.category).toBe('name');
  });
});

describe('a screen name is an account name, not a person’s name', () => {
  const labels: [string, string][] = [
    ['en', 'Display name'],
    ['de', 'Anzeigename'],
    ['es', 'Nombre visible'],
    ['it', 'Nome visualizzato'],
    ['pt', 'Nome de exibição'],
    ['pl', 'Nazwa wyświetlana'],
    ['tr', 'Görünen ad'],
    ['zh', '显示名称'],
    ['ko', '별명'],
    ['ar', 'اسم العرض'],
  ];
  for (const [lang, label] of labels) {
    it(`${lang}: "${label}" is credentials`, () => {
      expect(inSignup(labelled(label)).category).toBe('credentials');
    });
  }
});

describe('a store’s name is the organization, in several languages', () => {
  const labels: [string, string][] = [
    ['en', 'Store name'],
    ['de', 'Name des Shops'],
    ['fr', 'Nom de la boutique'],
    ['es', 'Nombre de la tienda'],
    ['pl', 'Nazwa sklepu'],
    ['ru', 'Название магазина'],
    ['ja', 'ショップ名'],
    ['zh', '店铺名称'],
  ];
  for (const [lang, label] of labels) {
    it(`${lang}: "${label}" is organization`, () => {
      expect(inSignup(labelled(label)).category).toBe('organization');
    });
  }
  it('az: "Vəzifə" (job title) is organization', () => {
    expect(inSignup(labelled('Vəzifə')).category).toBe('organization');
  });
});
