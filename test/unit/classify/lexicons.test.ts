import { describe, expect, it } from 'vitest';
import { ATTRIBUTE_LEXICON, LANGUAGE_LEXICONS, NUMBER_NAMES_LEXICON } from '../../../src/core/classify/lexicons/index.ts';
import { LexiconSchema } from '../../../src/core/classify/lexicons/schema.ts';
import { languageBit } from '../../../src/core/classify/matcher.ts';
import { normalizeText } from '../../../src/core/classify/normalize.ts';
import { NAMED_TYPES } from '../../../src/core/classify/terms.ts';
import { FIELD_TYPES } from '../../../src/core/taxonomy/field-types.ts';

const REQUIRED_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'tr', 'ru', 'uk', 'ar', 'ja', 'zh', 'ko'];

// The types every language must be able to name: the KYC core of a signup form.
const CORE_TERMS = [
  'email',
  'tel',
  'street-address',
  'postal-code',
  'country',
  'address-level2',
  'cc-number',
  'cc-exp',
  'cc-csc',
  'bday',
  'national-id',
  'nationality',
  'organization',
  'username',
  'current-password',
  'new-password',
  'one-time-code',
  'consent',
  'cue:create-account',
  'cue:login',
] as const;

describe('lexicons', () => {
  it('cover the 16 required languages (and may add more), one file each', () => {
    const langs = LANGUAGE_LEXICONS.map((l) => l.lang);
    expect(langs).toEqual(expect.arrayContaining(REQUIRED_LANGUAGES));
    expect(new Set(langs).size).toBe(langs.length);
  });

  it('gives every language its own bit (matcher.ts has 32: a language past them would lose its page-language preference)', () => {
    const bits = [...LANGUAGE_LEXICONS.map((l) => l.lang), 'xx'].map(languageBit);
    expect(bits.every((b) => b !== 0)).toBe(true);
    expect(new Set(bits).size).toBe(bits.length);
  });

  it.each([...LANGUAGE_LEXICONS, ATTRIBUTE_LEXICON, NUMBER_NAMES_LEXICON].map((l, i) => [`${l.lang}#${i}`, l] as const))('%s validates against the schema', (_, lexicon) => {
    const result = LexiconSchema.safeParse(lexicon);
    expect(result.success, result.success ? '' : JSON.stringify(result.error.issues.slice(0, 3))).toBe(true);
  });

  it.each(LANGUAGE_LEXICONS.map((l) => [l.lang, l] as const))('%s names every core field type', (_, lexicon) => {
    const terms = lexicon.terms as Record<string, unknown>;
    const missing = CORE_TERMS.filter((t) => !terms[t]);
    expect(missing).toEqual([]);
  });

  it.each([...LANGUAGE_LEXICONS, ATTRIBUTE_LEXICON, NUMBER_NAMES_LEXICON].map((l, i) => [`${l.lang}#${i}`, l] as const))('%s has no keyword that folds to nothing or repeats within a term', (_, lexicon) => {
    for (const [term, keywords] of Object.entries(lexicon.terms)) {
      // Same wording and same wildcard placement: "mail" and "*mail*" are different keywords.
      const folded = (keywords ?? []).map((k) => {
        const raw = typeof k === 'string' ? k : k[0];
        const core = normalizeText(raw.replace(/\*/g, ''));
        return core && `${raw.startsWith('*') ? '*' : ''}${core}${raw.length > 1 && raw.endsWith('*') ? '*' : ''}`;
      });
      expect(folded.filter((k) => k === ''), `${lexicon.lang} ${term}`).toEqual([]);
      const dupes = folded.filter((k, i) => folded.indexOf(k) !== i);
      expect(dupes, `${lexicon.lang} ${term}`).toEqual([]);
    }
  });

  it('spells out exactly the taxonomy field types, so the compiler checks lexicon keys', () => {
    expect([...NAMED_TYPES].sort()).toEqual(FIELD_TYPES.map((d) => d.id).sort());
  });

  it('rejects a lexicon with an unknown term or a wildcard in the middle', () => {
    expect(LexiconSchema.safeParse({ lang: 'en', terms: { 'no-such-type': ['x'] } }).success).toBe(false);
    expect(LexiconSchema.safeParse({ lang: 'en', terms: { email: ['e*mail'] } }).success).toBe(false);
    expect(LexiconSchema.safeParse({ lang: 'en', terms: { email: [['email', 5]] } }).success).toBe(false);
    expect(LexiconSchema.safeParse({ lang: 'en', terms: { email: ['email', ['mail', 0.5], '*mail*'] } }).success).toBe(true);
  });
});
