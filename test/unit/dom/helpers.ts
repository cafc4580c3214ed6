// Test helpers: pages are parsed the way the CLI parses them (parse5 into linkedom).
import { parseHtml } from '../../../src/cli/parse-html.ts';
import type { FieldFeatures, PageFeatures } from '../../../src/core/features.ts';
import { type ExtractOptions, extractPage } from '../../../src/dom/extract.ts';

export function page(html: string): Document {
  return parseHtml(html);
}

export function extract(html: string | Document, options: ExtractOptions = {}): PageFeatures {
  return extractPage(typeof html === 'string' ? page(html) : html, 'https://signup.example.com/join', options);
}

export function fields(p: PageFeatures): FieldFeatures[] {
  return p.forms.flatMap((f) => f.fields);
}

/** The field whose name (or id) is `key`. */
export function field(p: PageFeatures, key: string): FieldFeatures {
  const f = fields(p).find((x) => x.name === key || x.id === key);
  if (!f) throw new Error(`no field ${key} in ${fields(p).map((x) => x.name || x.id).join(', ')}`);
  return f;
}
