// Context rule `name-on-document`: "Full name (as on your passport)" asks for a name, not the passport.
// Its place in the order: context.ts CONTEXT_RULES.
import type { FieldScore } from '../scoreboard.ts';
import { normalizeText } from '../normalize.ts';
import { textMatcher } from '../signals/text.ts';
import { T } from '../terms.ts';
import { ACRONYMS, acronymIn } from './acronyms.ts';
import { captionTexts, NAME_FIELDS, overrule } from './shared.ts';

/** Documents a signup names as the source of the spelling it wants ("as on", "based on", "wie im"). */
const DOCUMENTS = new Set<number>([
  T['national-id'],
  T['passport-number'],
  T['drivers-licence-number'],
  T['id-document-upload'],
  T.ssn,
  T.pan,
  T['personal-tax-id'],
]);
const TYPED = new Set(['text', 'search']);
/** What links a document to the name it holds in CJK captions: 上的, 的, に記載の, の, 상의, 의. */
const POSSESSIVE = /^\s*(?:上的|上之|的|に記載の|記載の|上の|の|상의|에 기재된|의)\s*$/u;

/**
 * Where the caption names a document: a lexicon word, or a number's name in capitals that is an
 * everyday word in lower case ("Name as per PAN", rules/acronyms.ts). -1 when it names none.
 */
function documentStart(text: string, folded: string, hits: ReturnType<typeof textMatcher.match>): number {
  const document = hits.find((h) => DOCUMENTS.has(h.code));
  if (document) return document.start;
  const acronym = acronymIn(text);
  if (!acronym || !DOCUMENTS.has(T[ACRONYMS[acronym]!])) return -1;
  return folded.search(new RegExp(`(?<![\\p{L}\\p{N}])${acronym.toLowerCase()}(?![\\p{L}\\p{N}])`, 'u'));
}

/**
 * The name a caption starts with, when a document is named after it, or -1. The caption's head comes
 * first in every lexicon language this matters for ("Nombre completo (como aparece en su DNI)",
 * "ФИО (как в паспорте)", "姓名（与身份证一致）"), while "Passport name" or "ID number" name the
 * document first. ID-heavy signups ask for the name as printed on the document they check next.
 */
function nameBeforeDocument(fs: FieldScore): number {
  for (const text of captionTexts(fs)) {
    const hits = textMatcher.match(text);
    const name = hits.filter((h) => NAME_FIELDS.has(h.code)).sort((a, b) => a.start - b.start)[0];
    if (!name) continue;
    const folded = normalizeText(text);
    const start = documentStart(text, folded, hits);
    // Words between say how the two relate ("as on", "与…一致"); a person word right before a number
    // names whose number it is ("法定代表人身份证号", the legal representative's ID number).
    if (start >= 0 && name.end <= start && folded.slice(name.end, start).trim() !== '') return name.code;
    // Chinese, Japanese and Korean put the document first and link it to the name it holds with a
    // possessive ("身份证上的姓名", "免許証に記載の氏名", "신분증상의 이름"): the name ends the caption.
    const document = hits.find((h) => DOCUMENTS.has(h.code));
    if (document && document.end <= name.start && POSSESSIVE.test(folded.slice(document.end, name.start))) return name.code;
  }
  return -1;
}

/** A typed box whose caption asks for a name as written on an identity document is that name. */
export function resolveNameOnDocument(fields: FieldScore[]): void {
  for (const fs of fields) {
    // A document named in the caption votes for its number: without such a vote no caption names one.
    if (!TYPED.has(fs.kind) || !fs.votes.some((v) => DOCUMENTS.has(v.type))) continue;
    const name = nameBeforeDocument(fs);
    // Already that name, with no document reading left to compete: nothing to say.
    if (name < 0 || (fs.top === name && !fs.votes.some((v) => v.weight > 0 && DOCUMENTS.has(v.type)))) continue;
    overrule(fs, name, Math.max(fs.topScore, 1) + 1, 'a name as written on an identity document');
  }
}
