// Travel bookings and accounts worldwide (airline passenger and Secure Flight/APIS steps, online
// check-in travel documents, rail, bus and ferry tickets that ask an ID number, car hire, hotel guest
// registration, travel authorisations, loyalty signups and stored passports; 17 languages), written
// for this project and run through the CLI's pipeline (parse → extract → classify), checked against
// test/fixtures/travel-pages/expected.json: the kind of every form and the type of its fields, above
// all which identity number a box asks for and which travel numbers (PNR, frequent-flyer, flight,
// loyalty) are none. One case per expectation, so a run counts them; the ones not met yet are listed
// as `open` with the reason and skipped, so the runner counts them too.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeFormPages } from './fixture-pages.ts';

describeFormPages('Travel bookings, check-in documents, tickets and loyalty accounts worldwide (issue 19)', join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/travel-pages'));
