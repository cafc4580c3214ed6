// `kyc-lens compare <inputs>…`: the providers × categories matrix of the workspace (compareMatrix),
// from the newest snapshot of each provider, with the provider catalog's documentation as a second
// layer. Markdown for people, CSV (one row per provider and category) and JSON for tools.
import { catalogDocs } from '../../core/history/catalog-docs.ts';
import { type CompareCell, type CompareMatrix, type CompareSort, compareMatrix } from '../../core/history/compare.ts';
import { CATEGORY_TITLES } from '../../core/history/diff.ts';
import { csvRow } from '../../core/history/export-csv.ts';
import { exportRule } from '../../core/history/export-json.ts';
import { mdText, ruleStatusMarkdown } from '../../core/history/export-report.ts';
import { currentRuleStatus } from '../../core/rule-status/current.ts';
import type { RuleStatusView } from '../../core/rule-status/status.ts';
import type { Snapshot } from '../../core/history/snapshot.ts';
import { type CommandIO, SHARED_HELP } from '../archive/options.ts';
import { type ReportMeta, runReportCommand } from './report-command.ts';

export function buildCompare(snapshots: readonly Snapshot[], sort: CompareSort = 'impact'): CompareMatrix {
  return compareMatrix(snapshots, catalogDocs, { sort });
}

const iso = (ms: number) => new Date(ms).toISOString();

const OBSERVED_MARK: Record<CompareCell['observed'], string> = { required: 'required', optional: 'optional', absent: '—' };
const DOC_NOTE: Record<CompareCell['agreement'], string> = {
  agree: '',
  'observed-only': ' (not in docs)',
  'documented-only': ' (docs: asked)',
  'no-docs': '',
};

function cellText(c: CompareCell): string {
  return `${OBSERVED_MARK[c.observed]}${c.viaVendor ? ' (vendor)' : ''}${DOC_NOTE[c.agreement]}`;
}

export function compareMarkdown(m: CompareMatrix, meta: ReportMeta, rule: RuleStatusView = currentRuleStatus()): string {
  const out: string[] = ['# KYC Lens: providers side by side', ''];
  out.push(
    `Generated ${iso(meta.generatedAt)} by ${mdText(meta.generator.name)} ${mdText(meta.generator.version)} from the newest snapshot of each of ${m.rows.length} provider${m.rows.length === 1 ? '' : 's'}. ` +
      'A cell says whether the signup flow was observed to ask for the category (required, optional or —). ' +
      '"(not in docs)" marks what the provider’s documentation does not list, "(docs: asked)" what it lists but was not seen.',
    '',
  );
  // The rule's status, when it was checked and where to check again: the same block as every report.
  out.push(...ruleStatusMarkdown(rule));
  if (m.rows.length === 0) return `${[...out, 'No signup forms were found in the inputs.'].join('\n')}\n`;
  out.push(`| Provider | Impact | ${m.categories.map((c) => CATEGORY_TITLES[c]).join(' | ')} |`);
  out.push(`| --- | ---: | ${m.categories.map(() => '---').join(' | ')} |`);
  for (const r of m.rows) out.push(`| ${mdText(r.name)} | ${r.impact} (${r.impactLevel}) | ${r.cells.map(cellText).join(' | ')} |`);
  out.push('', '## Snapshots', '');
  for (const r of m.rows) out.push(`- ${mdText(r.name)}: ${iso(r.savedAt).slice(0, 10)}, ${mdText(r.url)}, snapshot \`${r.snapshotId}\``);
  return `${out.join('\n')}\n`;
}

export const COMPARE_CSV_COLUMNS = [
  'provider',
  'provider_name',
  'provider_kind',
  'snapshot_id',
  'saved_at',
  'url',
  'impact',
  'impact_level',
  'category',
  'observed',
  'via_vendor',
  'documented',
  'agreement',
  'evidence',
] as const;

/** One row per provider and category; evidence lists the fields' labels and types. RFC 4180, CRLF. */
export function compareCsv(m: CompareMatrix): string {
  const lines = [csvRow(COMPARE_CSV_COLUMNS)];
  for (const r of m.rows) {
    for (const c of r.cells) {
      lines.push(
        csvRow([
          r.providerId ?? r.key,
          r.name,
          r.kind ?? '',
          r.snapshotId,
          iso(r.savedAt),
          r.url,
          r.impact,
          r.impactLevel,
          c.category,
          c.observed,
          c.viaVendor ? 'yes' : 'no',
          c.documented,
          c.agreement,
          c.evidence.map((e) => `${e.label || e.fieldType} (${e.fieldType}${e.required ? ', required' : ''})`).join('; '),
        ]),
      );
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}

export const COMPARE_FORMAT = 'kyc-lens-compare';

export function compareJson(m: CompareMatrix, meta: ReportMeta, rule: RuleStatusView = currentRuleStatus()): string {
  const doc = { format: COMPARE_FORMAT, version: 1, generatedAt: iso(meta.generatedAt), generator: meta.generator, rule: exportRule(rule), ...m };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export const COMPARE_HELP = `Usage: kyc-lens compare <file|dir>… [--format md|csv|json]

Providers side by side: for each provider, the newest capture date's signup flow (all its pages of
that date), one column per KYC category, required / optional / absent, with the provider catalog's
documentation as a second layer.

${SHARED_HELP}
`;

export function runCompare(argv: readonly string[], io: CommandIO): Promise<number> {
  return runReportCommand(argv, io, { help: COMPARE_HELP, unit: 'provider', build: (s) => buildCompare(s), md: (m, meta) => compareMarkdown(m, meta), csv: compareCsv, json: (m, meta) => compareJson(m, meta) });
}
