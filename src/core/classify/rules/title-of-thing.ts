// Context rule `title-of-thing`: a "Title" followed by what it is the title of ("Titre de votre site", "Title of your listing") is no salutation.
// Its place in the order: context.ts CONTEXT_RULES.
import { CAPTION_SOURCES } from '../rule-groups.ts';
import { isUnspacedScript, normalizeText } from '../normalize.ts';
import { type FieldScore, takeBack } from '../scoreboard.ts';
import { textMatcher } from '../signals/text.ts';
import { T, TYPE_CATEGORY, TYPE_COUNT } from '../terms.ts';
import { CAPTION_ASIDE, captionTexts } from './shared.ts';

/** Words after the title word that make it a thing's title: "of your blog", "deines Blogs", "del anuncio". */
const THING_WORDS = 2;

/**
 * Whether a caption names the title of something: a salutation word followed by at least two more
 * words, none of them part of a person's name. A person's title stands alone or beside the name
 * ("Title", "Your title", "Title before name", "Titre de civilité"); a thing's title says whose it
 * is after the word in every spaced lexicon language ("Title of your listing", "Titel deines Blogs",
 * "Título de tu sitio", "Tytuł Twojego bloga"). Unspaced scripts write the thing first ("ブログタイトル"):
 * their lexicons list those words.
 */
function titleOfThing(caption: string): boolean | null {
  const text = caption.replace(CAPTION_ASIDE, '');
  if (isUnspacedScript(text)) return null;
  const hits = textMatcher.match(text);
  const title = hits.find((h) => h.code === T['honorific-prefix']);
  if (!title) return null;
  if (hits.some((h) => h !== title && h.code < TYPE_COUNT && h.start >= title.start && TYPE_CATEGORY[h.code] === 'name')) return false;
  const after = normalizeText(text).slice(title.end).trim();
  return after !== '' && after.split(' ').length >= THING_WORDS;
}

/** A typed box whose captions all name a thing's title keeps none of their salutation votes. */
export function resolveTitleOfThing(fields: FieldScore[]): void {
  for (const fs of fields) {
    if (fs.kind !== 'text' || !fs.votes.some((v) => v.type === T['honorific-prefix'] && v.weight > 0)) continue;
    const verdicts = captionTexts(fs).map(titleOfThing).filter((v) => v !== null);
    if (verdicts.length === 0 || verdicts.includes(false)) continue;
    takeBack(fs, (v) => v.type === T['honorific-prefix'] && CAPTION_SOURCES.has(v.source));
  }
}
