// Languages beyond the first seventeen lexicons (the held-out sets span some forty countries): each
// file in ./languages/ lists captions of the fields signups and checkouts ask in one language, and
// each must read as its category, with and without the page declaring its language. The captions
// were written with the lexicon, so they show coverage, not generalisation.
import { describe, expect, it } from 'vitest';
import { inCheckout, inSignup } from './probe-page.ts';
import { LANGUAGE_PROBES as PROBES } from './language-probes.ts';

describe('captions in more languages', () => {
  it('has probes to run', () => {
    expect(PROBES.length).toBeGreaterThan(0);
  });
  for (const probe of PROBES) {
    for (const [caption, category, form] of probe.captions) {
      for (const pageLang of [probe.lang, '']) {
        it(`${probe.lang}${pageLang ? '' : ' (page without lang)'}: "${caption}" in a ${form} is ${category}`, () => {
          const f = (form === 'signup' ? inSignup : inCheckout)(pageLang, caption);
          expect(f.category, `${f.fieldType} ${f.evidence.join('; ')}`).toBe(category);
        });
      }
    }
  }
});
