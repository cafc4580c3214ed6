// Context rule `document-date-caption`: a caption naming a date of an identity document ("Fecha de validez del DNI", "Fecha de caducidad del DNI") asks for that date, not the document's number.
// Its place in the order: context.ts CONTEXT_RULES.
import type { FieldScore } from '../scoreboard.ts';
import { textMatcher } from '../signals/text.ts';
import { C, T, TYPE_COUNT } from '../terms.ts';
import { captionTexts, EXPIRY_PARTS, overrule } from './shared.ts';

/** The documents whose name a caption may give to say whose date it asks. */
const DOCUMENT_NUMBERS = new Set<number>([T['national-id'], T['passport-number'], T['drivers-licence-number']]);
/** The words of a document's date or issuer, and of an expiry ("caducidad", "valid until"), which on a document's caption is the document's. */
const DATE_OF_DOCUMENT = new Set<number>([T['document-details'], ...EXPIRY_PARTS, TYPE_COUNT + C['cue:expiry']]);

/** Whether one caption names both a document and a date or issuer of it. */
function namesDocumentDate(caption: string): boolean {
  const hits = textMatcher.match(caption);
  return hits.some((h) => DATE_OF_DOCUMENT.has(h.code)) && hits.some((h) => DOCUMENT_NUMBERS.has(h.code));
}

/**
 * The name of a document reads as its number wherever it stands ("DNI", "passport"), so a caption
 * that adds a date to it ("Fecha de validez del DNI/NIE") still votes for the number. The date or
 * issuer word says which of the document's facts the box takes: the number has a caption of its own.
 */
export function resolveDocumentDateCaptions(fields: FieldScore[]): void {
  for (const fs of fields) {
    // Whichever of the two readings leads the tally (the number, the date), the caption settles it.
    if (!(DOCUMENT_NUMBERS.has(fs.top) || DATE_OF_DOCUMENT.has(fs.top)) || !captionTexts(fs).some(namesDocumentDate)) continue;
    overrule(fs, T['document-details'], fs.topScore + 0.5, "a date or issuer of an identity document named in the caption: the document's detail, not its number");
  }
}
