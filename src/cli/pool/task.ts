// The work one page costs: parse the saved HTML like a browser, extract field features with the
// shared DOM extractor, classify them with the shared engine, and note vendor frames and scripts.
// The same function runs inline (--jobs 1) and inside each worker thread.
import { providerForUrl, vendorForOrigin } from '../../core/catalog/index.ts';
import { classifyPage } from '../../core/classify/index.ts';
import { mergeVendorHits, vendorHitsFromOrigins } from '../../core/flow/vendors.ts';
import type { PageAnalysis } from '../../core/report.ts';
import { extractPage } from '../../dom/extract.ts';
import { parseHtml } from '../parse-html.ts';
import { taskYear } from './year.ts';

export interface PageTask {
  url: string;
  html: string;
  /** When the page was captured (ms since epoch), when known: its year is the one the page is read in. */
  capturedAt?: number;
}

export interface PageResult {
  analysis: PageAnalysis;
  /** The page's h1/h2 texts, which name the step of a signup wizard (flow aggregation uses them). */
  headings: string[];
}

export function analyzeHtml(task: PageTask): PageResult {
  const doc = parseHtml(task.html, { lean: true });
  const features = extractPage(doc, task.url);
  const providerId = providerForUrl(task.url);
  const classified = classifyPage(features, { providerId, year: taskYear(task.capturedAt) });
  const vendors = mergeVendorHits(classified.vendors, vendorHitsFromOrigins(features, vendorForOrigin));
  return { analysis: { ...classified, vendors }, headings: [...features.headings] };
}
