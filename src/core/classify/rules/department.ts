// Context rule `department`: a word naming both a department and a region or address line ("Department", "Departamento") is the department beside a company, else the address part.
// Its place in the order: context.ts CONTEXT_RULES.
import type { FieldScore } from '../scoreboard.ts';
import { departmentChoices } from '../signals/options.ts';
import { attributeMatcher } from '../signals/text.ts';
import { T, TYPE_CATEGORY } from '../terms.ts';
import { captionHits, catOf, overrule, reinterpret } from './shared.ts';

/**
 * The address reading of a word the lexicons list both as a department and as an address part
 * (English "department", Spanish "departamento": a region in France, Colombia or Peru, a flat in
 * Argentina), or -1 when the field's caption and name hold no such word. A caption that names a
 * department by a word of its own ("部署名", "Abteilung") decides: the developer's English name
 * "department" beside it is no region.
 */
function sharedWord(fs: FieldScore): number {
  const texts = [...captionHits(fs), attributeMatcher.match(fs.features.name)];
  for (const hits of texts) {
    for (const h of hits) {
      if (h.code !== T['organization-title']) continue;
      const place = hits.find((o) => o.start === h.start && o.end === h.end && TYPE_CATEGORY[o.code] === 'address');
      return place ? place.code : -1;
    }
  }
  return -1;
}

/** A list whose options are mostly a company's departments (Sales, Finance, IT…), not places. */
const listsDepartments = (fs: FieldScore): boolean => {
  const named = departmentChoices(fs.features.options);
  return named >= 2 && named * 2 >= fs.features.options.length - 1;
};

/**
 * In a typed box, or a list of departments, beside a company's name or a job title, with no address
 * part beside it, the shared word is the person's department; anywhere else (an address block, a region picker, a form
 * with no company) it stays the address part it always was.
 */
export function resolveDepartment(fields: FieldScore[]): void {
  fields.forEach((fs, i) => {
    // The shared word votes for a department: without such a vote there is nothing to read (and no caption to match again).
    if (!fs.votes.some((v) => v.type === T['organization-title'])) return;
    const place = sharedWord(fs);
    if (place < 0) return;
    const around = [fields[i - 1], fields[i + 1]].map(catOf);
    // A list is a region picker ("Departamento": Antioquia, Lima…), unless it lists departments (a lead form's Sales, Finance…).
    if ((fs.kind === 'text' || (fs.kind === 'select' && listsDepartments(fs))) && around.includes('organization') && !around.includes('address')) overrule(fs, T['organization-title'], Math.max(fs.topScore, 1) + 1, 'a department beside the company');
    else reinterpret(fs, (v) => v.type === T['organization-title'], place);
  });
}
