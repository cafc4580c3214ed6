// The run of an archive report command (`timeline`, `compare`): parse the arguments, collect
// snapshots from the inputs, build the report, write it as Markdown, CSV or JSON, and sum up.
import type { Generator } from '../../core/history/export-json.ts';
import type { Snapshot } from '../../core/history/snapshot.ts';
import { collectSnapshots, type SnapshotUnit } from '../archive/collect.ts';
import { CLI_GENERATOR, type CommandIO, emit, parseArchiveArgs, reportIssues } from '../archive/options.ts';
import { describeSummary } from '../archive/run.ts';

export interface ReportMeta {
  generatedAt: number;
  generator: Generator;
}

export interface ReportCommand<T> {
  help: string;
  /** What one snapshot stands for: a provider's signup URL on one date, or a provider on one date. */
  unit: SnapshotUnit;
  build(snapshots: readonly Snapshot[]): T;
  md(report: T, meta: ReportMeta): string;
  csv(report: T): string;
  json(report: T, meta: ReportMeta): string;
}

export async function runReportCommand<T>(argv: readonly string[], io: CommandIO, command: ReportCommand<T>): Promise<number> {
  const args = parseArchiveArgs(argv, ['md', 'csv', 'json'], 'md');
  if (args.help) {
    io.stdout.write(command.help);
    return 0;
  }
  const collected = await collectSnapshots(args.paths, command.unit, { ...args.run, progressStream: io.stderr });
  reportIssues(collected.issues, io);
  const report = command.build(collected.snapshots);
  const meta: ReportMeta = { generatedAt: (io.now ?? Date.now)(), generator: { name: CLI_GENERATOR, version: args.run.version } };
  const text = args.format === 'csv' ? command.csv(report) : args.format === 'json' ? command.json(report, meta) : command.md(report, meta);
  await emit(text, args.output, io);
  if (!args.run.quiet) io.stderr.write(`${describeSummary(collected.summary)}\n`);
  return 0;
}
