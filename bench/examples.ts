// The development corpus read once per run, for the cross-validation bench and the trainer: every
// page parsed, stripped and extracted (the slow part), its labels tied to the extracted fields, the
// form each ddg file is about and that form's kind. Classifying these features again with other
// weights costs little, so each fold refits and rescoring without re-reading any page.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { pageUrl } from '../src/cli/page-url.ts';
import { parseHtml } from '../src/cli/parse-html.ts';
import type { PageFeatures } from '../src/core/features.ts';
import type { FormKind } from '../src/core/report.ts';
import type { Category } from '../src/core/taxonomy/categories.ts';
import { extractPage } from '../src/dom/extract.ts';
import { resolveSelector } from '../src/dom/selector.ts';
import { CORPUS_SETS, type CorpusSet, corpusSite, ddgFormKind, listCorpusFiles, loadCorpusPage } from './corpus.ts';

export interface FieldLabel {
  /** Where the labeled field is in the extracted features, or null when the extractor missed it. */
  form: number | null;
  field: number;
  /** Accepted categories; null = not scored (ddg `unknown`). */
  categories: Category[] | null;
  /**
   * For ddg `unknown` only: the categories the field is not (those the ddg labelers would have
   * labeled). Not scored, but the trainer learns from it where the no-signal threshold lies: the
   * corpus has almost no other negatives.
   */
  notOf: Category[] | null;
  raw: string;
}

export interface PageExample {
  set: CorpusSet;
  file: string;
  site: string;
  features: PageFeatures;
  labels: FieldLabel[];
  /** ddg only: the forms the file is about (marked submit, else labeled fields, else every form) and their kind. */
  described: { forms: number[]; kind: FormKind } | null;
}

/** The categories ddg-test-forms labels (corpus README): a field it calls `unknown` is none of them. */
const DDG_LABELED: Category[] = ['name', 'email', 'phone', 'address', 'payment', 'date-of-birth', 'credentials'];

function formOwner(el: Element): Element | null {
  const id = el.getAttribute('form');
  if (id) return el.ownerDocument.getElementById(id);
  return el.closest('form');
}

export function loadExample(set: CorpusSet, file: string): PageExample {
  const page = loadCorpusPage(set, file);
  const doc = parseHtml(page.html);
  const url = pageUrl(page.html);
  // The page's own address as the CLI reads it from the file (never the file name: ddg names are labels).
  const features = extractPage(doc, url ?? '');
  const where = new Map<Element, { form: number; field: number }>();
  features.forms.forEach((form, fi) => {
    form.fields.forEach((f, j) => {
      const el = resolveSelector(doc, f.selector)[0];
      if (el) where.set(el, { form: fi, field: j });
    });
  });
  const labels: FieldLabel[] = page.labels.map((l) => {
    const el = resolveSelector(doc, l.selector)[0];
    const at = el ? where.get(el) : undefined;
    const notOf = set === 'ddg-test-forms' && !l.categories && /^unknown\b/.test(l.raw) ? DDG_LABELED : null;
    return { form: at?.form ?? null, field: at?.field ?? -1, categories: l.categories, notOf, raw: l.raw };
  });
  let described: PageExample['described'] = null;
  if (set === 'ddg-test-forms') {
    const submitted = new Set<number>();
    for (const selector of page.submits) {
      const button = resolveSelector(doc, selector)[0];
      if (!button) continue;
      const owner = formOwner(button);
      const i = features.forms.findIndex((f) => (f.selector === null ? owner === null : owner !== null && resolveSelector(doc, f.selector)[0] === owner));
      if (i >= 0) submitted.add(i);
    }
    const labeled = new Set(labels.flatMap((l) => (l.form === null ? [] : [l.form])));
    const chosen = submitted.size ? submitted : labeled;
    const forms = chosen.size ? [...chosen].sort((a, b) => a - b) : features.forms.map((_, i) => i);
    described = { forms, kind: ddgFormKind(file) };
  }
  return { set, file, site: `${set}:${corpusSite(set, file, url)}`, features, labels, described };
}

