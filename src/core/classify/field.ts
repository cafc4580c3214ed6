// One field on its own: every signal source votes (pass 1), then — after the form-level context
// rules have added their votes — the tally is turned into a type, a confidence and evidence.
import { requirementsForCategory } from '../catalog/index.ts';
import type { FieldFeatures } from '../features.ts';
import type { ClassifiedField } from '../report.ts';
import { categoryOf } from '../taxonomy/field-types.ts';
import { scoreAutocomplete } from './signals/autocomplete.ts';
import { controlKind, KEYPAD_NUMBERS, MULTIPLIERS, scoreInputType } from './signals/input-type.ts';
import { scoreOptions, scoreShownChoice, thisYear } from './signals/options.ts';
import { isExampleEmail, isFormatMask, scoreShape } from './signals/shape.ts';
import { clip, scoreAttribute, scoreText } from './signals/text.ts';
import type { Decision } from './combine.ts';
import { CAPTION_SOURCES, Rule } from './rule-groups.ts';
import { Ev, type FieldScore, newFieldScore, tally, type Vote } from './scoreboard.ts';
import { LANGUAGE_LEXICONS } from './lexicons/index.ts';
import { languageBit } from './matcher.ts';
import { T, TYPE_IDS } from './terms.ts';
import { W } from './weights.ts';

/** camelCase or snake_case without spaces: a developer's name, not a caption. */
const IDENTIFIER = /^(?=.*(?:[a-z][A-Z]|_))[A-Za-z0-9_.-]+$/;

/**
 * Names and ids like "1dd7d3a229010733", "field-3f9a2c1b", "KMEF2D0" are generated: their letter
 * soup would otherwise produce false tokens ("dd" → day).
 */
const GENERATED = /^(?:[a-z]{1,10}[-_])?(?:(?=[a-f]*\d)[0-9a-f]{8,}|(?=[a-z]*\d)[a-z0-9]{16,})$|^\d+$/i;
const SHOUTED_CODE = /^(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{6,}$/;
const ALL_DIGITS = /^\d+$/;
/** "q17_whatBrand", "q3_email": form builders (Jotform, survey tools) number their questions; that "q" is no search query. */
const QUESTION_NUMBER = /^q\d+_/i;
const withoutQuestionNumber = (s: string): string => (QUESTION_NUMBER.test(s) ? s.replace(QUESTION_NUMBER, '') : s);
const opaque = (s: string): boolean => (s.length < 6 ? ALL_DIGITS.test(s) : GENERATED.test(s) || SHOUTED_CODE.test(s));

/**
 * Lexicon bits to prefer for a page in `lang` ("pt-BR" → Portuguese, English, attribute words), or 0
 * when the page's language is not one the lexicons cover (then every language counts alike).
 */
export function languagesFor(lang: string): number {
  const code = lang.trim().toLowerCase().slice(0, 2);
  if (!LANGUAGE_CODES.has(code)) return 0;
  return languageBit(code) | languageBit('en') | languageBit('xx');
}
const LANGUAGE_CODES = new Set(LANGUAGE_LEXICONS.map((l) => l.lang));

export function scoreField(f: FieldFeatures, index: number, langs = 0, year = thisYear()): FieldScore {
  const kind = controlKind(f);
  const fs = newFieldScore(f, kind, index, langs);
  scoreAutocomplete(fs);
  scoreInputType(fs, kind);

  // Visible texts, each counted once even when a page repeats it as label, aria-label and title.
  const labels = f.labels;
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i]!;
    if (l && labels.indexOf(l) === i && !isExampleEmail(l)) scoreText(fs, 'label', l, i === 0 ? W.label : W.labelOther, true, i === 0 ? Rule.label : Rule['other label']);
  }
  // Some frameworks put an identifier in aria-label ("ContactWith"): read it as one, not as a caption.
  const ariaIsIdentifier = IDENTIFIER.test(f.ariaLabel);
  const labelled = labels.length > 0 || (f.ariaLabel !== '' && !ariaIsIdentifier) || f.ariaLabelledBy !== '';
  if (ariaIsIdentifier) scoreAttribute(fs, 'aria-label', f.ariaLabel, W.id, Rule.id);
  else if (fresh(f, f.ariaLabel, 1) && !isExampleEmail(f.ariaLabel)) scoreText(fs, 'aria-label', f.ariaLabel, W.ariaLabel, true);
  if (fresh(f, f.ariaLabelledBy, 2) && !isExampleEmail(f.ariaLabelledBy)) scoreText(fs, 'aria-labelledby', f.ariaLabelledBy, W.ariaLabelledBy, true);
  if (fresh(f, f.placeholder, 3) && !isFormatMask(f.placeholder)) scoreText(fs, 'placeholder', f.placeholder, W.placeholder, true);
  if (fresh(f, f.title, 4)) scoreText(fs, 'title', f.title, W.title, true);
  if (fresh(f, f.nearbyText, 5)) scoreText(fs, 'nearby text', f.nearbyText, labelled ? W.nearby : W.nearbyAsLabel, !labelled, labelled ? Rule['nearby text'] : Rule['nearby text as label']);
  if (fresh(f, f.ariaDescribedBy, 7)) scoreText(fs, 'description', f.ariaDescribedBy, W.describedBy, false);
  if (fresh(f, f.legend, 8)) scoreText(fs, 'legend', f.legend, W.legend, false);
  if (fresh(f, f.heading, 9)) scoreText(fs, 'heading', f.heading, W.heading, false);

  if (!opaque(f.name)) scoreAttribute(fs, 'name', withoutQuestionNumber(f.name), W.name);
  if (f.id && f.id !== f.name && !opaque(f.id)) scoreAttribute(fs, 'id', withoutQuestionNumber(f.id), W.id);
  // A framework's binding ("user.lastName", formcontrolname="postcode") names the field as an id does.
  const binding = f.bindings ? f.bindings.split(' ').find((b) => b !== f.name && b !== f.id && !opaque(b)) : undefined;
  if (binding) scoreAttribute(fs, 'binding', binding, W.id);

  scoreOptions(fs, year);
  scoreShownChoice(fs);
  scoreShape(fs);
  if (kind === 'password') yieldTypeVote(fs, T['current-password'], namesMaskedNumber);
  if (kind === 'tel') yieldTypeVote(fs, T.tel, namesKeypadNumber);
  retally(fs);
  return fs;
}

