// Context rule `whose-field`: a person named beside a phone, an email or an address ("联系人手机", "Recipient phone", "담당자 이메일") says whose it is; the box asks for that.
// Its place in the order: context.ts CONTEXT_RULES.
import type { Hit } from '../matcher.ts';
import { CAPTION_SOURCES } from '../rule-groups.ts';
import { normalizeText } from '../normalize.ts';
import { type FieldScore, takeBack, type Vote } from '../scoreboard.ts';
import { textMatcher } from '../signals/text.ts';
import type { Category } from '../../taxonomy/categories.ts';
import { T, TYPE_CATEGORY, TYPE_COUNT } from '../terms.ts';
import { captionTexts } from './shared.ts';

/** What a caption may ask for about a person it names: their phone, email, address, birth date or ID number. */
const ABOUT_A_PERSON = new Set<Category>(['phone', 'email', 'address', 'date-of-birth', 'government-id']);
/** Or their job title ("담당자 직책", "Contact person's position"); not a company or a school, which a person is "at" ("Name / Company name"). */
const JOB_TITLE = T['organization-title'];
const aboutAPerson = (h: Hit): boolean => ABOUT_A_PERSON.has(TYPE_CATEGORY[h.code]!) || h.code === JOB_TITLE;
/** A person a caption names: by a name word, or as a card's or bank account's holder ("Codice fiscale dell'intestatario del conto"). */
const namesAPerson = (type: number): boolean => TYPE_CATEGORY[type] === 'name' || type === T['cc-name'];

/**
 * Whether a caption names a person and one thing about them: "Contact person's mobile", "收货人地址"
 * (the recipient's address), "담당자 전화번호", or the thing first with a word linking them
 * ("Teléfono del destinatario", "Phone number of the recipient"). The person word says whose; what
 * is asked is the thing. A name right after the thing is the name asked for ("Billing address
 * last name").
 */
function namesWhose(caption: string): boolean {
  const hits = textMatcher.match(caption).filter((h) => h.code < TYPE_COUNT);
  const names = hits.filter((h) => namesAPerson(h.code));
  if (names.length === 0) return false;
  const folded = normalizeText(caption);
  const linkedAfter = (n: Hit, h: Hit) => h.end <= n.start && folded.slice(h.end, n.start).trim() !== '';
  // An identity number is never a name's: the person word right after it is its owner ("ИИН получателя", "ΑΦΜ παραλήπτη", "NIK penerima").
  const ownedNumber = (n: Hit, h: Hit) => h.end <= n.start && TYPE_CATEGORY[h.code] === 'government-id';
  const others = hits.filter((h) => aboutAPerson(h) && names.every((n) => n.end <= h.start || linkedAfter(n, h) || ownedNumber(n, h)));
  return new Set(others.map((h) => TYPE_CATEGORY[h.code])).size === 1;
}

const isNameVote = (v: Vote): boolean => v.weight > 0 && namesAPerson(v.type) && CAPTION_SOURCES.has(v.source);

/** A box whose caption names a person and one thing about them keeps none of the caption's votes for a name. */
export function resolveWhoseField(fields: FieldScore[]): void {
  for (const fs of fields) {
    if (!fs.votes.some(isNameVote) || !captionTexts(fs).some(namesWhose)) continue;
    takeBack(fs, isNameVote);
  }
}
