// Keyword matcher compiled once from the lexicons: two character tries over normalised text, one
// walked only where a word starts (whole-word and prefix keywords), one walked at every position
// (suffix/substring keywords and unspaced scripts). Overlapping hits resolve to the longest, so
// "first name" beats "name" and "card holder name" beats "card". Results are memoised per text,
// since the same labels, headings and attribute names recur across a page's fields.
import type { Keyword, Lexicon } from './lexicons/types.ts';
import { isUnspacedScript, normalizeText } from './normalize.ts';
import { C, type Term, TYPE_COUNT, termCode } from './terms.ts';

/** Overlap groups: field-type words, cue words, and noise (which masks both). */
const NOISE = TYPE_COUNT + C['cue:noise'];
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
    if (LANGUAGE_BITS.size >= 30) return 0;
    bit = 1 << LANGUAGE_BITS.size;
    LANGUAGE_BITS.set(lang, bit);
  }
  return bit;
}

interface TrieNode {
  next: Map<number, TrieNode> | null;
  entries: Entry[] | null;
}

const newNode = (): TrieNode => ({ next: null, entries: null });
const SPACE = 32;
// Large enough for a batch of pages' distinct labels and names (a CLI run over a corpus).
const CACHE_LIMIT = 100_000;
const NO_HITS: readonly Hit[] = Object.freeze([]);

function insert(root: TrieNode, key: string, entry: Entry): void {
  let node = root;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (!node.next) node.next = new Map();
    let child = node.next.get(c);
    if (!child) {
      child = newNode();
      node.next.set(c, child);
    }
    node = child;
  }
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

export class Matcher {
  private readonly wordRoot = newNode();
  private readonly anyRoot = newNode();
  private readonly cache = new Map<string, readonly Hit[]>();

  constructor(
    lexicons: readonly Lexicon[],
    private readonly prepare: (raw: string) => string = normalizeText,
  ) {
    for (const lex of lexicons) {
      const bit = languageBit(lex.lang);
      for (const [term, keywords] of Object.entries(lex.terms) as [Term, readonly Keyword[]][]) {
        const code = termCode(term);
        for (const kw of keywords) this.add(code, kw, bit);
      }
    }
  }

  private add(code: number, kw: Keyword, langs: number): void {
    const [raw, weight] = typeof kw === 'string' ? [kw, 1] : kw;
    const leading = raw.startsWith('*');
    const trailing = raw.length > 1 && raw.endsWith('*');
    const key = normalizeText(raw.replace(/^\*|\*$/g, ''));
    if (!key) return;
    const unspaced = isUnspacedScript(key);
    const entry: Entry = { code, weight, keyword: key, endBoundary: !trailing && !unspaced, langs };
    insert(leading || unspaced ? this.anyRoot : this.wordRoot, key, entry);
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
      if (s.charCodeAt(i) === SPACE) continue;
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
