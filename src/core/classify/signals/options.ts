// Option lists say a lot: 200 entries of country names, 1–31, twelve months, a run of past years
// (a birth year) or of coming years (a card's expiry), "+49"-style calling codes, US states.
import { Rule } from '../rule-groups.ts';
import { ACCOUNT_KINDS, CARD_BRANDS, DEPARTMENT_NAMES, CLOUD_REGION_CODES, CLOUD_REGION_NAMES, LEADING_ARTICLES, COUNTRY_CODES, COUNTRY_NAMES, CURRENCY_CODES, DOCUMENT_TYPES, HONORIFICS, LANGUAGE_NAMES, MONTH_NAMES, REGION_NAMES, SEXES } from '../lexicons/options.ts';
import { isUnspacedScript, normalizeText } from '../normalize.ts';
import { type FieldScore, raiseCue, reinterpret, vote } from '../scoreboard.ts';
import { C, T } from '../terms.ts';
import { W } from '../weights.ts';
import { scoreText } from './text.ts';

const setOf = (list: string): ReadonlySet<string> => new Set(list.split('|').map(normalizeText).filter(Boolean));

const MONTHS = setOf(MONTH_NAMES);
const COUNTRIES = setOf(COUNTRY_NAMES);
const COUNTRY_ISO = setOf(COUNTRY_CODES);
const REGIONS = setOf(REGION_NAMES);
const SALUTATIONS = setOf(HONORIFICS);
const GENDERS = setOf(SEXES);
const BRANDS = setOf(CARD_BRANDS);
const LANGUAGES = setOf(LANGUAGE_NAMES);
const CURRENCIES = setOf(CURRENCY_CODES);
const DOCUMENTS = setOf(DOCUMENT_TYPES);
/** Document names long enough to end an option that says whose it is ("Australian passport", "UK driving licence"); "pass" and "DNI" are too short to tell. */
const LONG_DOCUMENTS = new Set([...DOCUMENTS].filter((d) => d.length >= 6));

/** An identity document's name, alone or after words saying whose or which country's it is. */
function namesDocument(folded: string): boolean {
  if (DOCUMENTS.has(folded)) return true;
  for (let i = folded.indexOf(' '); i > 0; i = folded.indexOf(' ', i + 1)) if (LONG_DOCUMENTS.has(folded.slice(i + 1))) return true;
  return false;
}

/** A choice that asks something: it ends with a question mark (Latin, Arabic, Greek, full-width). */
const QUESTION = /[?？؟;]\s*$/u;
const CALLING_CODE = /(^|[\s(])\+\s?\d{1,4}(\)|\s|$|-)/;
const CALLING_CODE_END = /\+\s?\d{1,4}\s*\)?\s*$/;
/** The same code dialled with the international prefix after the country's name: "中国大陆 0086", "Deutschland (0049)". */
const CALLING_CODE_INTL = /\D\s*\(?00[1-9]\d{0,3}\)?\s*$/;
const NUMBER = /^\d{1,4}$/;
const HAS_DIGIT = /\d/;
const LOWER_WORD = /^[a-z]+$/;
/** Leading "1 - " or "01 – " in "01 - January", trailing "(DE)" etc. */
const LEADING_NUMBER = /^\d{1,2}\s*[-–.:]?\s*/;

/** The year option lists are read against when the caller names none: the current one, read at the call. */
export const thisYear = (): number => new Date().getFullYear();

/** Where a person lives, as a caption may name it; a list of data centres says the words mean a data centre's place. */
const PLACES = new Set<number>([T.country, T['address-level1'], T['address-level2'], T['address-level3']]);

const ACCOUNT_KIND_WORDS = setOf(ACCOUNT_KINDS);
const ARTICLES = setOf(LEADING_ARTICLES);
/** The text without a leading article: "an individual" → "individual". */
function withoutArticle(folded: string): string {
  const space = folded.indexOf(' ');
  return space > 0 && ARTICLES.has(folded.slice(0, space)) ? folded.slice(space + 1) : folded;
}
/** How many of the choices are salutations and not also a sex ("M.", "Mme", "Herr", "Frau"; "Divers" is both). */
export function salutationChoices(texts: readonly string[]): number {
  let n = 0;
  for (const t of texts) {
    const folded = normalizeText(t);
    if (SALUTATIONS.has(folded) && !GENDERS.has(folded)) n++;
  }
  return n;
}

