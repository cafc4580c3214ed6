// Context rule `address-and-names`: a second street line, and the first line before one; "Name" beside "First name" is the family name, beside "Surname" the given name.
// Its place in the order: context.ts CONTEXT_RULES.
import { retally } from '../field.ts';
import type { FieldScore } from '../scoreboard.ts';
import { T } from '../terms.ts';
import { overrule } from './shared.ts';

/** Refinements inside a category: the second address line, "Name" beside "First name" or "Surname". */
export function resolveAddressAndNames(fields: FieldScore[]): void {
  fields.forEach((fs, i) => {
    const prev = fields[i - 1];
    const next = fields[i + 1];
    if (fs.top === T['street-address'] && prev && (prev.top === T['street-address'] || prev.top === T['address-line1'])) {
      overrule(fs, T['address-line2'], fs.topScore + 0.5, 'second address line');
    }
    if (fs.top === T.name && (prev?.top === T['given-name'] || next?.top === T['given-name'])) {
      overrule(fs, T['family-name'], fs.topScore + 0.5, 'beside the given name');
    } else if (fs.top === T.name && (prev?.top === T['family-name'] || next?.top === T['family-name'])) {
      // "Nome" / "Cognome", "Name" / "Surname": the name beside the family name is the given one.
      overrule(fs, T['given-name'], fs.topScore + 0.5, 'beside the family name');
    }
  });
  // When the form asks for a second street line, the street box before it is the first line.
  fields.forEach((fs, i) => {
    if (fs.top !== T['street-address']) return;
    for (const later of fields.slice(i + 1)) {
      if (later.stale) retally(later); // the second line the loop above just made
      if (later.top === T['street-address'] || later.top === T['address-line1']) return;
      if (later.top === T['address-line2']) {
        overrule(fs, T['address-line1'], fs.topScore + 0.5, 'street before a second line');
        return;
      }
    }
  });
}
