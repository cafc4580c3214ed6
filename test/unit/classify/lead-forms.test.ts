// Marketing, lead and event forms as the platforms that build them render them (HubSpot, Marketo,
// Pardot, Eloqua, Salesforce Web-to-Lead, Zoho, Freshworks, RD Station, Gravity Forms, Contact Form 7,
// WPForms, Elementor, powermail, Webflow, Jotform, Tilda, Formspree, Netlify, ON24, Mailchimp,
// Klaviyo) in 13 languages, beside free-trial, 'start free' and partner-portal signups
// that do create an account (issue 19: held-out sets 2 and 3 lose signup precision on forms that ask
// a name, an email, a phone and a company but open no account; set 4 reads job titles and company
// names as a person's name). Run through the CLI's pipeline (parse → extract → classify) and checked
// against test/fixtures/lead-forms/expected.json: the kind of every form and the types of its fields
// (the kinds say whether a page holds a create-account form: 13 of the 51 do).
// The expectations not met yet are listed as `open` with the reason and skipped, so the runner
// counts them too.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeFormPages } from './fixture-pages.ts';

describeFormPages('marketing, lead and event forms, end to end (issue 19)', join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/lead-forms'));
