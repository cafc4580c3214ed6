// `kyc-lens analyze` over any inputs, archives included, as a stream: each page's entry is written as
// soon as it (and every page before it) is done, so a crawl of any size is analysed in flat memory.
// Entries follow the CLI's JSON contract (README, "CLI contract"): `{ source, url?, provider?, forms:
// [{ selector, kind, fields: [{ selector, category, fieldType, confidence, requirements, evidence }] }] }`;
// a page that cannot be read gets `{ source, url?, error }`. A capture whose payload is the same as
// an earlier one at the same URL (a duplicate capture) is listed once. `--format export` writes the
// workspace's JSON export instead (see export-command.ts).
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { PageOutcome } from '../pool/pipeline.ts';
import { discoverInputs } from './inputs.ts';
import { type CommandIO, parseArchiveArgs, reportIssues, SHARED_HELP } from './options.ts';
import { describeSummary, processInputs, type RunOptions, type RunSummary } from './run.ts';
import { runExport } from './export-command.ts';
import type { SourceIssue } from '../pool/pipeline.ts';

export interface AnalyzeEntry {
  source: string;
  url?: string;
  provider?: string;
  /** When the archive captured the page (ISO 8601), for pages read from web archives. */
  capturedAt?: string;
  forms?: {
    selector: string | null;
    kind: string;
    fields: { selector: string; category: string; fieldType: string; confidence: number; requirements: string[]; evidence: string[] }[];
  }[];
  error?: string;
}

/** A page outcome as a contract entry. */
export function entryOf(o: PageOutcome, withCaptureTime: boolean): AnalyzeEntry {
  const entry: AnalyzeEntry = { source: o.source, url: o.url };
  if (withCaptureTime && o.capturedAt !== undefined) entry.capturedAt = new Date(o.capturedAt).toISOString();
  if (!o.result) {
    entry.error = o.error ?? 'not analysed';
    return entry;
  }
  const a = o.result.analysis;
  if (a.providerId) entry.provider = a.providerId;
  entry.forms = a.forms.map((f) => ({
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

/** Writes the JSON array entry by entry; resolves when the output has taken everything. */
export async function streamAnalyze(
  paths: readonly string[],
  options: RunOptions,
  out: { write(text: string): boolean | unknown; once?: (event: 'drain', cb: () => void) => unknown },
): Promise<{ summary: RunSummary; issues: SourceIssue[]; entries: number }> {
  const { files, issues } = await discoverInputs(paths);
  let entries = 0;
  const write = async (text: string) => {
    // Respect the output's back-pressure, so a slow pipe slows the reader instead of filling memory.
    if (out.write(text) === false && out.once) await new Promise<void>((resolve) => out.once!('drain', resolve));
  };
  await write('[');
  const summary = await processInputs(files, options, async (o) => {
    if (o.kind === 'issue') {
      issues.push(o.issue);
      return;
    }
    if (o.duplicate) return;
    const archived = !files.some((f) => f.kind === 'html' && f.path === o.source);
    await write(`${entries === 0 ? '\n' : ',\n'}${JSON.stringify(entryOf(o, archived))}`);
    entries++;
  });
  await write(entries === 0 ? ']\n' : '\n]\n');
  return { summary, issues, entries };
}

export const ANALYZE_ARCHIVES_HELP = `Usage: kyc-lens analyze <file|dir>… [--format json|export]

Every form field of every page, classified. Web archives are read as streams, pages analysed on
worker threads and results cached by payload digest.

${SHARED_HELP}
`;

export async function runAnalyzeArchives(argv: readonly string[], io: CommandIO): Promise<number> {
  const args = parseArchiveArgs(argv, ['json', 'export'], 'json');
  if (args.help) {
    io.stdout.write(ANALYZE_ARCHIVES_HELP);
    return 0;
  }
  if (args.format === 'export') return runExport(argv, io);
  const file = args.output ? createWriteStream(args.output) : null;
  const out = file ?? io.stdout;
  const result = await streamAnalyze(args.paths, { ...args.run, progressStream: io.stderr }, out as Parameters<typeof streamAnalyze>[2]);
  if (file) {
    file.end();
    await once(file, 'close');
  }
  reportIssues(result.issues, io);
  if (!args.run.quiet) io.stderr.write(`${describeSummary(result.summary)}\n`);
  return 0;
}
