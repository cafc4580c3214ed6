// A phone number and the code sent to it, with no password, email or other detail, is the phone being checked (a signup's "Confirm your identity" step), not the account being made.
import { identifiers } from './facts.ts';
import { type FormRule, yes } from './rule.ts';

export const PHONE_CHECK_RULE: FormRule = {
  id: 'task:phone-check',
  kind: 'verification',
  reason: 'one phone number (with its calling code) and its SMS or voice code, or a button that sends one, and nothing else about the person: checking the phone',
  value: (f) => {
    // A code for the phone counts among its phone fields; anything else about the person does not belong here.
    const phoneOnly = f.phones >= 1 && f.phones <= 1 + f.codes && f.personal === f.phones && f.passwords === 0 && identifiers(f) === 0 && f.addressish === 0 && f.card === 0 && f.documents === 0;
    if (!phoneOnly) return 0;
    // A text message that brings an app or a link checks nothing.
    if (f.codes === 0 && f.ownCue('cue:app-link') > 0) return 0;
    return yes(f.codes >= 1 || f.ownCue('cue:sms') > 0 || f.ownCue('cue:verification') > 0);
  },
};
