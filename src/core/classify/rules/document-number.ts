// Context rule `document-number`: the box after a list of identity documents takes its number.
// Its place in the order: context.ts CONTEXT_RULES.
import type { FieldScore } from '../scoreboard.ts';
import { T } from '../terms.ts';
import { overrule } from './shared.ts';

const ID_NUMBERS = new Set<number>([T['national-id'], T.ssn, T.pan, T['passport-number'], T['drivers-licence-number'], T['personal-tax-id']]);

/**
 * The box right after a list of identity documents ("Passport / ID card / Driving licence") takes the
 * chosen document's number, however plainly it is labeled ("Number", "Nº").
 */
export function resolveDocumentNumber(fields: FieldScore[]): void {
  fields.forEach((fs, i) => {
    const prev = fields[i - 1];
    if (prev?.optionKind !== 'document-type' || fs.kind === 'select' || fs.kind === 'choice' || fs.kind === 'file') return;
    if (fs.top >= 0 && !ID_NUMBERS.has(fs.top) && fs.topScore >= NAMED) return;
    overrule(fs, T['national-id'], Math.max(fs.topScore, 1) + 1, 'number of the identity document chosen above');
  });
}

/** A field whose own words score this much names itself; the document rule leaves it alone. */
const NAMED = 4;
