// Lookalike forms and hard signups of 2015–16 and 2020 sites (issue 19's held-out sets 2 and 3 at
// the form-kind level): forms that ask a name, an email, a phone or even a password and make no
// account (webinar and course registration, enquiries, quotes, petitions, product registration,
// checkout with an optional account, profile changes, an app's "create workspace"), and signups that
// are hard to see (email-, username- and phone-first steps, invitations, a bare "Next", a modal beside
// a login, trade accounts; 16 languages), run through the CLI's pipeline (parse → extract → classify)
// and checked against test/fixtures/lookalike-pages/expected.json: the kind of every form, and whether
// the page holds a signup form. One case per expectation; the ones not met yet are listed as `open`
// with the reason and skipped, so the runner counts them too.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { FORM_KINDS } from '../../../src/core/report.ts';
import { fixtureReader } from './fixture-pages.ts';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/lookalike-pages');

const Expected = z.strictObject({
  note: z.string(),
  pages: z.record(
    z.string(),
    z.strictObject({
      url: z.url(),
      /** Whether the page holds a signup form (some form's kind is signup). */
      signup: z.boolean(),
      /** Why the page-level expectation is not met yet: skipped, and counted by the runner as such. */
      signupOpen: z.string().optional(),
      forms: z
        .array(
          z.strictObject({
            in: z.string(),
            kind: z.enum(FORM_KINDS),
            /** Why the kind is not met yet. */
            open: z.string().optional(),
          }),
        )
        .min(1),
    }),
  ),
});

const expected = Expected.parse(JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')));

const read = fixtureReader(DIR);
const formsOf = (file: string) => read(file, expected.pages[file]!.url);

describe('lookalike forms and hard signups of 2015–16 and 2020 sites, end to end (issue 19)', () => {
  for (const [file, page] of Object.entries(expected.pages)) {
    describe(file, () => {
      it('lists every form the page holds', () => {
        const listed = formsOf(file).filter((f) => page.forms.some((e) => f.keys.has(e.in)));
        expect(listed.length, 'a listed field found in no form, or two listed in one').toBe(page.forms.length);
        expect(formsOf(file).length, 'a form the manifest does not list').toBe(page.forms.length);
        expect(page.signup, 'the page-level expectation disagrees with the forms listed').toBe(page.forms.some((e) => e.kind === 'signup'));
      });
      (page.signupOpen ? it.skip : it)(page.signup ? 'holds a signup form read as signup' : 'has no form read as signup', () => {
        expect(formsOf(file).some((f) => f.kind === 'signup')).toBe(page.signup);
      });
      for (const form of page.forms) {
        (form.open ? it.skip : it)(`form holding "${form.in}" is ${form.kind}`, () => {
          expect(formsOf(file).find((f) => f.keys.has(form.in))?.kind).toBe(form.kind);
        });
      }
    });
  }
});
