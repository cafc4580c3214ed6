// A text area holds prose (a reason to join, a message, a bio), never a code or a user name
// (the textarea row of signals/input-type.ts); a one-line box with the same words keeps its reading.
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './probe-page.ts';

const signup = (reason: string) =>
  `<form><p><label for="u">Profilname</label><input id="u" name="user[account_attributes][username]"></p><p><label for="e">E-Mail-Adresse</label><input id="e" type="email" name="user[email]"></p><p><label for="p">Passwort</label><input id="p" type="password" name="user[password]"></p>${reason}<button>Registrieren</button></form>`;

describe('a text area is prose', () => {
  it("de: Mastodon's reason to join (user[invite_request_attributes][text]) is no invitation code", () => {
    const fields = fieldsOf('de', signup('<p><label for="r">Warum möchtest du beitreten?</label><textarea id="r" name="user[invite_request_attributes][text]"></textarea></p>'));
    expect(fields[3]!.fieldType).not.toBe('promo-code');
    expect(fields[3]!.category).not.toBe('credentials');
  });
  it('a one-line invitation code box stays the code', () => {
    const fields = fieldsOf('en', signup('<p><label for="r">Invitation code</label><input id="r" name="invite_code"></p>'));
    expect(fields[3]!.fieldType).toBe('promo-code');
  });
});
