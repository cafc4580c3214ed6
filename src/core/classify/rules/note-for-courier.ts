// Context rule `note-for-courier`: a box whose label names a note, an instruction or a code for the courier is no part of the address, whatever its hint mentions.
// Its place in the order: context.ts CONTEXT_RULES.
import { type FieldScore, takeBack } from '../scoreboard.ts';
import { T, TYPE_CATEGORY } from '../terms.ts';

/** The sources a person reads as the box's own caption, which outrank its hint and its attributes. */
const LABELS: ReadonlySet<string> = new Set(['label', 'aria-label', 'aria-labelledby']);

/**
 * "Catatan untuk Kurir" over a hint "house colour, landmark…", "訂單備註" over "管理室代收",
 * "Indicaciones adicionales" named `referencias`: the label says the box takes a note for the
 * courier (the lexicons' words for what is near an address but no part of it), so the address
 * words of its hint, its attributes and its section were only examples of what the note may say,
 * and those of the label itself ("… de esta dirección") say which address the note is about.
 */
export function resolveNoteForCourier(fields: FieldScore[]): void {
  for (const fs of fields) {
    if (!fs.votes.some((v) => v.type === T.unknown && v.weight > 0 && LABELS.has(v.source))) continue;
    takeBack(fs, (v) => TYPE_CATEGORY[v.type] === 'address');
  }
}
