// Context rule `host-prefix`: a box that completes a web address printed before it ("vercel.com/", "modal.com/apps/") asks for the account's or team's slug, not a website.
// Its place in the order: context.ts CONTEXT_RULES.
import type { FieldScore } from '../scoreboard.ts';
import { T } from '../terms.ts';
import { overrule } from './shared.ts';

/** A host name, maybe with a path, ending in a slash: the fixed part of an address the box ends. */
const HOST_PREFIX = /^(?:https?:\/\/)?(?:[a-z0-9-]+\.)+[a-z]{2,}\/(?:[a-z0-9._-]+\/)*$/i;

/**
 * "Team URL" over a box with "vercel.com/" printed before it: the page shows the address and asks
 * only for its last part, the team's or workspace's slug (an account name), never a whole website.
 * Only a text box with nothing typed into the prefix itself; the caption may say URL or link.
 */
export function resolveHostPrefixes(fields: FieldScore[]): void {
  for (const fs of fields) {
    const f = fs.features;
    if (fs.kind !== 'text' || f.type === 'url' || f.type === 'email') continue;
    if (!HOST_PREFIX.test(f.nearbyText.trim())) continue;
    // A box its words call the username stays one: the profile's address is made of the user's name ("isinustasi.com/" + Kullanıcı adı).
    if (fs.top !== T.website && fs.top !== T['account-name'] && fs.top !== T.organization) continue;
    overrule(fs, T['account-name'], fs.topScore + 1, `after the address "${f.nearbyText.trim()}": its last part`);
  }
}
