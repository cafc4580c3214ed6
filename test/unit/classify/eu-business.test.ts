// Business registrations, trade-account applications, marketplace seller signups and checkouts with
// a company block, as shops of the smaller EU markets and their neighbours build them (Shoptet,
// Upgates, Unas, Gomag, WooCommerce, PrestaShop, OpenCart, Shopify, Vilkas and others), written for
// this project and run through the CLI's pipeline (parse → extract → classify), checked against
// test/fixtures/eu-business/expected.json: the kind of every form and the type of its key fields,
// above all the company's numbers (IČO, DIČ, adószám, CUI, ЕИК, OIB, PIB, registrikood, Y-tunnus…)
// as tax-id and a person's numbers on the same page (rodné číslo, CNP, ЕГН, JMBG, isikukood…) as
// government-id. Expectations not met yet are listed as `open` with the reason and skipped.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeFormPages } from './fixture-pages.ts';

describeFormPages('European business registrations and company checkouts (issue 19)', join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/eu-business'));
