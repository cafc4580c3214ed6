// Keyword matcher compiled from the lexicons as texts reach them (by first character, then branch by branch): two character tries over normalised text, one
// walked only where a word starts (whole-word and prefix keywords), one walked at every position
// (suffix/substring keywords and unspaced scripts). Overlapping hits resolve to the longest, so
// "first name" beats "name" and "card holder name" beats "card". Results are memoised per text,
// since the same labels, headings and attribute names recur across a page's fields.
import type { Keyword, Lexicon } from './lexicons/types.ts';
import { isUnspacedScript, normalizeText } from './normalize.ts';
import { NOISE, type Term, TYPE_COUNT, termCode } from './terms.ts';

/** Overlap groups: field-type words, cue words, and noise (which masks both). */
const groupOf = (code: number): number => (code === NOISE ? 2 : code >= TYPE_COUNT ? 1 : 0);

export interface Hit {
  /** Term code (see terms.ts termCode). */
  readonly code: number;
  readonly weight: number;
  /** The keyword as written in the lexicon, for evidence. */
  readonly keyword: string;
  /** Bit set of the lexicons (languages) the keyword comes from; see `languageBit`. */
  readonly langs: number;
  readonly start: number;
  readonly end: number;
}

interface Entry {
  readonly code: number;
  readonly weight: number;
  readonly keyword: string;
  readonly endBoundary: boolean;
  langs: number;
}

const LANGUAGE_BITS = new Map<string, number>();
/** A bit per lexicon language, for telling a page's own language from a false friend elsewhere. */
export function languageBit(lang: string): number {
  let bit = LANGUAGE_BITS.get(lang);
  if (bit === undefined) {
    // 32 bits (the last is the sign bit: `&` and `|` read it like the others).
    if (LANGUAGE_BITS.size >= 32) return 0;
    bit = 1 << LANGUAGE_BITS.size;
    LANGUAGE_BITS.set(lang, bit);
  }
  return bit;
}

interface TrieNode {
  next: Map<number, TrieNode> | null;
  entries: Entry[] | null;
  /**
   * Keywords below this node not yet sorted into its children. Nodes are expanded on their first
   * visit, so a run that reads a few labels builds a few branches instead of ~100,000 nodes (which
   * cost the command line most of its start-up); the entries reach their nodes in insertion order,
   * so the tries end up as if built eagerly.
   */
  pending: Entry[] | null;
  depth: number;
}

const newNode = (depth: number): TrieNode => ({ next: null, entries: null, pending: null, depth });
const SPACE = 32;
// Large enough for a batch of pages' distinct labels and names (a CLI run over a corpus).
const CACHE_LIMIT = 100_000;
const NO_HITS: readonly Hit[] = Object.freeze([]);

function settle(node: TrieNode, entry: Entry): void {
  if (!node.entries) node.entries = [];
  // The same keyword listed twice for one term (two languages share it) counts once, at its strongest.
  const same = node.entries.findIndex((e) => e.code === entry.code && e.endBoundary === entry.endBoundary);
  if (same < 0) node.entries.push(entry);
  else {
    const old = node.entries[same]!;
    entry.langs |= old.langs;
    if (old.weight < entry.weight) node.entries[same] = entry;
    else old.langs = entry.langs;
  }
}

/** The node's child for a character, made if missing. */
function child(node: TrieNode, c: number): TrieNode {
  if (!node.next) node.next = new Map();
  let out = node.next.get(c);
  if (!out) {
    out = newNode(node.depth + 1);
    node.next.set(c, out);
  }
  return out;
}

function hold(node: TrieNode, entry: Entry): void {
  if (node.pending) node.pending.push(entry);
  else node.pending = [entry];
}

/** Sorts a node's pending keywords into its own entries and its children. */
function expand(node: TrieNode): void {
  const pending = node.pending!;
  node.pending = null;
  for (const entry of pending) {
    const key = entry.keyword;
    if (key.length === node.depth) {
      settle(node, entry);
      continue;
    }
    hold(child(node, key.charCodeAt(node.depth)), entry);
  }
}

interface PreparedKeyword {
  readonly code: number;
  readonly weight: number;
  readonly key: string;
  readonly endBoundary: boolean;
  /** Matched at any position (suffix/substring keywords, unspaced scripts), not only where a word starts. */
  readonly anywhere: boolean;
}

