// `kyc-lens timeline <inputs>…`: how each provider's signup page changed between capture dates.
// Captures are grouped by provider and signup URL (origin, path and route); each capture date is one
// snapshot and consecutive snapshots are compared with the workspace's diff (buildTimeline →
// diffSnapshots / describeDiff), so the CLI and the workspace's timeline report the same changes.
// Markdown for people, CSV (one row per change) and JSON for tools. The rule's own dated events are
// put on the same time line as the captures, so a reader sees whether a page changed after, say, the
// proposal or the revocation of its AI-training basis; an unconfirmed event is always qualified.
import { urlKey } from '../../core/flow/aggregate.ts';
import { CATEGORY_TITLES } from '../../core/history/diff.ts';
import { csvRow } from '../../core/history/export-csv.ts';
import { exportRule } from '../../core/history/export-json.ts';
import { mdText, ruleStatusMarkdown } from '../../core/history/export-report.ts';
import { currentRuleStatus } from '../../core/rule-status/current.ts';
import type { RuleEventView, RuleStatusView } from '../../core/rule-status/status.ts';
import { eventsAround, interleave } from '../../core/rule-status/timeline.ts';
import { categoryStatuses, providerKey, type Snapshot } from '../../core/history/snapshot.ts';
import { buildTimeline, type TimelineEntry } from '../../core/history/timeline.ts';
import { type Category, IDENTITY_CATEGORIES } from '../../core/taxonomy/categories.ts';
import { type CommandIO, SHARED_HELP } from '../archive/options.ts';
import { type ReportMeta, runReportCommand } from './report-command.ts';

