// One field on its own: every signal source votes (pass 1), then — after the form-level context
// rules have added their votes — the tally is turned into a type, a confidence and evidence.
import { requirementsForCategory } from '../catalog/index.ts';
import type { FieldFeatures } from '../features.ts';
import type { ClassifiedField } from '../report.ts';
import { categoryOf, type FieldType } from '../taxonomy/field-types.ts';
import { scoreAutocomplete } from './signals/autocomplete.ts';
import { controlKind, MULTIPLIERS, scoreInputType } from './signals/input-type.ts';
import { scoreOptions } from './signals/options.ts';
import { scoreShape } from './signals/shape.ts';
import { clip, scoreAttribute, scoreText } from './signals/text.ts';
import { best, type FieldScore, newFieldScore, tally } from './scoreboard.ts';
import { TYPE_IDS } from './terms.ts';
import { W } from './weights.ts';

/** Ids like "input_12", "field-3f9a2c", "mat-input-4", "a1b2c3d4" carry no meaning. */
const OPAQUE_ID = /^(?:[a-z]{0,6}[-_]?)?(?:\d+|[0-9a-f]{6,}|[a-z0-9]{16,})$/i;

export function scoreField(f: FieldFeatures, index: number): FieldScore {
  const kind = controlKind(f);
  const fs = newFieldScore(f, kind, index);
  scoreAutocomplete(fs);
  scoreInputType(fs, kind);

  // Visible texts, each counted once even when a page repeats it as label, aria-label and title.
  const seen: string[] = [];
  const text = (source: string, raw: string, weight: number, own: boolean) => {
    if (!raw || seen.includes(raw)) return;
    seen.push(raw);
    scoreText(fs, source, raw, weight, own);
  };
  for (const [i, l] of f.labels.entries()) text('label', l, i === 0 ? W.label : W.labelOther, true);
  text('aria-label', f.ariaLabel, W.ariaLabel, true);
  text('aria-labelledby', f.ariaLabelledBy, W.ariaLabelledBy, true);
  text('placeholder', f.placeholder, W.placeholder, true);
  text('title', f.title, W.title, true);
  const labelled = f.labels.length > 0 || f.ariaLabel !== '' || f.ariaLabelledBy !== '';
  text('nearby text', f.nearbyText, labelled ? W.nearby : W.nearbyAsLabel, !labelled);
  text('column header', f.headerText, W.header, true);
  text('description', f.ariaDescribedBy, W.describedBy, false);
  text('legend', f.legend, W.legend, false);
  text('heading', f.heading, W.heading, false);

  scoreAttribute(fs, 'name', f.name, W.name);
  if (f.id && f.id !== f.name && !OPAQUE_ID.test(f.id)) scoreAttribute(fs, 'id', f.id, W.id);

  scoreOptions(fs);
  scoreShape(fs);
  retally(fs);
  return fs;
}

export function retally(fs: FieldScore): void {
  tally(fs, MULTIPLIERS[fs.kind]);
  const b = best(fs);
  fs.top = b.score >= W.minScore ? b.type : -1;
  fs.topScore = b.score;
}

/** The top type's id, or null when the field stays unknown. */
export function topType(fs: FieldScore): FieldType | null {
  return fs.top < 0 ? null : TYPE_IDS[fs.top]!;
}

function bestLabel(f: FieldFeatures): string {
  const text = f.labels[0] || f.ariaLabel || f.ariaLabelledBy || f.placeholder || f.title || f.nearbyText || f.legend || f.name || f.id;
  return clip(text ?? '', 80);
}

/**
 * Confidence from how strong the winner is and how far ahead of the runner-up it is. A field
 * decided by one standard autocomplete token alone lands near 0.9; a lone weak word near 0.3.
 */
function confidence(score: number, second: number, sameCategory: boolean): number {
  const strength = 1 - Math.exp(-score / 3.5);
  const gap = score > 0 ? (score - (sameCategory ? second * 0.5 : second)) / score : 0;
  return Math.round(Math.min(1, Math.max(0, strength * (0.5 + 0.5 * gap))) * 1000) / 1000;
}

export function finalize(fs: FieldScore): ClassifiedField {
  const f = fs.features;
  const b = best(fs);
  if (b.score < W.minScore) {
    return {
      selector: f.selector,
      category: 'other',
      fieldType: 'unknown',
      confidence: 0,
      requirements: [],
      evidence: b.score > 0 ? [`weak signal only (${fs.votes.find((v) => v.type === b.type)?.evidence ?? 'none'})`] : ['no signal'],
      label: bestLabel(f),
      required: f.required,
    };
  }
  const type = TYPE_IDS[b.type]!;
  const category = categoryOf(type);
  const secondSame = b.secondType >= 0 && categoryOf(TYPE_IDS[b.secondType]!) === category;
  const evidence = fs.votes
    .filter((v) => v.type === b.type && v.weight > 0)
    .sort((a, z) => z.weight - a.weight)
    .map((v) => v.evidence)
    .filter((e, i, all) => all.indexOf(e) === i)
    .slice(0, 5);
  return {
    selector: f.selector,
    category,
    fieldType: type,
    confidence: confidence(b.score, b.second, secondSame),
    requirements: requirementsForCategory(category),
    evidence,
    label: bestLabel(f),
    required: f.required,
  };
}
