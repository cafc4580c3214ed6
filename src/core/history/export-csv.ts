// CSV export: one row per observed field. RFC 4180 (CRLF rows, quotes doubled, a cell quoted when it
// holds a comma, quote or line break) and safe to open in a spreadsheet: labels come from web pages, so
// a cell that a spreadsheet would run as a formula gets a leading apostrophe (OWASP "CSV injection").
import { currentRuleStatus } from '../rule-status/current.ts';
import type { RuleStatusView } from '../rule-status/status.ts';
import type { Snapshot } from './snapshot.ts';

export const CSV_COLUMNS = [
  'snapshot_id',
  'provider',
  'provider_name',
  'url',
  'saved_at',
  'observed_at',
  'step',
  'step_title',
  'category',
  'field_type',
  'label',
  'required',
  'requirement_ids',
  'evidence',
  'confidence',
  'form_kind',
  // The rule as the exporter knew it: its status line, when that was checked, and for a field tied
  // to a requirement that lost its legal basis (intended use → the AI-training report), why.
  'rule_status',
  'rule_status_checked_on',
  'rule_note',
] as const;

// = + - @ start formulas; tab and CR/LF let a formula hide behind a line break in some importers;
// full-width variants are read as their ASCII forms by some spreadsheet versions.
const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

export function neutralizeFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export function csvCell(value: string | number | boolean): string {
  const text = neutralizeFormula(String(value));
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRow(values: readonly (string | number | boolean)[]): string {
  return values.map(csvCell).join(',');
}

const iso = (ms: number) => new Date(ms).toISOString();

export function snapshotCsvRows(s: Snapshot, rule: RuleStatusView = currentRuleStatus()): string[] {
  const steps = new Map(s.steps.map((st) => [st.index, st]));
  return s.fields.map((f) =>
    csvRow([
      s.id,
      s.provider.id ?? '',
      s.provider.name,
      steps.get(f.stepIndex)?.url ?? s.url,
      iso(s.savedAt),
      iso(f.firstSeenAt),
      f.stepIndex + 1,
      steps.get(f.stepIndex)?.title ?? '',
      f.category,
      f.fieldType,
      f.label,
      f.required ? 'yes' : 'no',
      f.requirements.join('; '),
      f.evidence.join('; '),
      f.confidence,
      f.formKind,
      rule.line,
      rule.checkedOn,
      rule.categoryNotes[f.category] ?? '',
    ]),
  );
}

/** The whole CSV with a header row; CRLF line ends and a final CRLF, as RFC 4180 describes. */
export function snapshotsToCsv(snapshots: readonly Snapshot[], rule: RuleStatusView = currentRuleStatus()): string {
  const lines = [csvRow(CSV_COLUMNS)];
  for (const s of snapshots) lines.push(...snapshotCsvRows(s, rule));
  return `${lines.join('\r\n')}\r\n`;
}