export interface TimelineGroup {
  provider: Snapshot['provider'];
  /** Provider key (catalog id, or `site:<host>`) and the signup URL the captures share. */
  key: string;
  url: string;
  entries: TimelineEntry[];
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Snapshots grouped by provider and signup URL, each group oldest first. */
export function timelineGroups(snapshots: readonly Snapshot[]): TimelineGroup[] {
  const groups = new Map<string, Snapshot[]>();
  for (const s of snapshots) {
    const key = `${providerKey(s)}\u0000${urlKey(s.url)}`;
    const list = groups.get(key);
    if (list) list.push(s);
    else groups.set(key, [s]);
  }
  return [...groups.entries()]
    .map(([key, list]) => {
      const entries = buildTimeline(list);
      const latest = entries[entries.length - 1]!.snapshot;
      return { provider: latest.provider, key: key.split('\u0000', 1)[0]!, url: urlKey(latest.url), entries };
    })
    .sort((a, b) => a.provider.name.localeCompare(b.provider.name, 'en') || byText(a.key, b.key) || byText(a.url, b.url));
}

const iso = (ms: number) => new Date(ms).toISOString();
const date = (ms: number) => iso(ms).slice(0, 10);

function kycStatuses(s: Snapshot): { required: Category[]; optional: Category[] } {
  const st = categoryStatuses(s);
  return {
    required: IDENTITY_CATEGORIES.filter((c) => st.get(c) === 'required'),
    optional: IDENTITY_CATEGORIES.filter((c) => st.get(c) === 'optional'),
  };
}

const titles = (cs: readonly Category[]) => cs.map((c) => CATEGORY_TITLES[c]).join(', ') || 'none';

const GRADE_WORDS: Record<RuleEventView['grade'], string> = {
  primary: 'official text',
  quoted: 'quoted',
  summary: 'secondary summary',
  unconfirmed: 'reported, not confirmed',
};

/** "Rule: EO 14110 revoked by EO 14148 (official text)"; an unconfirmed title already carries its qualifier. */
const ruleChange = (e: RuleEventView) => `Rule: ${e.title} (${GRADE_WORDS[e.grade]})`;

/** Where the rule's events fall against this page's captures, in one sentence. */
function aroundSentence(g: TimelineGroup, rule: RuleStatusView): string {
  const first = g.entries[0]!.snapshot.savedAt;
  const last = g.entries.at(-1)!.snapshot.savedAt;
  const { before, within, after } = eventsAround(rule.events, first, last);
  const n = (k: number) => `${k} rule event${k === 1 ? '' : 's'}`;
  return `The rule’s events on this page’s time line: ${n(before)} before the first capture, ${n(within)} between the first and the last, ${n(after)} after.`;
}

export function timelineMarkdown(groups: readonly TimelineGroup[], meta: ReportMeta, rule: RuleStatusView = currentRuleStatus()): string {
  const out: string[] = ['# KYC Lens timeline', ''];
  const snapshots = groups.reduce((n, g) => n + g.entries.length, 0);
  out.push(
    `Generated ${iso(meta.generatedAt)} by ${mdText(meta.generator.name)} ${mdText(meta.generator.version)}: ${groups.length} signup page${groups.length === 1 ? '' : 's'}, ${snapshots} capture date${snapshots === 1 ? '' : 's'}. ` +
      'Each date is one snapshot (captures of that date merged); changes are against the date before. Snapshot ids are SHA-256 content hashes. ' +
      'Rows starting "Rule:" are the rule’s own dated events, on the same time line.',
    '',
  );
  out.push(...ruleStatusMarkdown(rule));
  if (groups.length === 0) out.push('No signup forms were found in the inputs.', '');
  for (const g of groups) {
    out.push(`## ${mdText(g.provider.name)} — ${mdText(g.url)}`, '');
    out.push(aroundSentence(g, rule), '');
    out.push('| Date | KYC categories | Required | Changes | Snapshot |', '| --- | ---: | ---: | --- | --- |');
    for (const item of interleave(g.entries, (e) => e.snapshot.savedAt, rule.events)) {
      if (item.kind === 'rule') {
        out.push(`| ${item.event.date} | | | ${mdText(ruleChange(item.event))} | |`);
        continue;
      }
      const e = item.entry;
      const change = e.diff === null ? 'first capture' : e.diff.unchanged ? 'no change' : `${e.changes.length} change${e.changes.length === 1 ? '' : 's'}`;
      out.push(`| ${date(e.snapshot.savedAt)} | ${e.categoryCount} | ${e.requiredCategoryCount} | ${change} | \`${e.snapshot.id.slice(0, 12)}\` |`);
    }
    out.push('');
    for (const e of g.entries) {
      const { required, optional } = kycStatuses(e.snapshot);
      out.push(`### ${date(e.snapshot.savedAt)}`, '');
      out.push(`Required: ${titles(required)}. Optional: ${titles(optional)}. ${e.snapshot.fields.length} field${e.snapshot.fields.length === 1 ? '' : 's'} in ${e.snapshot.steps.length} step${e.snapshot.steps.length === 1 ? '' : 's'}.`, '');
      if (e.diff && !e.diff.unchanged) {
        for (const c of e.changes) out.push(`- ${mdText(c)}`);
        out.push('');
      } else if (e.diff) {
        out.push('No change since the date before.', '');
      }
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

export const TIMELINE_CSV_COLUMNS = [
  'provider',
  'provider_name',
  'url',
  'captured_on',
  'snapshot_id',
  'previous_snapshot_id',
  'kyc_categories',
  'required_kyc_categories',
  'change',
] as const;

/**
 * One row per change (a first capture or an unchanged date gets one row saying so), and one per rule
 * event on the same time line ("Rule: …", no snapshot ids, the status's check date); RFC 4180, CRLF.
 */
export function timelineCsv(groups: readonly TimelineGroup[], rule: RuleStatusView = currentRuleStatus()): string {
  const lines = [csvRow(TIMELINE_CSV_COLUMNS)];
  for (const g of groups) {
    for (const item of interleave(g.entries, (e) => e.snapshot.savedAt, rule.events)) {
      if (item.kind === 'rule') {
        const change = `${ruleChange(item.event)}; ${item.event.source}; status checked on ${rule.checkedOn}`;
        lines.push(csvRow([g.provider.id ?? g.key, g.provider.name, g.url, item.event.date, '', '', '', '', change]));
        continue;
      }
      const e = item.entry;
      const changes = e.diff === null ? ['first capture'] : e.diff.unchanged ? ['no change'] : e.changes;
      for (const change of changes) {
        lines.push(
          csvRow([
            g.provider.id ?? g.key,
            g.provider.name,
            g.url,
            date(e.snapshot.savedAt),
            e.snapshot.id,
            e.diff?.from.id ?? '',
            e.categoryCount,
            e.requiredCategoryCount,
            change,
          ]),
        );
      }
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}

export const TIMELINE_FORMAT = 'kyc-lens-timeline';

/** The timeline as JSON: groups, entries with their category statuses, the workspace's diff and its sentences. */
export function timelineJson(groups: readonly TimelineGroup[], meta: ReportMeta, rule: RuleStatusView = currentRuleStatus()): string {
  const doc = {
    format: TIMELINE_FORMAT,
    version: 1,
    generatedAt: iso(meta.generatedAt),
    generator: meta.generator,
    // The same block as the export's `rule`: status, check date, check-again links, dated events.
    rule: exportRule(rule),
    groups: groups.map((g) => ({
      provider: g.provider,
      key: g.key,
      url: g.url,
      entries: g.entries.map((e) => {
        const { required, optional } = kycStatuses(e.snapshot);
        return {
          snapshotId: e.snapshot.id,
          capturedOn: date(e.snapshot.savedAt),
          savedAt: iso(e.snapshot.savedAt),
          kycCategories: e.categoryCount,
          requiredKycCategories: e.requiredCategoryCount,
          required,
          optional,
          diff: e.diff,
          changes: e.changes,
        };
      }),
    })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export const TIMELINE_HELP = `Usage: kyc-lens timeline <file|dir>… [--format md|csv|json]

How each provider's signup page changed between capture dates: captures grouped by provider and
signup URL, one snapshot per date, each compared with the date before (fields and categories added,
removed, made required or optional; vendors). The rule's own dated events (proposal, revoked basis,
reported withdrawal, ...) are on the same time line, with the date its status was last checked.

${SHARED_HELP}
`;

export function runTimeline(argv: readonly string[], io: CommandIO): Promise<number> {
  return runReportCommand(argv, io, { help: TIMELINE_HELP, unit: 'url', build: (s) => timelineGroups(s), md: (g, m) => timelineMarkdown(g, m), csv: (g) => timelineCsv(g), json: (g, m) => timelineJson(g, m) });
}
