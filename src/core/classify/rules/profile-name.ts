// Context rule `profile-name`: a "Profile name" in a form that also asks for the real name is the name the account shows, not the person's.
// Its place in the order: context.ts CONTEXT_RULES (after `shown-user-name`).
import type { Hit } from '../matcher.ts';
import type { FieldScore } from '../scoreboard.ts';
import { T, termCode } from '../terms.ts';
import { captionHits, overrule } from './shared.ts';

const PROFILE = termCode('cue:profile');

/** A caption asks for a person's whole name in so many words ("Real name", "Full name", "Gerçek adınız"). */
const asksRealName = (captions: readonly (readonly Hit[])[]): boolean => captions.some((hits) => hits.some((h) => h.code === T.name && h.weight >= 1));

/** A caption names a profile's name: a profile word beside the generic name word ("Profile name", "Profilname", "Nom du profil"). */
const namesProfileName = (captions: readonly (readonly Hit[])[]): boolean => captions.some((hits) => hits.some((h) => h.code === PROFILE) && hits.some((h) => h.code === T.name));

/**
 * Game, forum and social sites ask for the name a profile shows and, apart from it, the real name
 * ("Profile Name" and "Real Name"): the profile's name is then the account's alias (username).
 * Alone, a profile name may well be the person's (sites that show real names), so it stays a name.
 */
export function resolveProfileNames(fields: FieldScore[]): void {
  // Only a text box read as a name can be one; most forms have none, and their captions go unmatched.
  const candidates = fields.filter((fs) => fs.kind === 'text' && fs.top === T.name);
  if (candidates.length === 0) return;
  const captions = new Map(fields.map((fs) => [fs, captionHits(fs)]));
  if (!fields.some((fs) => asksRealName(captions.get(fs)!))) return;
  for (const fs of candidates) {
    const own = captions.get(fs)!;
    if (asksRealName(own) || !namesProfileName(own)) continue;
    overrule(fs, T.username, fs.topScore + 1, "a profile's name beside a box for the real name");
  }
}
