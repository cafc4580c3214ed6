// The archive-aware commands by name, for the CLI's dispatcher: analyze (streamed, any inputs),
// timeline, compare and export. Usage errors print the message and exit 2.
import { runCompare } from '../commands/compare.ts';
import { runTimeline } from '../commands/timeline.ts';
import { runAnalyzeArchives } from './analyze.ts';
import { runExport } from './export-command.ts';
import { type CommandIO, UsageError } from './options.ts';

export const ARCHIVE_COMMANDS = {
  analyze: runAnalyzeArchives,
  timeline: runTimeline,
  compare: runCompare,
  export: runExport,
} as const satisfies Record<string, (argv: readonly string[], io: CommandIO) => Promise<number>>;

export type ArchiveCommand = keyof typeof ARCHIVE_COMMANDS;

export function isArchiveCommand(name: string | undefined): name is ArchiveCommand {
  return name !== undefined && Object.hasOwn(ARCHIVE_COMMANDS, name);
}

export async function runArchiveCommand(name: ArchiveCommand, argv: readonly string[], io: CommandIO): Promise<number> {
  try {
    return await ARCHIVE_COMMANDS[name](argv, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`kyc-lens ${name}: ${e.message} (see kyc-lens ${name} --help)\n`);
      return 2;
    }
    throw e;
  }
}
