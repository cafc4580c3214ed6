// Cue words the ordinary pages (test/fixtures/ordinary-pages) showed missing: a live-chat widget's
// pre-chat form (a name and an email under "Start Chat") writes to the site, like a contact form; it
// subscribes to nothing and buys nothing.
import { describe, expect, it } from 'vitest';
import { classifyForm, labelled } from './factory.ts';

describe('pre-chat forms are contact with the site', () => {
  it('a name and an email with "Start Chat" is other, not a newsletter, in en, de, fr, es', () => {
    for (const [name, mail, button, lang] of [
      ['Your name', 'Your email', 'Start Chat', 'en'],
      ['Ihr Name', 'Ihre E-Mail-Adresse', 'Chat starten', 'de'],
      ['Votre nom', 'Votre e-mail', 'Démarrer le chat', 'fr'],
      ['Tu nombre', 'Tu correo electrónico', 'Iniciar chat', 'es'],
    ]) {
      const form = classifyForm([labelled(name!), labelled(mail!, { type: 'email' })], { buttons: [button!], submitButtons: 1 }, { lang: lang! });
      expect(form.kind, button).toBe('other');
    }
  });

  it('under a heading that speaks of payment (borrowed from the section above) it is still no checkout', () => {
    const form = classifyForm([labelled('Your name'), labelled('Your email', { type: 'email' })], { heading: 'Estimate your payment', buttons: ['Start Chat'], submitButtons: 1 });
    expect(form.kind).toBe('other');
  });
});
