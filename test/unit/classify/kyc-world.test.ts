// Identity and onboarding steps where a person's national number is asked, in countries the other
// sets miss (Nigeria, Ghana, Kenya, South Africa, Egypt, Morocco, Pakistan, Bangladesh, Sri Lanka,
// Nepal, the Philippines, Thailand, Vietnam, Malaysia, Singapore and more), as wallets, brokers,
// lenders, betting sites and merchant onboardings there build them, written for this project and run
// through the CLI's pipeline (parse → extract → classify), checked against
// test/fixtures/kyc-world/expected.json: the kind of every form and the type of its key fields, above
// all whether an identity number reads as a person's (government-id) or a company's (tax-id). One
// case per expectation; the ones not met yet are listed as `open` with the reason and skipped.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeFormPages } from './fixture-pages.ts';

describeFormPages('Identity steps asking national numbers around the world, end to end (issue 19)', join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/kyc-world'));
