// Whole synthetic pages, parsed and classified as the CLI does, of the forms issue 19's held-out
// errors are about, in every lexicon language (form-probe.ts, and the words of each language probe in
// ./languages/): nothing but a sign-up form may read as signup, and the sign-ups that start with an
// email alone or continue over several steps must.
import { describe, expect, it } from 'vitest';
import { probeKind, probePages, WORDS } from './form-probe.ts';
import { LANGUAGE_PROBES } from './language-probes.ts';

describe('form kinds of whole pages, per language (issue 19 item 4)', () => {
  for (const [lang, words] of [...Object.entries(WORDS), ...LANGUAGE_PROBES.map((p) => [p.lang, p.words] as const)]) {
    it.each(probePages(words).map((p) => [p.what, p] as const))(`${lang}: %s`, (_what, page) => {
      expect(probeKind(page)).toBe(page.expected);
    });
  }
});
