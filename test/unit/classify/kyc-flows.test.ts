// Steps of KYC onboardings as fintech, crypto, marketplace-seller and gig platforms build them
// (personal details with national ID and tax numbers, tax residence and US-person questions,
// identity documents and selfies, proof of address, employment and purpose, business details,
// beneficial owners, payout bank accounts; 15 languages), written for this project and run through
// the CLI's pipeline (parse → extract → classify), checked against test/fixtures/kyc-flows/expected.json:
// the kind of every form and the type of its key fields, above all which identity number a box asks
// for. One case per expectation, so a run counts them; the ones not met yet are listed as `open` with
// the reason and skipped, so the runner counts them too.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeFormPages } from './fixture-pages.ts';

describeFormPages('KYC onboarding steps of fintech, crypto, seller and gig platforms, end to end (issue 19)', join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/kyc-flows'));