const DEPARTMENTS = setOf(DEPARTMENT_NAMES);
/** How many of the choices name a company's department ("Sales", "Finanzen", "Comptabilité"). */
export function departmentChoices(texts: readonly string[]): number {
  let n = 0;
  for (const t of texts) if (DEPARTMENTS.has(fold(t))) n++;
  return n;
}

/** How many of the choices name an identity document ("Passport", "주민등록증", "UK driving licence"). */
export function documentChoices(texts: readonly string[]): number {
  let n = 0;
  for (const t of texts) if (namesDocument(fold(t))) n++;
  return n;
}

/** How many of the choices start like an account type ("Personal project", "Company", "an individual", "个人账号"). */
export function accountKindChoices(texts: readonly string[]): number {
  let n = 0;
  for (const t of texts) {
    const folded = withoutArticle(fold(t));
    if (!folded) continue;
    // The first one to three words, or the first two to four characters of an unspaced script.
    let hit = false;
    if (isUnspacedScript(folded)) {
      for (let len = 2; len <= 4 && !hit; len++) hit = ACCOUNT_KIND_WORDS.has(folded.slice(0, len));
    } else {
      let end = -1;
      for (let words = 0; words < 3 && !hit; words++) {
        end = folded.indexOf(' ', end + 1);
        hit = ACCOUNT_KIND_WORDS.has(end < 0 ? folded : folded.slice(0, end));
        if (end < 0) break;
      }
    }
    if (hit) n++;
  }
  return n;
}

// Option lists repeat across fields and pages (every country list is the same 250 names).
const folded = new Map<string, string>();
function fold(text: string): string {
  let n = folded.get(text);
  if (n === undefined) {
    n = normalizeText(text);
    if (folded.size > 100_000) folded.clear();
    folded.set(text, n);
  }
  return n;
}

interface Counts {
  total: number;
  months: number;
  countries: number;
  isoCodes: number;
  regions: number;
  salutations: number;
  genders: number;
  brands: number;
  languages: number;
  currencies: number;
  documents: number;
  callingCodes: number;
  cloudRegions: number;
  /** Choices that are questions ("Your first pet's name?", "기억에 남는 추억의 장소는?"). */
  questions: number;
  numbers: number[];
}

function count(options: readonly string[]): Counts {
  const c: Counts = {
    total: 0,
    months: 0,
    countries: 0,
    isoCodes: 0,
    regions: 0,
    salutations: 0,
    genders: 0,
    brands: 0,
    languages: 0,
    currencies: 0,
    documents: 0,
    callingCodes: 0,
    cloudRegions: 0,
    questions: 0,
    numbers: [],
  };
  for (const raw of options) {
    const text = raw.trim();
    if (!text) continue;
    c.total++;
    if (QUESTION.test(text)) c.questions++;
    if (CALLING_CODE.test(text) || CALLING_CODE_END.test(text) || CALLING_CODE_INTL.test(text)) c.callingCodes++;
    if (NUMBER.test(text)) {
      c.numbers.push(Number(text));
      continue;
    }
    if (isCloudRegion(text)) c.cloudRegions++;
    const n = fold(text);
    if (MONTHS.has(n) || MONTHS.has(n.replace(LEADING_NUMBER, ''))) c.months++;
    if (COUNTRIES.has(n)) c.countries++;
    else if (n.length === 2 && COUNTRY_ISO.has(n)) c.isoCodes++;
    if (REGIONS.has(n)) c.regions++;
    if (SALUTATIONS.has(n)) c.salutations++;
    if (GENDERS.has(n)) c.genders++;
    if (BRANDS.has(n)) c.brands++;
    if (LANGUAGES.has(n)) c.languages++;
    if (n.length === 3 && CURRENCIES.has(n)) c.currencies++;
    if (namesDocument(n)) c.documents++;
  }
  return c;
}

