// CSV (RFC 4180, CRLF rows, via the export module's injection-safe cells): one row per field; a page
// without fields, or one that could not be read, still gets one row so that no page goes missing.
import { csvRow } from '../../core/history/export-csv.ts';
import { type Entry, isError } from '../entry.ts';
import type { Formatter } from './formatter.ts';

export const CSV_HEADER = [
  'source',
  'url',
  'provider',
  'form_selector',
  'form_kind',
  'field_selector',
  'category',
  'field_type',
  'confidence',
  'requirements',
  'evidence',
  'error',
] as const;

export function csvFormatter(): Formatter {
  return {
    begin: () => `${csvRow(CSV_HEADER)}\r\n`,
    entry: (e: Entry) => rows(e).map((r) => `${csvRow(r)}\r\n`).join(''),
    end: () => '',
  };
}

function rows(e: Entry): string[][] {
  const page = [e.source, e.url ?? '', isError(e) ? '' : (e.provider ?? '')];
  if (isError(e)) return [[...page, '', '', '', '', '', '', '', '', e.error]];
  const out: string[][] = [];
  for (const form of e.forms) {
    for (const f of form.fields) {
      out.push([
        ...page,
        form.selector ?? '',
        form.kind,
        f.selector,
        f.category,
        f.fieldType,
        String(f.confidence),
        f.requirements.join(' '),
        f.evidence.join('; '),
        '',
      ]);
    }
  }
  if (!out.length) out.push([...page, '', '', '', '', '', '', '', '', '']);
  return out;
}
