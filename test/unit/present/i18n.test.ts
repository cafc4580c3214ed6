import { describe, expect, it } from 'vitest';
import en from '../../../public/_locales/en/messages.json' with { type: 'json' };
import { createTranslator, formatMessage, type Messages } from '../../../src/core/present/i18n.ts';
import { categoryKey, gradeKey, levelKey, verificationKey } from '../../../src/core/present/labels.ts';
import { GRADES } from '../../../src/core/present/catalog-view.ts';
import { LEVELS } from '../../../src/core/score/index.ts';
import { CATEGORIES } from '../../../src/core/taxonomy/categories.ts';

const messages = en as Messages;
const t = createTranslator(messages);

describe('messages.json (en)', () => {
  it('keeps the manifest strings', () => {
    for (const key of ['extName', 'extDescription', 'actionTitle']) expect(messages[key]?.message).toBeTruthy();
  });

  it('uses only key names browsers accept, and describes every message for translators', () => {
    for (const [key, entry] of Object.entries(messages)) {
      expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
      expect(entry.description, key).toBeTruthy();
    }
  });

  it('declares every $placeholder$ it uses, with positional content in order', () => {
    for (const [key, entry] of Object.entries(messages)) {
      const used = [...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase());
      const declared = Object.keys(entry.placeholders ?? {}).map((n) => n.toLowerCase());
      expect(used.sort(), key).toEqual([...declared].sort());
      Object.values(entry.placeholders ?? {}).forEach((p, i) => {
        expect(p.content, key).toBe(`$${i + 1}`);
      });
    }
  });

  it('has a name for every category, grade, impact level and documented verification step', () => {
    for (const c of CATEGORIES) expect(t(categoryKey(c)), c).not.toBe('');
    for (const g of GRADES) expect(t(gradeKey(g)), g).not.toBe('');
    for (const l of LEVELS) expect(t(levelKey(l.level)), l.level).not.toBe('');
    for (const s of ['email-code', 'sms', 'card-authorization', '3ds', 'id-document', 'selfie', 'manual-review'])
      expect(t(verificationKey(s)), s).not.toBe('');
  });
});

describe('translator', () => {
  it('fills named placeholders from positional substitutions', () => {
    expect(t('stepNamed', [2, 'Contact information'])).toBe('Step 2 · Contact information');
    expect(t('stepsSeen', 3)).toBe('Steps seen: 3');
  });

  it('returns an empty string for an unknown key, as browser.i18n does', () => {
    expect(createTranslator({})('loading')).toBe('');
  });

  it('follows the WebExtension rules for $$ and case-insensitive placeholder names', () => {
    const entry = { message: 'Pay $$$AMOUNT$ now', placeholders: { amount: { content: '$1' } } };
    expect(formatMessage(entry, ['5'])).toBe('Pay $5 now');
  });

  it('does not re-interpret substituted text', () => {
    expect(t('inFrame', '$1 $origin$')).toBe('in a frame from $1 $origin$');
  });
});
