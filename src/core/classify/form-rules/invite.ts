// Inviting someone ("Invite members", "Send invitation", an email box captioned "Invite teammates") takes their email: no newsletter of the sender's, no account of theirs.
import type { FormRule } from './rule.ts';

export const INVITE_RULE: FormRule = {
  id: 'words:invite',
  kind: 'other',
  reason: 'the form\'s own heading or submit, or the email box\'s caption, invites someone, and no password: the email is the invitee\'s, for no subscription and no account of the sender',
  value: (f) => (f.passwords === 0 && f.emails >= 1 ? Math.max(f.ownCue('cue:invite'), f.inviteNear) : 0),
};
