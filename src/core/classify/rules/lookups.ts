// Context rule `lookups`: a search box among address fields looks an address part up.
// Its place in the order: context.ts CONTEXT_RULES.
import { retally } from '../field.ts';
import type { FieldScore, Vote } from '../scoreboard.ts';
import { T, TYPE_CATEGORY, TYPE_IDS } from '../terms.ts';
import { reinterpret, overrule, catOf, cue, type FormSignals } from './shared.ts';

/** Address parts a page lets people pick from a list, which a search box may filter. */
const LIST_PARTS = new Set<number>([T.country, T['address-level1'], T['address-level2'], T['address-level3'], T['tel-country-code']]);

/**
 * A search box among address fields looks an address up; one that names a part of it ("country",
 * "countryCode", "state") filters that part's list (a combobox), and is that part.
 */
export function resolveLookups(fields: FieldScore[], form: FormSignals): void {
  if (form.kind === 'search') return;
  const addressFields = fields.filter((f) => catOf(f) === 'address').length;
  fields.forEach((fs, i) => {
    if (fs.top !== T.search) return;
    let part: Vote | null = null;
    for (const v of fs.votes) if (v.weight >= 1 && (TYPE_CATEGORY[v.type] === 'address' || TYPE_CATEGORY[v.type] === 'phone') && (!part || v.weight > part.weight)) part = v;
    // A search box named for the phone filters its list of calling codes: no one searches for a phone number.
    const listed = part && TYPE_CATEGORY[part.type] === 'phone' ? T['tel-country-code'] : part?.type;
    if (listed !== undefined && LIST_PARTS.has(listed)) {
      reinterpret(fs, (v) => v.type === T.search, listed);
      overrule(fs, listed, fs.topScore + 0.5, `search box of a ${TYPE_IDS[listed]} list`);
      retally(fs); // the calling-code rule reads what it became
      return;
    }
    const own = part !== null || cue(fs, 'cue:address') >= 1;
    const nearby = catOf(fields[i - 1]) === 'address' || catOf(fields[i + 1]) === 'address' || addressFields >= 2;
    if (!own && !nearby) return;
    reinterpret(fs, (v) => v.type === T.search, T['street-address']);
    overrule(fs, T['street-address'], fs.topScore + 0.5, own ? 'address search' : 'search box among address fields');
  });
}
