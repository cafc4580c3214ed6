// Lookalike forms and hard signups of 2015–16 and 2020 sites (issue 19's held-out sets 2 and 3 at
// the form-kind level): forms that ask a name, an email, a phone or even a password and make no
// account (webinar and course registration, enquiries, quotes, petitions, product registration,
// checkout with an optional account, profile changes, an app's "create workspace"), and signups that
// are hard to see (email-, username- and phone-first steps, invitations, a bare "Next", a modal beside
// a login, trade accounts; 16 languages), run through the CLI's pipeline (parse → extract → classify)
// and checked against test/fixtures/lookalike-pages/expected.json: the kind of every form, and whether
// the page holds a signup form. One case per expectation; the ones not met yet are listed as `open`
// with the reason and skipped, so the runner counts them too.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeSignupPages } from './fixture-pages.ts';

describeSignupPages('lookalike forms and hard signups of 2015–16 and 2020 sites, end to end (issue 19)', join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/lookalike-pages'));
