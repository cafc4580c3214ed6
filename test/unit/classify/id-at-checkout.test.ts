// Checkout, account, ticketing, customs and courier pages that ask for a person's identity or tax
// number or a company's (Magento's taxvat, WooCommerce's Brazilian fields, VTEX, Mercado Pago,
// Shopify checkout extensions, cross-border customs codes, e-invoice blocks, 2016–26), written for
// this project and run through the CLI's pipeline (parse → extract → classify), checked against
// test/fixtures/id-at-checkout/expected.json: the kind of every form and the type of its key
// fields, above all whose number a box asks for. One case per expectation, so a run counts them;
// the ones not met yet are listed as `open` with the reason and skipped, so the runner counts them too.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeFormPages } from './fixture-pages.ts';

describeFormPages('identity and tax numbers at checkout, account, ticketing and customs pages (issue 19)', join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/id-at-checkout'));
