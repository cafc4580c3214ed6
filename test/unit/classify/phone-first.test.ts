// Phone-first signup, login, code and profile steps of super-apps, shops and delivery apps (Asia,
// Africa, Latin America; held-out sets (1) and (4)) and their lookalikes (airtime top-up, WhatsApp
// lists), written for this project and run through the CLI's pipeline (parse → extract → classify),
// checked against test/fixtures/phone-first/expected.json: the kind of every form and the type of
// its fields. The expectations not met yet are listed as `open` with the reason and skipped, so the
// runner counts them.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeFormPages } from './fixture-pages.ts';

describeFormPages('phone-first signup steps and their lookalikes, end to end (issue 19)', join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/phone-first'));
