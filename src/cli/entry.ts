// One element of the CLI's JSON contract per page (README, "CLI contract"), and the shaping of a
// classified page into it. Kept free of the engine, so the formatters and --help load nothing heavy.
import type { PageAnalysis } from '../core/report.ts';

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
