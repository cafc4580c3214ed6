// Invoice and billing-profile blocks where one form switches between a private person and a company
// (checkouts, registrations, invoicing portals and SaaS billing settings of ~25 countries, on the
// platforms their shops run), written for this project and run through the CLI's pipeline (parse →
// extract → classify), checked against test/fixtures/invoice-details/expected.json: the kind of every
// form and the type of its key fields, above all whose number each box asks for — the person's
// (government-id) or the company's (tax-id) — and that e-invoicing routing codes are nobody's tax
// number. One case per expectation, so a run counts them; the ones not met yet are listed as `open`
// with the reason and skipped, so the runner counts them too.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeFormPages } from './fixture-pages.ts';

describeFormPages('invoice and billing-profile blocks, person or company (issue 19)', join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/invoice-details'));
