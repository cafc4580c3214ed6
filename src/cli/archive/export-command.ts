// `kyc-lens export <inputs>… [-o file.json]` (and `analyze --format export`): the workspace's versioned
// JSON export envelope (buildExport / serializeExport, schema in docs/schemas/export.schema.json), so
// the extension imports what the CLI writes. One snapshot per provider, signup URL and capture date;
// snapshots of export files given as inputs are carried over, so exports can be merged.
import { buildExport, serializeExport } from '../../core/history/export-json.ts';
import { collectSnapshots } from './collect.ts';
import { CLI_GENERATOR, type CommandIO, emit, parseArchiveArgs, reportIssues, SHARED_HELP } from './options.ts';
import { describeSummary } from './run.ts';

export const EXPORT_HELP = `Usage: kyc-lens export <file|dir>… [-o export.json]

Writes the KYC Lens JSON export (the format the extension's workspace imports and exports): one
snapshot per provider, signup URL and capture date, plus the snapshots of any export files given.

${SHARED_HELP}
`;

export async function runExport(argv: readonly string[], io: CommandIO): Promise<number> {
  const args = parseArchiveArgs(argv, ['json', 'export'], 'json');
  if (args.help) {
    io.stdout.write(EXPORT_HELP);
    return 0;
  }
  const collected = await collectSnapshots(args.paths, 'url', { ...args.run, progressStream: io.stderr });
  reportIssues(collected.issues, io);
  const envelope = buildExport(collected.snapshots, {
    exportedAt: (io.now ?? Date.now)(),
    generator: { name: CLI_GENERATOR, version: args.run.version },
  });
  await emit(serializeExport(envelope), args.output, io);
  if (!args.run.quiet) io.stderr.write(`${describeSummary(collected.summary)}\n`);
  return 0;
}