/** A lexicon's keywords that will start with one character once normalised; normalised on first need. */
interface KeywordGroup {
  readonly raw: [code: number, keyword: Keyword][];
  prepared: readonly PreparedKeyword[] | null;
}

const STAR = 42;
/** Marks that may compose with the character before them, so that character alone does not say how the keyword starts. */
const JOINING = /^[\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u064b-\u065f\u0670\u093c\u1160-\u11ff\u3099\u309a]/;
/** The first character of each lexicon character once normalised ("É" → "e"), or -1 when it folds away. */
const FIRST_OF_CHAR = new Map<string, number>();

/** A keyword without its prefix/suffix stars ("*nummer" → "nummer"). */
const keywordBody = (raw: string): string => (raw.charCodeAt(0) === STAR || raw.charCodeAt(raw.length - 1) === STAR ? raw.replace(/^\*|\*$/g, '') : raw);

/** The first UTF-16 unit `normalizeText` gives the keyword, mostly from its first character alone (normalising every keyword costs the command line's start-up ~10 ms). */
function firstUnit(raw: string): number {
  const body = keywordBody(raw);
  const c = body.charCodeAt(0);
  // a–z and digits stay as they are; A–Z only lose their case.
  if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return c;
  if (c >= 65 && c <= 90) return c + 32;
  const width = c >= 0xd800 && c <= 0xdbff ? 2 : 1;
  let first = -1;
  if (c >= 128 && !JOINING.test(body.slice(width, width + 1))) {
    const ch = body.slice(0, width);
    const cached = FIRST_OF_CHAR.get(ch);
    if (cached === undefined) {
      const folded = normalizeText(ch);
      first = folded ? folded.charCodeAt(0) : -1;
      FIRST_OF_CHAR.set(ch, first);
    } else first = cached;
  }
  // Punctuation first, a character that folds away or joins the next one: the whole keyword says.
  return first >= 0 ? first : normalizeText(body).charCodeAt(0);
}

/** Most keywords are written folded already ("first name"): `normalizeText` would return them unchanged. */
const FOLDED = /^[a-z0-9]+(?: [a-z0-9]+)*$/;

function prepareKeyword(code: number, kw: Keyword): PreparedKeyword | null {
  const [raw, weight] = typeof kw === 'string' ? [kw, 1] : kw;
  const leading = raw.charCodeAt(0) === STAR;
  const trailing = raw.length > 1 && raw.charCodeAt(raw.length - 1) === STAR;
  const body = keywordBody(raw);
  const key = FOLDED.test(body) ? body : normalizeText(body);
  if (!key) return null;
  const unspaced = isUnspacedScript(key);
  return { code, weight, key, endBoundary: !trailing && !unspaced, anywhere: leading || unspaced };
}

// A lexicon's keywords grouped by how they start, shared by every matcher that reads it (the text and
// attribute matchers share the language lexicons). A matcher files a group into its tries when a text
// first has a word starting with that character, so a page in one script never pays for the others.
const GROUPS = new WeakMap<Lexicon, ReadonlyMap<number, KeywordGroup>>();
function groupsOf(lex: Lexicon): ReadonlyMap<number, KeywordGroup> {
  let groups = GROUPS.get(lex);
  if (groups) return groups;
  const out = new Map<number, KeywordGroup>();
  for (const [term, keywords] of Object.entries(lex.terms) as [Term, readonly Keyword[]][]) {
    const code = termCode(term);
    for (const kw of keywords) {
      const first = firstUnit(typeof kw === 'string' ? kw : kw[0]);
      if (Number.isNaN(first)) continue;
      const group = out.get(first);
      if (group) group.raw.push([code, kw]);
      else out.set(first, { raw: [[code, kw]], prepared: null });
    }
  }
  groups = out;
  GROUPS.set(lex, groups);
  return groups;
}

function preparedOf(group: KeywordGroup): readonly PreparedKeyword[] {
  if (!group.prepared) group.prepared = group.raw.map(([code, kw]) => prepareKeyword(code, kw)).filter((k) => k !== null);
  return group.prepared;
}

