// Ordinary pages as a uniform draw of sites would give them (issue 19's held-out sets 2 and 3: "is
// the create-account form read as signup, and is a page without one left alone"): home, article,
// shop, landing, pricing, help, 404 and cookie-wall pages of news sites, blogs, local businesses,
// shops, SaaS, universities, councils, hospitals, churches, NGOs, forums, wikis, job and property
// sites, banks and web-mail, in 16 languages and 2015–16 and 2020–26 markup, each with all the
// forms such a page carries (search, login, newsletter, comment, contact, add to cart, booking,
// poll, cookie choices, language switchers), about a quarter with a real create-account form. Run
// through the CLI's pipeline and checked against test/fixtures/ordinary-pages-2/expected.json: the
// kind of every form, and whether the page holds a signup form. The ones not met yet are listed as
// `open` with the reason and skipped, so the runner counts them too.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeSignupPages } from './fixture-pages.ts';

describeSignupPages('ordinary pages of the top 100k sites of 2020, set 2, end to end (issue 19)', join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/ordinary-pages-2'));
