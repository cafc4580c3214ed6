// Cue words the second set of ordinary pages (test/fixtures/ordinary-pages-2) showed missing: a Dutch
// job alert ("Maak een vacature-alert", "Alert aanmaken") mails new openings, like a newsletter, and
// is no job search; a German gift subscription ("Geschenkabo", "Ein Abo verschenken") is bought.
import { describe, expect, it } from 'vitest';
import { classifyForm, labelled, select } from './factory.ts';

describe('job alerts are newsletters', () => {
  it('a keyword and an email under "Maak een vacature-alert" with "Alert aanmaken" is newsletter in nl', () => {
    const form = classifyForm([labelled('Trefwoord'), labelled('E-mailadres', { type: 'email' })], { heading: 'Maak een vacature-alert', buttons: ['Alert aanmaken'], submitButtons: 1 }, { lang: 'nl' });
    expect(form.kind).toBe('newsletter');
  });
});

describe('gift subscriptions are bought', () => {
  it('a term picker under "Ein Abo verschenken" with "Geschenkabo auswählen" is checkout in de', () => {
    const form = classifyForm([select('Laufzeit', ['3 Monate – 29,97 €', '6 Monate – 59,94 €', '12 Monate – 99 €'])], { heading: 'Ein Abo verschenken', buttons: ['Geschenkabo auswählen'], submitButtons: 1 }, { lang: 'de' });
    expect(form.kind).toBe('checkout');
  });
});