/** The first UTF-16 unit of every keyword of a lexicon, normalised in full: for the test that `firstUnit` files each where it belongs. */
export function keywordStarts(lex: Lexicon): { keyword: string; filed: number; actual: number }[] {
  const out: { keyword: string; filed: number; actual: number }[] = [];
  for (const keywords of Object.values(lex.terms) as (readonly Keyword[])[]) {
    for (const kw of keywords) {
      const raw = typeof kw === 'string' ? kw : kw[0];
      out.push({ keyword: raw, filed: firstUnit(raw), actual: normalizeText(keywordBody(raw)).charCodeAt(0) });
    }
  }
  return out;
}

export class Matcher {
  private readonly wordRoot = newNode(0);
  private readonly anyRoot = newNode(0);
  private readonly cache = new Map<string, readonly Hit[]>();
  /** The lexicons with their language bits; their keyword groups are filed into the tries as texts reach them. */
  private readonly lexicons: readonly (readonly [Lexicon, number])[];
  /** 1 for each first character (UTF-16 unit) whose keyword groups are in the tries: read for every character scanned. */
  private readonly filed = new Uint8Array(65536);

  constructor(
    lexicons: readonly Lexicon[],
    private readonly prepare: (raw: string) => string = normalizeText,
  ) {
    // Language bits are handed out here, in lexicon order, as before; the keywords are read later.
    this.lexicons = lexicons.map((lex) => [lex, languageBit(lex.lang)] as const);
  }

  /** Files every lexicon's keywords that start with `first` under the roots' child for it, in lexicon order. */
  private file(first: number): void {
    this.filed[first] = 1;
    for (const [lex, bit] of this.lexicons) {
      const group = groupsOf(lex).get(first);
      if (!group) continue;
      for (const k of preparedOf(group)) {
        hold(child(k.anywhere ? this.anyRoot : this.wordRoot, first), { code: k.code, weight: k.weight, keyword: k.key, endBoundary: k.endBoundary, langs: bit });
      }
    }
  }

  /** Hits in a raw text (normalised with this matcher's `prepare`), longest first, no overlaps. */
  match(raw: string): readonly Hit[] {
    if (!raw) return NO_HITS;
    const cached = this.cache.get(raw);
    if (cached) return cached;
    const hits = this.scan(this.prepare(raw));
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(raw, hits);
    return hits;
  }

  private scan(s: string): readonly Hit[] {
    const n = s.length;
    if (n === 0) return NO_HITS;
    let found: Hit[] | null = null;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c === SPACE) continue;
      if (this.filed[c] === 0) this.file(c);
      if (i === 0 || s.charCodeAt(i - 1) === SPACE) found = walk(this.wordRoot, s, i, found);
      found = walk(this.anyRoot, s, i, found);
    }
    if (!found) return NO_HITS;
    return resolveOverlaps(found);
  }
}

function walk(root: TrieNode, s: string, start: number, found: Hit[] | null): Hit[] | null {
  let node: TrieNode | undefined = root;
  const n = s.length;
  for (let j = start; j < n; j++) {
    node = node.next?.get(s.charCodeAt(j));
    if (!node) break;
    if (node.pending) expand(node);
    if (node.entries) {
      const atEnd = j + 1 === n || s.charCodeAt(j + 1) === SPACE;
      for (const e of node.entries) {
        if (e.endBoundary && !atEnd) continue;
        if (!found) found = [];
        found.push({ code: e.code, weight: e.weight, keyword: e.keyword, langs: e.langs, start, end: j + 1 });
      }
    }
  }
  return found;
}

/**
 * Keep the longest hits; a shorter hit inside or across a kept one is dropped, an identical span
 * kept. Field-type words and cue words compete only among themselves: "card number" names the
 * field and still says "card", "confirm password" still says "confirm". Noise masks both.
 */
function resolveOverlaps(hits: Hit[]): readonly Hit[] {
  if (hits.length === 1) return hits;
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Hit[] = [];
  for (const h of hits) {
    const group = groupOf(h.code);
    let ok = true;
    for (const k of kept) {
      const other = groupOf(k.code);
      if (other !== group && other !== 2 && group !== 2) continue;
      if (h.start < k.end && k.start < h.end && !(h.start === k.start && h.end === k.end)) {
        ok = false;
        break;
      }
    }
    if (ok) kept.push(h);
  }
  return kept;
}
