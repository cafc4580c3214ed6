// Address entry as shops and platforms of ~25 countries build it (checkouts, address books, signups,
// delivery steps; 2015–16 and 2020–26 styles), written for this project and run through the CLI's
// pipeline (parse → extract → classify), checked against test/fixtures/address-forms/expected.json:
// the kind of every form and the type of each address part as the country's platforms label it,
// with the near-misses beside them (delivery notes, door codes, address nicknames, pickup points).
// One case per expectation, so a run counts them; the ones not met yet are listed as `open` with the
// reason and skipped, so the runner counts them too.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeFormPages } from './fixture-pages.ts';

describeFormPages('address entry across ~25 countries (issue 19: address recall)', join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/address-forms'));
