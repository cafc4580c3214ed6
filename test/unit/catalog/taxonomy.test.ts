import { describe, expect, it } from 'vitest';
import { CATEGORIES, IDENTITY_CATEGORIES, isCategory } from '../../../src/core/taxonomy/categories.ts';
import { categoryOf, FIELD_TYPES, fieldTypeDef } from '../../../src/core/taxonomy/field-types.ts';

describe('field taxonomy', () => {
  it('keeps the 14 public category strings verbatim', () => {
    expect(CATEGORIES).toEqual([
      'name',
      'email',
      'phone',
      'address',
      'payment',
      'date-of-birth',
      'government-id',
      'nationality',
      'tax-id',
      'organization',
      'identity-document',
      'intended-use',
      'credentials',
      'other',
    ]);
    expect(IDENTITY_CATEGORIES).not.toContain('credentials');
    expect(isCategory('tax-id')).toBe(true);
    expect(isCategory('ssn')).toBe(false);
  });

  it('gives every field type a unique id and exactly one valid category', () => {
    const ids = FIELD_TYPES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of FIELD_TYPES) {
      expect(isCategory(t.category), t.id).toBe(true);
      expect(fieldTypeDef(t.id)?.category).toBe(t.category);
      expect(categoryOf(t.id)).toBe(t.category);
    }
  });

  it('has at least one field type in every category', () => {
    for (const c of CATEGORIES) expect(FIELD_TYPES.some((t) => t.category === c), c).toBe(true);
  });

  it('uses the HTML autocomplete token as the id where one exists', () => {
    for (const token of ['given-name', 'family-name', 'email', 'tel', 'postal-code', 'cc-number', 'cc-csc', 'bday', 'organization', 'new-password', 'one-time-code'])
      expect(fieldTypeDef(token)?.autocomplete, token).toBe(token);
  });

  it('has the KYC-specific types signup flows need', () => {
    const cat = (id: string) => fieldTypeDef(id)?.category;
    expect(cat('national-id')).toBe('government-id');
    expect(cat('passport-number')).toBe('government-id');
    expect(cat('vat-number')).toBe('tax-id');
    expect(cat('iban')).toBe('payment');
    expect(cat('crypto-wallet')).toBe('payment');
    expect(cat('id-document-upload')).toBe('identity-document');
    expect(cat('selfie')).toBe('identity-document');
    expect(cat('us-person-status')).toBe('nationality');
    expect(cat('ai-training-intent')).toBe('intended-use');
    expect(cat('account-name')).toBe('credentials');
    expect(cat('captcha')).toBe('other');
  });
});
