// Steps of identity accounts' and big platforms' signup, recovery and security-setup flows for
// held-out set (4) (Google, Microsoft, Apple, Yahoo, Proton, GMX, Yandex, Naver, Baidu, Discord, …;
// en, de, fr, es, ru, ko, zh, ja), written for this project and run through the CLI's pipeline
// (parse → extract → classify), checked against test/fixtures/identity-accounts/expected.json: the
// kind of every form and the type of its fields. The expectations not met yet are listed as `open`
// with the reason and skipped, so the runner counts them.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeFormPages } from './fixture-pages.ts';

describeFormPages('identity-account signup steps, end to end (issue 19)', join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/identity-accounts'));