/** A code in brackets at the end of an option, as shown: "Paris (fr-par)", "Falkenstein (fsn1)". */
const SHOWN_CODE = /\(([a-z0-9-]+)\)\s*$/;

/** Whether an option names a data centre: a region code (alone, in the text or in brackets) or a Chinese cloud's region name. */
function isCloudRegion(text: string): boolean {
  if (CLOUD_REGION_NAMES.some((name) => name.test(text))) return true;
  const shown = SHOWN_CODE.exec(text)?.[1];
  if (shown && CLOUD_REGION_CODES.some((code) => code.test(shown))) return true;
  // Every region code has a digit or is one lower-case word ("westeurope"): country lists skip the patterns.
  return (HAS_DIGIT.test(text) || LOWER_WORD.test(text)) && CLOUD_REGION_CODES.some((code) => code.test(text.toLowerCase()));
}

/** Share of the listed options, ignoring one placeholder entry ("Select…", "Month"). */
function share(hits: number, total: number): number {
  if (total <= 1) return hits >= 1 ? 1 : 0;
  return hits / Math.max(1, total - 1);
}

function yearsKind(numbers: readonly number[], year: number): 'birth-year' | 'expiry-year' | 'year' | null {
  const years = numbers.filter((n) => n >= 1900 && n <= 2100);
  if (years.length >= 5) {
    const min = Math.min(...years);
    const max = Math.max(...years);
    if (min >= year - 2 && max <= year + 40) return 'expiry-year';
    if (max <= year && min < year - 15) return 'birth-year';
    return 'year';
  }
  // Two-digit years run up from this year on card forms ("25, 26, … 40").
  const short = numbers.filter((n) => n >= 0 && n <= 99);
  if (short.length >= 6 && short.length === numbers.length) {
    const min = Math.min(...short);
    const max = Math.max(...short);
    const yy = year % 100;
    if (min >= yy - 2 && min <= yy + 1 && max > 12 && max - min <= 30) return 'expiry-year';
  }
  return null;
}

