// Whole pages of forum, community, dating, gaming, school, job-board, marketplace, fundraising and B2B
// sites (2015–16 and 2020–26 styles, 16 languages), run through the CLI's pipeline and checked against
// test/fixtures/community-pages/expected.json: the kind of every form and the type of every field a
// labeler would label, so that screen names, store, team and pet names read as a person's name, and
// missed job titles and organizations show. One case per expectation; the ones not met yet are `open`
// with the reason, skipped.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeFormPages } from './fixture-pages.ts';

describeFormPages('community, school, job and store pages, end to end (issue 19)', join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/community-pages'));
