// Context rule `name-of-thing`: "name" beside a thing that has one ("Project name", "Nom de votre chien", "ペットの名前") is no person's name.
// Its place in the order: context.ts CONTEXT_RULES.
import { CAPTION_SOURCES } from '../rule-groups.ts';
import type { Hit } from '../matcher.ts';
import { type FieldScore, takeBack, type Vote } from '../scoreboard.ts';
import { attributeMatcher, textMatcher } from '../signals/text.ts';
import { T, termCode, TYPE_CATEGORY, TYPE_COUNT } from '../terms.ts';
import { CAPTION_ASIDE, captionTexts } from './shared.ts';

const THING = termCode('cue:thing');
/** The texts around a field that only set its context. */
const CONTEXT_SOURCES = ['legend', 'heading', 'description'] as const;
/** A closed bracket inside a caption ("애마(차량) 이름", my horse (car) name): the words after it still count. */
const CLOSED_ASIDE = /[(（［[][^)）\]］]*[)）\]］]/g;
/** The attributes that name the field. */
const ATTRIBUTES = ['name', 'id', 'binding'] as const;

/**
 * What a text says a "name" is for: `thing` when a word for something people name stands beside
 * it ("Room name", "Name your workspace", "Nome del tuo cane"); `person` when a word or phrase
 * for a person's whole name is there ("Full name", "Contact person", "Nom du destinataire",
 * "수령인"), which a thing beside it does not undo ("Contact person at your bank", "상품 수령인 이름");
 * `bare` when only the generic name word is there; null when the
 * text names no name at all. A thing word counts in the page's language (Italian "cane" is a dog,
 * English "cane" a stick), or in the name word's when the page has none.
 */
type Verdict = 'thing' | 'person' | 'bare' | null;
function verdict(hits: readonly Hit[], langs: number): Verdict {
  const names = hits.filter((h) => h.code < TYPE_COUNT && TYPE_CATEGORY[h.code] === 'name');
  if (names.length === 0) return null;
  if (names.some((h) => h.code === T.name && h.weight >= 1)) return 'person';
  // The thing word is of the page's language, or of the name word's when the page has none ("Nome
  // del cane", not "Name, e.g. Sala Jones"), and stands apart from the name word ("sob-" of Serbian
  // "soba", a room, begins Portuguese "sobrenome").
  const ownLanguage = (t: Hit) => (langs !== 0 ? (t.langs & langs) !== 0 : names.some((n) => (t.langs & n.langs) !== 0));
  const apart = (t: Hit) => names.every((n) => t.end <= n.start || n.end <= t.start);
  return hits.some((h) => h.code === THING && ownLanguage(h) && apart(h)) ? 'thing' : 'bare';
}

const isNameVote = (v: Vote): boolean => v.weight > 0 && TYPE_CATEGORY[v.type] === 'name';
const attributeOf = (fs: FieldScore, source: (typeof ATTRIBUTES)[number]): string => (source === 'binding' ? fs.features.bindings ?? '' : fs.features[source]);

/**
 * A field whose caption names a thing's name keeps none of its captions' votes for a person's name,
 * nor those of a bare "name" attribute (`name="name"` under "Project name"); an attribute naming a
 * thing's name (`bank_name`, `room_name`) loses its own, unless the caption asks for a person.
 */
export function resolveNameOfThing(fields: FieldScore[]): void {
  for (const fs of fields) {
    if (!fs.votes.some(isNameVote)) continue;
    const hitsOf = captionTexts(fs).map((t) => textMatcher.match(t.replace(CLOSED_ASIDE, ' ').replace(CAPTION_ASIDE, '')));
    const captions = hitsOf.map((hits) => verdict(hits, fs.langs));
    const captionPerson = captions.includes('person');
    // A bare "Name" whose other caption names an organization's name ("Name" over a placeholder "Organization name") is that organization's.
    // Not where a caption asks for a person's name part as well ("Imię/Nazwa firmy": first name or company).
    const onlyGenericName = hitsOf.every((hits) => hits.every((h) => h.code >= TYPE_COUNT || TYPE_CATEGORY[h.code] !== 'name' || h.code === T.name));
    const namesOrganization = captions.includes('bare') && onlyGenericName && hitsOf.some((hits) => hits.some((h) => h.code === T.organization && h.weight >= 1));
    const captionThing = (captions.includes('thing') || namesOrganization) && !captionPerson;
    const drop = new Set<string>();
    // A thing's name by its own caption is none by its section either ("First" of "Your first hero").
    if (captionThing) for (const s of [...CAPTION_SOURCES, ...CONTEXT_SOURCES]) drop.add(s);
    for (const source of ATTRIBUTES) {
      const raw = attributeOf(fs, source);
      if (!raw) continue;
      const v = verdict(attributeMatcher.match(raw), fs.langs);
      if ((v === 'thing' && !captionPerson) || (v === 'bare' && captionThing)) drop.add(source);
    }
    if (drop.size === 0) continue;
    takeBack(fs, (v) => isNameVote(v) && drop.has(v.source));
  }
}
