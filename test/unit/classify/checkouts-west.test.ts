// Checkout and account pages of shops in the Americas and Western Europe (guest checkouts with
// contact, address, invoice/company blocks and inline card fields; shop registrations, address books
// and B2B trade-account applications; VTEX, Nuvemshop, Magento 2, Shopify, WooCommerce, PrestaShop,
// Salesforce Commerce Cloud, SAP Commerce, Shopware 6, JTL, OXID, Lightspeed), written for this
// project and run through the CLI's pipeline (parse → extract → classify), checked against
// test/fixtures/checkouts-west/expected.json: the kind of every form and the type of its key fields,
// above all whose identity or tax number a box asks for. One case per expectation; the ones not met
// yet are listed as `open` with the reason and skipped, so the runner counts them too.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeFormPages } from './fixture-pages.ts';

describeFormPages('shop checkouts and accounts of the Americas and Western Europe, end to end (issue 19)', join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/checkouts-west'));
