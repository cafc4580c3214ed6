// Context rule `document-number`: the box after a list of identity documents takes its number.
// Its place in the order: context.ts CONTEXT_RULES.
import { DOCUMENT_TYPES } from '../lexicons/options.ts';
import { normalizeText } from '../normalize.ts';
import type { FieldScore } from '../scoreboard.ts';
import { T } from '../terms.ts';
import { overrule } from './shared.ts';

const DOCUMENTS: ReadonlySet<string> = new Set(DOCUMENT_TYPES.split('|').map(normalizeText).filter(Boolean));

/** A radio button whose label names an identity document ("Passport", "DNI"). */
const namesDocument = (fs: FieldScore): boolean => DOCUMENTS.has(normalizeText(fs.features.labels[0] || fs.features.ariaLabel || ''));

/** Lists a page may put between the document choice and its number box: the issuing country, say. */
const MAX_LISTS_BETWEEN = 1;

/**
 * Whether the choice of an identity document comes right before field `i`: a select whose options
 * are documents ("Passport / ID card / Driving licence"), or radio buttons of one question labeled
 * with documents, with at most one other list between (the issuing country).
 */
function afterDocumentChoice(fields: readonly FieldScore[], i: number): boolean {
  let between = 0;
  let j = i - 1;
  while (j >= 0) {
    const f = fields[j]!;
    if (f.optionKind === 'document-type') return true;
    if (f.features.type === 'radio' && f.features.name) {
      const name = f.features.name;
      let members = 0;
      let documents = 0;
      for (; j >= 0 && fields[j]!.features.type === 'radio' && fields[j]!.features.name === name; j--) {
        members++;
        if (namesDocument(fields[j]!)) documents++;
      }
      if (documents >= 2 && documents * 2 >= members) return true;
    } else if (f.kind === 'select') j--;
    else return false;
    if (++between > MAX_LISTS_BETWEEN) return false;
  }
  return false;
}

/**
 * The box after the choice of an identity document takes the chosen document's number, however
 * plainly it is labeled ("Number", "Nº").
 */
export function resolveDocumentNumber(fields: FieldScore[]): void {
  fields.forEach((fs, i) => {
    if (fs.kind === 'select' || fs.kind === 'choice' || fs.kind === 'file') return;
    // A box its own words name ("Address", "Licence number") is that, though a document list is above it.
    if (fs.top >= 0 && fs.top !== T['national-id'] && fs.topScore >= NAMED) return;
    if (!afterDocumentChoice(fields, i)) return;
    overrule(fs, T['national-id'], Math.max(fs.topScore, 1) + 1, 'number of the identity document chosen above');
  });
}

/** A field whose own words score this much names itself; the document rule leaves it alone. */
const NAMED = 4;
