// Context rule `birth-date-of-thing`: a birth date captioned with what was born ("Pet's date of birth", "Date de naissance de votre chien") is no person's birth date.
// Its place in the order: context.ts CONTEXT_RULES.
import type { Hit } from '../matcher.ts';
import type { FieldScore } from '../scoreboard.ts';
import { textMatcher } from '../signals/text.ts';
import { T, termCode } from '../terms.ts';
import { BIRTH_PARTS, captionTexts, is, overrule, reinterpret } from './shared.ts';

const THING = termCode('cue:thing');

/**
 * Whether a caption asks for a thing's birth date: a birth-date word and, apart from it, a word for
 * something that has one (a pet, a dog, a horse), in the page's language (or the birth word's when
 * the page has none), as name-of-thing reads a thing's name.
 */
function thingsBirthDate(hits: readonly Hit[], langs: number): boolean {
  const births = hits.filter((h) => BIRTH_PARTS.has(h.code));
  if (births.length === 0) return false;
  const ownLanguage = (t: Hit) => (langs !== 0 ? (t.langs & langs) !== 0 : births.some((b) => (t.langs & b.langs) !== 0));
  const apart = (t: Hit) => births.every((b) => t.end <= b.start || b.end <= t.start);
  return hits.some((h) => h.code === THING && ownLanguage(h) && apart(h));
}

/**
 * A birth date (or one of its parts) whose caption names a thing born is a date of some other kind;
 * so are the uncaptioned parts right after it (the year list after "Pet's date of birth: [month]").
 */
export function resolveBirthDateOfThing(fields: FieldScore[]): void {
  let previous = false;
  for (const fs of fields) {
    // Its votes, not its top: a month list under a whole-date caption has no plausible top yet.
    const birth = is(fs, BIRTH_PARTS) || fs.votes.some((v) => v.weight > 0 && BIRTH_PARTS.has(v.type));
    const captions = birth ? captionTexts(fs) : [];
    const thing: boolean = captions.some((t) => thingsBirthDate(textMatcher.match(t), fs.langs)) || (previous && captions.length === 0 && birth);
    previous = thing;
    if (!thing) continue;
    reinterpret(fs, (v) => BIRTH_PARTS.has(v.type), T['other-date']);
    overrule(fs, T['other-date'], fs.topScore + 0.5, "a thing's birth date");
  }
}
