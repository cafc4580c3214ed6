// Context rule `document-dates`: an expiry date (or an issuing country) in a form about an identity document, with no card, is the document's.
// Its place in the order: context.ts CONTEXT_RULES.
import { CAPTION_SOURCES } from '../rule-groups.ts';
import type { FieldScore } from '../scoreboard.ts';
import { T } from '../terms.ts';
import { ctx, cue, EXPIRY_PARTS, is, PAYMENT_FIELDS, reinterpret, overrule } from './shared.ts';

/** What shows a form is about an identity document: its number, its scan, or the choice of one. */
const DOCUMENT_FIELDS = new Set<number>([T['national-id'], T['passport-number'], T['drivers-licence-number'], T['id-document-upload'], T['document-details']]);
export const aboutDocument = (fs: FieldScore): boolean => is(fs, DOCUMENT_FIELDS) || fs.optionKind === 'document-type';

/** A month/year box whose caption names another date ("Fecha de primera matriculación", a car's first registration) is read as an expiry by its shape alone. */
const captionNamesOtherDate = (fs: FieldScore): boolean => fs.votes.some((v) => v.type === T['other-date'] && v.weight > 0 && CAPTION_SOURCES.has(v.source));

/**
 * "Expiry date", "Valid until", "Gültig bis", "Fecha de caducidad": the words are a card's, and a
 * card's expiry is read by them everywhere else. In a form that asks for a passport, an ID card or
 * a licence and shows no card (no card number, security code or card type, no payment words around
 * the box), the date is the document's: reading it as a card's would report a payment the flow
 * never asks for.
 */
export function resolveDocumentDates(fields: FieldScore[]): void {
  if (!fields.some(aboutDocument)) return;
  if (fields.some((f) => is(f, PAYMENT_FIELDS) && !is(f, EXPIRY_PARTS))) return;
  for (const fs of fields) {
    if (!is(fs, EXPIRY_PARTS) || cue(fs, 'cue:payment') >= 1 || ctx(fs, 'cue:payment') >= 0.5 || captionNamesOtherDate(fs)) continue;
    reinterpret(fs, (v) => EXPIRY_PARTS.has(v.type), T['document-details']);
    overrule(fs, T['document-details'], fs.topScore + 0.5, 'expiry date in a form about an identity document, with no card');
  }
  // "País de emisión", "Issuing country": a list of countries (name="paisEmision") whose own caption
  // names the document's issuer is the document's detail, not where the person lives.
  for (const fs of fields) {
    if (fs.top !== T.country || !fs.votes.some((v) => v.type === T['document-details'] && v.weight > 0)) continue;
    overrule(fs, T['document-details'], fs.topScore + 0.5, 'issuing country named by its caption, in a form about an identity document');
  }
}
