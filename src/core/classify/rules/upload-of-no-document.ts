// Context rule `upload-of-no-document`: a file box that only its type=file calls an identity document, in a form about no identity document, takes some other paper (an attachment).
// Its place in the order: context.ts CONTEXT_RULES (after `document-date-caption`, when the document fields are settled).
import type { FieldScore } from '../scoreboard.ts';
import { T, TYPE_CATEGORY } from '../terms.ts';
import { captionTexts, type FormSignals, overrule } from './shared.ts';

/** What an upload can be asked as when it is about the person's identity. */
const IDENTITY_UPLOADS: ReadonlySet<number> = new Set<number>([T['id-document-upload'], T.selfie, T['proof-of-address']]);

/** The vote every file box gets from its type alone: no word of the page's (a camera asked for is a sign, and stays). */
const fromTypeOnly = (source: string): boolean => source === 'type=file';

/**
 * A file box is read as an identity document by default (type=file leans that way, for KYC flows).
 * When it has a caption and no word of it or of its names says a document, a selfie or a proof of
 * address (an uncaptioned box keeps the default), and the form
 * asks no identity number or document detail and is no identity check, the box takes some other
 * paper: a proof of purchase, a medical certificate, a transcript, an invoice.
 */
export function resolveUploadOfNoDocument(fields: FieldScore[], form: FormSignals): void {
  if (form.kind === 'identity-verification') return;
  if (fields.some((f) => f.kind !== 'file' && f.top >= 0 && TYPE_CATEGORY[f.top] === 'government-id')) return;
  for (const fs of fields) {
    // Left alone: a box its words already read as something (a résumé, a logo) or as a document.
    if (fs.kind !== 'file' || (fs.top >= 0 && fs.top !== T['id-document-upload']) || captionTexts(fs).length === 0) continue;
    if (fs.votes.some((v) => v.weight > 0 && (IDENTITY_UPLOADS.has(v.type) ? !fromTypeOnly(v.source) : v.type !== T.attachment))) continue;
    overrule(fs, T.attachment, Math.max(fs.topScore, 1) + 0.5, 'a file box no word calls an identity document, in a form about none');
  }
}
