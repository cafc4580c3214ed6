// Context rule `shown-user-name`: a box whose caption asks for a user name and not an email address is the user name, whatever its attribute names say.
// Its place in the order: context.ts CONTEXT_RULES (before `identifiers`, which keeps a user name its caption names).
import type { FieldScore } from '../scoreboard.ts';
import { T } from '../terms.ts';
import { overrule } from './shared.ts';
import { captionNames } from './identifiers.ts';

/**
 * A mail provider's signup names the box for the new address's first part after the mailbox it
 * makes (name="email", id="emailLocalPart"), while its caption asks for the chosen name
 * ("Wunsch-E-Mail-Adresse", "메일 아이디"): what the person reads decides. Only a plain text box
 * (an email input asks for an address) whose caption names a user name and no email address.
 */
export function resolveShownUserNames(fields: FieldScore[]): void {
  for (const fs of fields) {
    if (fs.kind !== 'text' || fs.top !== T.email) continue;
    if (!captionNames(fs, T.username) || captionNames(fs, T.email)) continue;
    overrule(fs, T.username, fs.topScore + 1, 'its caption asks for a user name, not an email address');
  }
}
