// Cue words the second set of ordinary pages (test/fixtures/ordinary-pages-2) showed missing: a Dutch
// job alert ("Maak een vacature-alert", "Alert aanmaken") mails new openings, like a newsletter, and
// is no job search; a German gift subscription ("Geschenkabo", "Ein Abo verschenken") is bought, and so
// is a crowdfunding pledge ("Pledge amount", a /pledge action, a 'pledge-form' id): a reward paid for, like an order.
// An Italian job search's "Cerca offerte" (search the openings) searches: its "offerte" is no offers opt-in.
import { describe, expect, it } from 'vitest';
import { classifyForm, field, labelled, select } from './factory.ts';

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

describe('crowdfunding pledges are bought', () => {
  it('reward radios and an amount in a pledge-form posted to /pledge with "Continue" is checkout in en', () => {
    const rewards = ['Pledge without a reward', 'Early bird – 1 Trailmate – $29', 'Duo pack – $55'].map((label) => field({ type: 'radio', name: 'reward_id', labels: [label] }));
    const form = classifyForm([...rewards, labelled('Pledge amount')], { heading: 'Support', action: '/projects/ridgeline/trailmate/pledge', names: 'pledge-form', buttons: ['Continue'], submitButtons: 1 }, { lang: 'en' });
    expect(form.kind).toBe('checkout');
  });
});

describe('job searches are searches', () => {
  it('a what and a where with "Cerca offerte" is search in it, not a newsletter of offers', () => {
    const form = classifyForm([labelled('', { placeholder: 'Professione, parola chiave o azienda', name: 'cosa' }), labelled('', { placeholder: 'Città o regione', name: 'dove' })], { buttons: ['Cerca offerte'], submitButtons: 1 }, { lang: 'it', title: 'Offerte di lavoro in Italia' });
    expect(form.kind).toBe('search');
  });
});
