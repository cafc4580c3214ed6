// Whole pages of the 2015–16 web as their platforms rendered them (osCommerce, Zen Cart, OpenCart,
// Magento 1, PrestaShop 1.6, VirtueMart, WooCommerce, Shopify, Drupal 7, Joomla 3, BuddyPress,
// vBulletin, XenForo, DedeCMS, 1C-Bitrix, ASP.NET WebForms and more), each with all its forms,
// run through the CLI's pipeline and checked against test/fixtures/platform-forms-2015/expected.json:
// the kind of every form and the type of every field a labeler would label. One case per expectation;
// the ones not met yet are `open` with the reason, skipped.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeFormPages } from './fixture-pages.ts';

describeFormPages('forms of 2015–16 platform pages, end to end (issue 19)', join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/platform-forms-2015'));
