// Context rule `company-or-building`: a caption naming a company and an address part says by its order and phrasing which one the box is for.
// Its place in the order: context.ts CONTEXT_RULES.
import { Rule } from '../rule-groups.ts';
import type { FieldScore } from '../scoreboard.ts';
import { textMatcher } from '../signals/text.ts';
import { T, TYPE_CATEGORY, TYPE_COUNT } from '../terms.ts';
import { captionTexts, catOf, overrule } from './shared.ts';

/** Below this a word is generic ("name", "business") and names neither the company nor a place. */
const NAMING = 0.8;
/** Where a caption lists alternatives ("Company / Building", "Société - complément", "会社名・ビル名"); the slash of "c/o" is none. */
const ALTERNATIVES = /[|,;:()（）、・／]|\s[-–—]\s|(?<!\bc)\/|\/(?!o\b)/i;

interface Named {
  /** Start and end of the first company word, or -1. */
  company: number;
  companyEnd: number;
  /** Whether a building or c/o word is among the address words. */
  building: boolean;
  /** Start and reading of the first address word (street, building, city…), or -1. */
  place: number;
  placeType: number;
}

function named(text: string): Named {
  const n: Named = { company: -1, companyEnd: -1, building: false, place: -1, placeType: -1 };
  for (const h of textMatcher.match(text)) {
    if (h.code >= TYPE_COUNT || h.weight < NAMING) continue;
    if (h.code === T.organization) {
      if (n.company < 0 || h.start < n.company) {
        n.company = h.start;
        n.companyEnd = h.end;
      }
    } else if (TYPE_CATEGORY[h.code] === 'address') {
      if (h.code === T['address-line2']) n.building = true;
      if (n.place < 0 || h.start < n.place) {
        n.place = h.start;
        n.placeType = h.code;
      }
    }
  }
  return n;
}

/**
 * The reading a caption's words settle on and why, or null. A company and an address part in one
 * phrase are the company's address part ("Company address", "Company address line 2", "Adresse de
 * l'entreprise"). Listed apart, a company and a building or c/o are one line shops share between
 * them ("Company / Building name", "Company or c/o", "会社名／ビル名" for the company; "Adresszusatz
 * (Firma, c/o)", "Street name, company name, c/o", "建物名・会社名" for the address): the first word
 * says what the line is for, the rest what else it may hold.
 */
function reading(fs: FieldScore): { to: number; why: string } | null {
  for (const text of captionTexts(fs)) {
    const whole = named(text);
    if (whole.company < 0 || whole.place < 0) continue;
    for (const part of text.split(ALTERNATIVES)) {
      const n = named(part);
      if (n.company < 0 || n.place < 0) continue;
      // "Company or c/o" offers two things; "Company address line 2" and "Address of the company" name one.
      const compound = !n.building || n.place < n.company || n.place === n.companyEnd + 1;
      if (compound) return { to: n.placeType, why: "the company's address" };
    }
    if (whole.building) return whole.company < whole.place ? { to: T.organization, why: 'a caption that opens with the company' } : { to: whole.placeType, why: 'a caption that opens with the address' };
  }
  return null;
}

/** A typed box captioned with a company and an address part is the one its caption's order and phrasing say. */
export function resolveCompanyOrBuilding(fields: FieldScore[]): void {
  for (const fs of fields) {
    // A caption naming a company and an address part votes for both.
    if (fs.kind !== 'text' || !fs.votes.some((v) => TYPE_CATEGORY[v.type] === 'organization') || !fs.votes.some((v) => TYPE_CATEGORY[v.type] === 'address')) continue;
    const r = reading(fs);
    // Already of that category: which address part it is stays with the other rules. An autocomplete
    // token is the page's own word for the box and outranks a reading of its caption.
    if (!r || catOf(fs) === TYPE_CATEGORY[r.to] || fs.votes.some((v) => v.group === Rule.autocomplete && v.weight > 0 && TYPE_CATEGORY[v.type] !== TYPE_CATEGORY[r.to])) continue;
    overrule(fs, r.to, Math.max(fs.topScore, 1) + 1, r.why);
  }
}
