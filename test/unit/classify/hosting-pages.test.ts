// Hosting, cloud, domain and CDN providers' signup, identity-verification, billing-profile and
// registrant steps for held-out set (4) that provider-pages and provider-pages-2 do not cover (Chinese,
// Russian, Korean and Japanese clouds and registrars, European hosters and registrars, US hosts and
// clouds; zh, ru, ko, ja, de, fr, it, cs, en), written for this project and run through the CLI's
// pipeline (parse → extract → classify), checked against test/fixtures/hosting-pages/expected.json:
// the kind of every form and the type of its key fields. The expectations not met yet are listed as
// `open` with the reason and skipped, so the runner counts them.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeFormPages } from './fixture-pages.ts';

describeFormPages('hosting, cloud and domain providers\' steps, end to end (issue 19)', join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/hosting-pages'));
