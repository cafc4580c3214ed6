// Whole pages as the forum, blog, CMS and shop software of 2010–2016 rendered their forms (table
// layouts, captcha images, agreement steps, login boxes in the header, newsletter boxes in the
// footer; en, de, fr, es, pt, ru, it, pl, some without a lang), run through the CLI's pipeline
// (parse → extract → classify) and checked against test/fixtures/legacy-forms/expected.json: the
// kind of every form and the type of its key fields. One case per expectation, so a run counts them;
// the ones not met yet are listed as `open` with the reason and skipped, so the runner counts them too.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeFormPages } from './fixture-pages.ts';

describeFormPages('forms of 2010–2016 software, end to end (issue 19)', join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/legacy-forms'));