const SECRET_TYPES = new Set<number>([T['current-password'], T['new-password']]);
/** Below this a caption is a stray word, not the field's name. */
const NAMED_BY_CAPTION = 2;

/**
 * When the field's own words name a type its control is also used for, the bare control-type vote
 * (`type=password`, `type=tel`) steps back to just below that name, so the name decides.
 */
function yieldTypeVote(fs: FieldScore, typeVote: number, names: (v: Vote) => boolean): void {
  let named = 0;
  for (const v of fs.votes) if (names(v) && v.weight > named) named = v.weight;
  if (named < NAMED_BY_CAPTION) return;
  for (const v of fs.votes) if (v.group === Rule.control && v.type === typeVote) v.weight = Math.min(v.weight, named * 0.8);
  fs.stale = true;
}

/**
 * A password box is a password unless its caption names another secret the page masks: an SSN,
 * a national ID number, a card's security code, a one-time code (the masked "Social Security
 * Number" of a tax form).
 */
const namesMaskedNumber = (v: Vote): boolean => !SECRET_TYPES.has(v.type) && MULTIPLIERS.password[v.type]! >= 0.8 && CAPTION_SOURCES.has(v.source);

const NAMING_SOURCES = new Set([...CAPTION_SOURCES, 'name', 'id', 'binding']);
const KEYPAD_TYPES = new Set<number>(KEYPAD_NUMBERS.map((t) => T[t]));
/**
 * `type=tel` asks a phone for its number pad as often as for a phone number: one-time-code digit
 * boxes, card numbers, postcodes. A caption or name saying which number it is decides.
 */
const namesKeypadNumber = (v: Vote): boolean => KEYPAD_TYPES.has(v.type) && NAMING_SOURCES.has(v.source);

/** True when `text` is non-empty and none of the texts read before it (in scoreField's order) equals it. */
function fresh(f: FieldFeatures, text: string, order: number): boolean {
  if (!text) return false;
  if (f.labels.includes(text)) return false;
  if (order > 1 && f.ariaLabel === text) return false;
  if (order > 2 && f.ariaLabelledBy === text) return false;
  if (order > 3 && f.placeholder === text) return false;
  if (order > 4 && f.title === text) return false;
  if (order > 5 && f.nearbyText === text) return false;
  if (order > 7 && f.ariaDescribedBy === text) return false;
  if (order > 8 && f.legend === text) return false;
  return true;
}

export function retally(fs: FieldScore): void {
  tally(fs, MULTIPLIERS[fs.kind]);
}

function bestLabel(f: FieldFeatures): string {
  const text = f.labels[0] || f.ariaLabel || f.ariaLabelledBy || f.placeholder || f.title || f.nearbyText || f.legend || f.name || f.id;
  return clip(text ?? '', 80);
}

function evidenceText(v: Vote): string {
  switch (v.kind) {
    case Ev.Quoted:
      return `${v.source} "${clip(v.detail)}"`;
    case Ev.Contains:
      return `${v.source} contains "${v.detail}"`;
    case Ev.Token:
      return `${v.source} token "${v.detail}"`;
    default:
      return v.source;
  }
}

/** The field as reported, from the learned combination's decision (combine.ts). */
export function finalize(fs: FieldScore, decision: Decision): ClassifiedField {
  const f = fs.features;
  if (decision.category === null || decision.type < 0) {
    const weak = fs.bestType >= 0 ? fs.votes.find((v) => v.type === fs.bestType) : undefined;
    return {
      selector: f.selector,
      category: 'other',
      fieldType: 'unknown',
      confidence: 0,
      requirements: [],
      evidence: weak ? [`weak signal only (${evidenceText(weak)})`] : ['no signal'],
      label: bestLabel(f),
      required: f.required,
    };
  }
  const type = TYPE_IDS[decision.type]!;
  const category = categoryOf(type);
  const votes = fs.votes.filter((v) => v.type === decision.type && v.weight > 0).sort((a, z) => z.weight - a.weight);
  const evidence: string[] = [];
  for (const v of votes) {
    const e = evidenceText(v);
    if (!evidence.includes(e)) evidence.push(e);
    if (evidence.length === 5) break;
  }
  return {
    selector: f.selector,
    category,
    fieldType: type,
    confidence: Math.round(decision.probability * 1000) / 1000,
    requirements: requirementsForCategory(category),
    evidence,
    label: bestLabel(f),
    required: f.required,
  };
}
