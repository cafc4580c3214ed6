// Context rule `host-suffix`: a box with the rest of an address printed after it ("@yahoo.com", ".atlassian.net") asks for the first part: an address at that host (email, or the login name that makes it) or the tenancy's subdomain.
// Its place in the order: context.ts CONTEXT_RULES.
import type { FieldScore } from '../scoreboard.ts';
import { T } from '../terms.ts';
import { captionNames } from './identifiers.ts';
import { type FormSignals, overrule } from './shared.ts';

/** "@" and a host: the box holds what goes before it, the name of a mailbox at that host. */
const MAILBOX_HOST = /^@\s?(?:[a-z0-9-]+\.)+[a-z]{2,}$/i;
/** A dot and a host of two labels or more: the box holds the subdomain ("acme" + ".atlassian.net"). */
const PARENT_HOST = /^\.(?:[a-z0-9-]+\.)+[a-z]{2,}\/?$/i;

/**
 * A box followed by "@yahoo.com" asks for the first part of an address at that host: the person's
 * new email address ("New Yahoo email address", "Your New Address"), or the login name that makes
 * it when the box's words say so ("Логин", "아이디", a name attribute "username"); never a street,
 * a person's or an account's name. The corpus's labelers read a box captioned as an email address
 * so. In a login form the box is the sign-in identifier (the identifiers rule).
 * A box followed by ".atlassian.net" asks for the tenancy's address on the platform (account-name),
 * as one after a printed "vercel.com/" does (host-prefix), not an organization's or site's name.
 * Neither is gated on the field's top reading: the identifiers rule before this one leaves it stale.
 */
export function resolveHostSuffixes(fields: FieldScore[], form: FormSignals): void {
  for (const fs of fields) {
    if (fs.kind !== 'text' && fs.kind !== 'email') continue;
    const after = (fs.features.afterText ?? '').trim();
    if (!after) continue;
    if (MAILBOX_HOST.test(after)) {
      if (form.kind !== 'login') overrule(fs, loginNameOrEmail(fs), fs.topScore + 1, `before "${after}": an address there`);
    } else if (fs.kind === 'text' && PARENT_HOST.test(after)) {
      overrule(fs, T['account-name'], fs.topScore + 1, `before "${after}": the subdomain`);
    }
  }
}

/** Email unless the box's words ask for a login name: its caption first, then any word at all. */
function loginNameOrEmail(fs: FieldScore): number {
  if (captionNames(fs, T.email)) return T.email;
  if (captionNames(fs, T.username)) return T.username;
  const says = (type: number) => fs.votes.some((v) => v.type === type && v.weight > 0);
  return says(T.username) && !says(T.email) ? T.username : T.email;
}