/** `year`: the year the page is from (an archived page's capture date), which tells birth years from card expiry years. */
export function scoreOptions(fs: FieldScore, year: number): void {
  const f = fs.features;
  if (f.options.length === 0) return;
  // The first option is often a caption: "Day", "Monat", "Select your country".
  const first = f.options[0] ?? '';
  if (first && !NUMBER.test(first.trim())) scoreText(fs, 'first option', first, W.firstOption, true);

  const c = count(f.options);
  const all = Math.max(f.optionCount, c.total);
  const nums = c.numbers;
  const smallInts = nums.filter((n) => n >= 1 && n <= 31);

  // "+49", "Germany (+49)": a phone prefix picker, whatever its autocomplete claims.
  if (c.callingCodes >= Math.min(3, Math.max(1, c.total - 1)) && share(c.callingCodes, c.total) >= 0.5) {
    fs.optionKind = 'calling-code';
    vote(fs, Rule.options, T['tel-country-code'], W.options * 1.8, `options: ${c.callingCodes} calling codes`);
    return;
  }
  if (c.months >= 10 || (nums.length >= 12 && smallInts.length === nums.length && Math.max(...nums) === 12 && nums.length <= 13)) {
    fs.optionKind = 'month';
    raiseCue(fs, C['cue:month'], W.options);
    return;
  }
  if (nums.length >= 28 && smallInts.length >= 28 && Math.max(...smallInts) === 31 && all <= 33) {
    fs.optionKind = 'day';
    raiseCue(fs, C['cue:day'], W.options);
    return;
  }
  const years = yearsKind(nums, year);
  if (years) {
    fs.optionKind = years;
    raiseCue(fs, C['cue:year'], W.options);
    const range = `${Math.min(...nums)}–${Math.max(...nums)}`;
    if (years === 'birth-year') vote(fs, Rule.options, T['bday-year'], W.options * 0.8, `options: past years ${range}`);
    else if (years === 'expiry-year') vote(fs, Rule.options, T['cc-exp-year'], W.options * 0.8, `options: coming years ${range}`);
    return;
  }
  if (c.cloudRegions >= 2 && share(c.cloudRegions, c.total) >= 0.5) {
    // "Region", "Location": the words are an address's, the list says whose region it is.
    reinterpret(fs, (v) => PLACES.has(v.type), T['region-choice']);
    vote(fs, Rule.options, T['region-choice'], W.options, `options: ${c.cloudRegions} data-centre regions`);
    return;
  }
  const countries = c.countries + c.isoCodes;
  if ((countries >= Math.min(3, c.total) && share(countries, c.total) >= 0.4) || (all >= 150 && nums.length < 10 && c.regions < 10)) {
    fs.optionKind = 'country';
    vote(fs, Rule.options, T.country, W.options, all >= 150 ? `options: ${all} entries, countries` : `options: ${countries} countries`);
    return;
  }
  if (c.regions >= 3 && share(c.regions, c.total) >= 0.3) {
    vote(fs, Rule.options, T['address-level1'], W.options, `options: ${c.regions} states/provinces`);
    return;
  }
  if (c.salutations >= 2 && share(c.salutations, c.total) >= 0.5) {
    vote(fs, Rule.options, T['honorific-prefix'], 4, 'options: salutations');
    return;
  }
  if (c.genders >= 2 && share(c.genders, c.total) >= 0.5) {
    vote(fs, Rule.options, T.sex, 4, 'options: genders');
    return;
  }
  if (c.brands >= 2 && share(c.brands, c.total) >= 0.5) {
    vote(fs, Rule.options, T['cc-type'], 4, 'options: card brands');
    return;
  }
  const kinds = accountKindChoices(f.options);
  if (kinds >= 2 && share(kinds, c.total) >= 0.5) {
    vote(fs, Rule.options, T['account-type'], 4, `options: ${kinds} account types`);
    return;
  }
  // "Passport / ID card / Driving licence": the page asks which identity document, and its number next (context rule).
  if (c.documents >= 2 && share(c.documents, c.total) >= 0.5) {
    fs.optionKind = 'document-type';
    vote(fs, Rule.options, T['national-id'], W.options, `options: ${c.documents} identity documents`);
    return;
  }
  // A list of questions is the security question a recovery asks (a placeholder "Choose a question" aside).
  if (c.questions >= 2 && share(c.questions, c.total) >= 0.5) {
    vote(fs, Rule.options, T['security-question'], 4, `options: ${c.questions} questions`);
    return;
  }
  if (c.languages >= 3 && share(c.languages, c.total) >= 0.5) {
    vote(fs, Rule.options, T.language, 3, 'options: languages');
    return;
  }
  if (c.currencies >= 3 && share(c.currencies, c.total) >= 0.5) vote(fs, Rule.options, T.currency, 3, 'options: currencies');
}

/**
 * A searchable combobox (a text box that filters a list) shows its current choice next to it: a
 * box with no caption of its own whose only nearby text, or aria-label, is one country's name is a
 * country picker; a state's or province's name, a region picker. The name itself is never kept
 * in the evidence (it is what the person chose).
 */
export function scoreShownChoice(fs: FieldScore): void {
  const f = fs.features;
  if ((fs.kind !== 'text' && fs.kind !== 'search') || f.options.length > 0 || f.labels.length > 0 || f.placeholder) return;
  for (const shown of [f.nearbyText, f.ariaLabel]) {
    if (!shown || shown.length > 40) continue;
    const n = normalizeText(shown);
    if (COUNTRIES.has(n)) {
      vote(fs, Rule.options, T.country, W.options, 'shows a country, as a country picker does');
      return;
    }
    if (REGIONS.has(n)) {
      vote(fs, Rule.options, T['address-level1'], W.options, 'shows a state or province, as a region picker does');
      return;
    }
  }
}
