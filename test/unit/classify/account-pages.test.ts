// The pages a signed-in customer or user manages (edit profile, change e-mail and password, address
// book, saved cards and IBANs, two-factor setup, communication preferences, privacy and account
// deletion, loyalty and business details, re-authentication before a sensitive change), as shops,
// SaaS apps, banks, airlines, telecoms, marketplaces, forums and government portals of 2016–2023 build
// them, in 16 languages (issue 19's held-out set 1: its account pages). Run through the CLI's pipeline
// (parse → extract → classify) and checked against test/fixtures/account-pages/expected.json: the kind
// of every form and the type of every labeled field. The ones not met yet are `open` and skipped.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeFormPages } from './fixture-pages.ts';

describeFormPages('account pages a signed-in user manages, 16 languages (issue 19)', join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/account-pages'));
