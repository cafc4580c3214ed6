// One page, start to finish, over a Document: extract features with the shared DOM extractor,
// classify them with the shared engine, and shape the result as the CLI's JSON contract.
import { providerForUrl } from '../core/catalog/index.ts';
import { classifyPage } from '../core/classify/index.ts';
import type { PageAnalysis } from '../core/report.ts';
import { extractPage } from '../dom/extract.ts';
import { parseHtml } from './parse-html.ts';
import { pageUrl } from './page-url.ts';

/** One element of the JSON output (README, "CLI contract"). */
export interface PageEntry {
  source: string;
  url?: string;
  provider?: string;
  forms: FormEntry[];
  /** "built by script: rendered" / "built by script: run with --render" for an app shell (src/cli/render/script-built.ts). */
  note?: string;
}
export interface FormEntry {
  selector: string | null;
  kind: string;
  fields: FieldEntry[];
}
export interface FieldEntry {
  selector: string;
  category: string;
  fieldType: string;
  confidence: number;
  requirements: string[];
  evidence: string[];
}
export interface ErrorEntry {
  source: string;
  url?: string;
  error: string;
}
export type Entry = PageEntry | ErrorEntry;

export const isError = (e: Entry): e is ErrorEntry => 'error' in e;

/** Classifies the fields of a parsed page. `url` is the page's address when known. */
export function analyzeDocument(doc: Document, source: string, url: string | undefined): PageEntry {
  const features = extractPage(doc, url ?? '');
  const providerId = url ? providerForUrl(url) : null;
  return toEntry(source, url, classifyPage(features, { providerId }));
}

/** Parses saved HTML like a browser, finds its URL if the file names one, and analyses it. */
export function analyzeHtml(source: string, html: string, knownUrl?: string): PageEntry {
  const doc = parseHtml(html, { lean: true });
  return analyzeDocument(doc, source, knownUrl ?? pageUrl(html));
}

/** The contract's view of a classified page (labels and `required` stay internal). */
export function toEntry(source: string, url: string | undefined, analysis: PageAnalysis): PageEntry {
  const entry: PageEntry = { source, forms: [] };
  if (url) entry.url = url;
  if (analysis.providerId) entry.provider = analysis.providerId;
  entry.forms = analysis.forms.map((f) => ({
    selector: f.selector,
    kind: f.kind,
    fields: f.fields.map((x) => ({
      selector: x.selector,
      category: x.category,
      fieldType: x.fieldType,
      confidence: x.confidence,
      requirements: x.requirements,
      evidence: x.evidence,
    })),
  }));
  return entry;
}
