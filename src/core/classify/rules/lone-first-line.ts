// Context rule `lone-first-line`: a box named the first address line with no second line, no third and no house number in its address is the whole street address.
// Its place in the order: context.ts CONTEXT_RULES (after address-and-names, which finds the lines).
import { retally } from '../field.ts';
import type { FieldScore } from '../scoreboard.ts';
import { T } from '../terms.ts';
import { catOf, reinterpret } from './shared.ts';

/** What makes a street box only the first line of its address. */
const OTHER_PARTS: ReadonlySet<number> = new Set<number>([T['address-line2'], T['address-line3'], T['address-housenumber']]);
const STREET: ReadonlySet<number> = new Set<number>([T['street-address'], T['address-line1']]);
/** The developer's names for the box, as against its caption, its autocomplete token or a rule that found its lines. */
const ATTRIBUTES: ReadonlySet<string> = new Set(['name', 'id', 'binding']);

/**
 * `billing_address[address1]` under "Địa chỉ (số nhà, tên đường)" with province, district and ward
 * after it and no second line: a platform's name for its street box says "line 1" because its
 * other shops have a second; this shop's address has none, so the box takes the whole street. The
 * address is the run of address boxes around it, up to the next street box. Only a box whose
 * "line 1" rests on those names alone: a caption, an autocomplete token or another rule that says
 * "line 1" knows of a line this form may hide or ask elsewhere.
 */
export function resolveLoneFirstLine(fields: FieldScore[]): void {
  // address-and-names leaves its second lines untallied; read what it made of them.
  for (const f of fields) if (f.stale) retally(f);
  fields.forEach((fs, i) => {
    if (fs.top !== T['address-line1']) return;
    if (fs.votes.some((v) => v.type === T['address-line1'] && v.weight > 0 && !ATTRIBUTES.has(v.source))) return;
    for (const step of [-1, 1]) {
      for (let j = i + step; j >= 0 && j < fields.length; j += step) {
        const f = fields[j]!;
        if (STREET.has(f.top) || catOf(f) !== 'address') break;
        if (OTHER_PARTS.has(f.top)) return;
      }
    }
    reinterpret(fs, (v) => v.type === T['address-line1'], T['street-address']);
  });
}
