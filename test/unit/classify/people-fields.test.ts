// Whole pages dense in fields that sit close to a person's name, an e-mail, an organization or an
// address without being one (engraving text, a pet's, baby's or boat's name, a workspace or shop
// slug, a department, a doorbell or attention line), and in real ones written unusually (kana
// readings, patronymics, two surnames, tussenvoegsel, nome social, hanja names), as shops, platforms,
// forums, registries and B2B forms of 2015–26 build them in 18 languages. Run through the CLI's
// pipeline and checked against test/fixtures/people-fields/expected.json; one case per expectation,
// the ones not met yet `open` with the reason, skipped.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeFormPages } from './fixture-pages.ts';

describeFormPages('name, e-mail, organization and address look-alikes, end to end (issue 19)', join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/people-fields'));
