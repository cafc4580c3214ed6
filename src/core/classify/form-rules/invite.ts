// Inviting someone ("Invite members", "Send invitation") takes their email: no newsletter of the sender's, no account of theirs.
import type { FormRule } from './rule.ts';

export const INVITE_RULE: FormRule = {
  id: 'words:invite',
  kind: 'other',
  reason: 'the form\'s own heading or submit invites someone, and no password: the email is the invitee\'s, for no subscription and no account of the sender',
  value: (f) => (f.passwords === 0 && f.emails >= 1 ? f.ownCue('cue:invite') : 0),
};