/**
 * Every corpus page (both sets unless `only`), and a hash of the files read (names and bytes).
 * `$KYC_EXAMPLE_CACHE` (a file path) keeps the extracted pages between runs while working on the
 * classifier alone; it is keyed by the corpus hash only, so leave it unset after changing extraction.
 */
export function loadExamples(only?: CorpusSet): { examples: PageExample[]; corpusHash: string; failures: string[] } {
  const examples: PageExample[] = [];
  const failures: string[] = [];
  const hash = createHash('sha256');
  const files = CORPUS_SETS.filter((set) => !only || set === only).flatMap((set) => listCorpusFiles(set).map((file) => ({ set, file })));
  for (const { set, file } of files) {
    hash.update(`${set}/${basename(file)}\n`);
    hash.update(readFileSync(file));
  }
  const corpusHash = hash.digest('hex').slice(0, 16);
  const cachePath = process.env.KYC_EXAMPLE_CACHE;
  if (cachePath && existsSync(cachePath)) {
    const cached = JSON.parse(readFileSync(cachePath, 'utf8')) as { corpusHash: string; examples: PageExample[]; failures: string[] };
    if (cached.corpusHash === corpusHash) return cached;
  }
  for (const { set, file } of files) {
    try {
      examples.push(loadExample(set, file));
    } catch (e) {
      failures.push(`${basename(file)}: ${(e as Error).message}`);
    }
  }
  if (cachePath) writeFileSync(cachePath, JSON.stringify({ corpusHash, examples, failures }));
  return { examples, corpusHash, failures };
}

/** FNV-1a of a string. */
function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * Fold of each page, grouped by site and stratified: no site is in two folds, and each fold gets
 * about a k-th of the pages, of every category's labels and of every labeled form kind. Sites go
 * one by one, those holding the largest share of something first (a fixed hash order breaks ties),
 * to the fold where the squared distance of every share from 1/k grows least. Balancing by pages alone left a
 * fold with one government-id label among 23, whose F1 is then 0 or 1.
 */
export function assignFolds(examples: readonly PageExample[], k: number): number[] {
  const kindOf = (e: PageExample) => (e.described ? [`kind:${e.described.kind}`] : []);
  const dims = ['pages', ...new Set(examples.flatMap((e) => [...kindOf(e), ...e.labels.flatMap((l) => l.categories ?? [])]))].sort();
  const bySite = new Map<string, { pages: number[]; load: number[] }>();
  examples.forEach((e, i) => {
    const site = bySite.get(e.site) ?? { pages: [], load: dims.map(() => 0) };
    bySite.set(e.site, site);
    site.pages.push(i);
    site.load[dims.indexOf('pages')]! += 1;
    for (const kind of kindOf(e)) site.load[dims.indexOf(kind)]! += 1;
    for (const l of e.labels) for (const c of new Set(l.categories ?? [])) site.load[dims.indexOf(c)]! += 1;
  });
  const total = dims.map((_, d) => [...bySite.values()].reduce((a, s) => a + s.load[d]!, 0) || 1);
  const share = (site: { load: number[] }) => Math.max(...site.load.map((x, d) => x / total[d]!));
  const sites = [...bySite.keys()].sort((a, b) => share(bySite.get(b)!) - share(bySite.get(a)!) || fnv(a) - fnv(b) || (a < b ? -1 : 1));
  const load = Array.from({ length: k }, () => dims.map(() => 0));
  const fold = new Array<number>(examples.length).fill(0);
  for (const name of sites) {
    const site = bySite.get(name)!;
    let best = 0;
    let bestCost = Number.POSITIVE_INFINITY;
    for (let f = 0; f < k; f++) {
      let cost = 0;
      for (let d = 0; d < dims.length; d++) {
        const before = load[f]![d]! / total[d]! - 1 / k;
        const after = (load[f]![d]! + site.load[d]!) / total[d]! - 1 / k;
        cost += after * after - before * before;
      }
      if (cost < bestCost) [best, bestCost] = [f, cost];
    }
    for (const i of site.pages) fold[i] = best;
    for (let d = 0; d < dims.length; d++) load[best]![d]! += site.load[d]!;
  }
  return fold;
}
