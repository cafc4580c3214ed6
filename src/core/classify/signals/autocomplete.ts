// The autocomplete attribute: the HTML grammar is
//   [section-*] [shipping|billing] [home|work|mobile|fax|pager] <field name> [webauthn]
// A standard field name is the strongest single signal there is. Anything else ("off", "nope",
// "chrome-off", "new-phone") is not a browser token; words in it are read like an attribute name.
import { Rule } from '../rule-groups.ts';
import { type FieldScore, raiseCue, vote } from '../scoreboard.ts';
import { C, T, type TypeId } from '../terms.ts';
import { W } from '../weights.ts';
import { scoreAttribute } from './text.ts';

const STANDARD: Readonly<Record<string, TypeId>> = {
  name: 'name',
  'honorific-prefix': 'honorific-prefix',
  'given-name': 'given-name',
  'additional-name': 'additional-name',
  'family-name': 'family-name',
  'honorific-suffix': 'honorific-suffix',
  nickname: 'username',
  username: 'username',
  'new-password': 'new-password',
  'current-password': 'current-password',
  'one-time-code': 'one-time-code',
  'organization-title': 'organization-title',
  organization: 'organization',
  'street-address': 'street-address',
  'address-line1': 'address-line1',
  'address-line2': 'address-line2',
  'address-line3': 'address-line3',
  'address-level4': 'address-level3',
  'address-level3': 'address-level3',
  'address-level2': 'address-level2',
  'address-level1': 'address-level1',
  country: 'country',
  'country-name': 'country',
  'postal-code': 'postal-code',
  'cc-name': 'cc-name',
  // Split cardholder names are still the parts of a person's name (both corpora label them so).
  'cc-given-name': 'given-name',
  'cc-additional-name': 'additional-name',
  'cc-family-name': 'family-name',
  'cc-number': 'cc-number',
  'cc-exp': 'cc-exp',
  'cc-exp-month': 'cc-exp-month',
  'cc-exp-year': 'cc-exp-year',
  'cc-csc': 'cc-csc',
  'cc-type': 'cc-type',
  'transaction-currency': 'currency',
  language: 'language',
  bday: 'bday',
  'bday-day': 'bday-day',
  'bday-month': 'bday-month',
  'bday-year': 'bday-year',
  sex: 'sex',
  url: 'website',
  tel: 'tel',
  'tel-country-code': 'tel-country-code',
  'tel-national': 'tel-national',
  'tel-area-code': 'tel-area-code',
  'tel-local': 'tel-local',
  'tel-local-prefix': 'tel-local',
  'tel-local-suffix': 'tel-local',
  'tel-extension': 'tel-extension',
  email: 'email',
};

/** Tokens that are part of the grammar but name no field, or say "don't autofill". */
const IGNORED = new Set(['on', 'off', 'home', 'work', 'mobile', 'fax', 'pager', 'webauthn', 'false', 'true', 'none', 'nope', 'no', 'disabled']);

const SPLIT = /\s+/;
const PASSWORD_TOKENS = new Set(['new-password', 'current-password']);

export function scoreAutocomplete(fs: FieldScore): void {
  const raw = fs.features.autocomplete.trim().toLowerCase();
  if (!raw) return;
  const tokens = raw.split(SPLIT);
  for (const token of tokens) {
    if (token === 'shipping') raiseCue(fs, C['cue:shipping'], 2);
    else if (token === 'billing') raiseCue(fs, C['cue:billing'], 2);
  }
  for (const token of tokens) {
    const type = STANDARD[token];
    if (type) {
      // "new-password" on a text box is the common trick to stop browsers autofilling it, not a claim.
      if (PASSWORD_TOKENS.has(token) && fs.kind !== 'password') return;
      vote(fs, Rule.autocomplete, T[type], W.autocomplete, `autocomplete=${token}`);
      return;
    }
  }
  for (const token of tokens) {
    if (IGNORED.has(token) || token.startsWith('section-') || token === 'shipping' || token === 'billing') continue;
    if (fs.kind !== 'password' && token.includes('password')) continue;
    scoreAttribute(fs, 'autocomplete', token, W.autocompleteOther);
  }
}
