// Checkout and account pages of shops in Central and Eastern Europe, the Middle East, Africa, Asia
// and the Pacific (guest checkouts with invoice blocks, shop and B2B registrations, my-account
// profiles and address books, 2018–2023, on the platforms those shops run), written for this
// project and run through the CLI's pipeline (parse → extract → classify), checked against
// test/fixtures/checkouts-east/expected.json: the kind of every form and the type of its key fields,
// above all whose identity or tax number a box asks for. One case per expectation, so a run counts
// them; the ones not met yet are listed as `open` with the reason and skipped, so the runner counts them too.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeFormPages } from './fixture-pages.ts';

describeFormPages('checkout and account pages, Central and Eastern Europe, Middle East, Africa, Asia-Pacific (issue 19)', join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/checkouts-east'));
