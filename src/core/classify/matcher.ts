// Keyword matcher compiled from the lexicons (on first use, branch by branch): two character tries over normalised text, one
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
    if (LANGUAGE_BITS.size >= 30) return 0;
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
    const c = key.charCodeAt(node.depth);
    if (!node.next) node.next = new Map();
    let child = node.next.get(c);
    if (!child) {
      child = newNode(node.depth + 1);
      node.next.set(c, child);
    }
    hold(child, entry);
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

// A lexicon's keywords normalised once, for every matcher that reads it (the text and attribute
// matchers share the language lexicons).
const PREPARED = new WeakMap<Lexicon, readonly PreparedKeyword[]>();
function keywordsOf(lex: Lexicon): readonly PreparedKeyword[] {
  let out = PREPARED.get(lex);
  if (out) return out;
  const list: PreparedKeyword[] = [];
  for (const [term, keywords] of Object.entries(lex.terms) as [Term, readonly Keyword[]][]) {
    const code = termCode(term);
    for (const kw of keywords) {
      const [raw, weight] = typeof kw === 'string' ? [kw, 1] : kw;
      const leading = raw.startsWith('*');
      const trailing = raw.length > 1 && raw.endsWith('*');
      const key = normalizeText(raw.replace(/^\*|\*$/g, ''));
      if (!key) continue;
      const unspaced = isUnspacedScript(key);
      list.push({ code, weight, key, endBoundary: !trailing && !unspaced, anywhere: leading || unspaced });
    }
  }
  out = list;
  PREPARED.set(lex, out);
  return out;
}

export class Matcher {
  private readonly wordRoot = newNode(0);
  private readonly anyRoot = newNode(0);
  private readonly cache = new Map<string, readonly Hit[]>();
  /** The lexicons with their language bits, until the first match reads them into the tries. */
  private lexicons: (readonly [Lexicon, number])[] | null;

  constructor(
    lexicons: readonly Lexicon[],
    private readonly prepare: (raw: string) => string = normalizeText,
  ) {
    // Language bits are handed out here, in lexicon order, as before; the keywords are read later.
    this.lexicons = lexicons.map((lex) => [lex, languageBit(lex.lang)] as const);
  }

  private load(): void {
    for (const [lex, bit] of this.lexicons!) {
      for (const k of keywordsOf(lex)) {
        hold(k.anywhere ? this.anyRoot : this.wordRoot, { code: k.code, weight: k.weight, keyword: k.key, endBoundary: k.endBoundary, langs: bit });
      }
    }
    this.lexicons = null;
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
    if (this.lexicons) this.load();
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
  if (node.pending) expand(node);
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
