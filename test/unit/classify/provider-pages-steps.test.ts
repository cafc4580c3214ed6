// The steps of cloud-provider signup and identity-verification flows (account name, contact, billing,
// phone and email codes, support plan, ID documents, enterprise papers, tenancy/project/region pickers,
// team invites, SSO; en, de, fr, ru, ko, zh, ja), modelled on providers.md and written for this project,
// run through the CLI's pipeline (parse → extract → classify) and checked against
// test/fixtures/provider-pages/expected.json: the kind of every form and the type of its key fields.
// One case per expectation, so a run counts them; the ones not met yet are listed as `open` with the
// reason and skipped, so the runner counts them too. (provider-pages.test.ts checks the flow fixtures.)
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeFormPages } from './fixture-pages.ts';

describeFormPages('cloud-provider signup and verification steps, end to end (issue 19)', join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/provider-pages'));
