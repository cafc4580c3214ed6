// Everyday services that ask for identity numbers, worldwide (SIM registration and orders, energy and
// broadband switching, insurance quotes, rental applications, patient portals, enrolment, payroll
// onboarding, e-government accounts, gym memberships), written for this project and run through the
// CLI's pipeline (parse → extract → classify), checked against test/fixtures/service-pages/expected.json:
// the kind of every form and the type of its key fields, above all that a meter, policy, member,
// patient, employee or vehicle number is no identity or tax number, and whose identity number a box
// asks for. One case per expectation, so a run counts them; the ones not met yet are listed as `open`
// with the reason and skipped, so the runner counts them too.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeFormPages } from './fixture-pages.ts';

describeFormPages('Everyday services that ask for identity numbers, end to end (issue 19)', join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/service-pages'));
