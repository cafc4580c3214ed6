// Command-line options shared by the commands that read archives (timeline, compare, export, and
// analyze's archive inputs): --format, --jobs, --no-cache, --cache-dir, --quiet, --output.
import { readFileSync } from 'node:fs';
import { BUILD } from '../build-info.ts';
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { SourceIssue } from '../pool/pipeline.ts';
import type { ProgressStream } from '../progress.ts';
import type { RunOptions } from './run.ts';

export interface CommandIO {
  stdout: { write(text: string): unknown };
  stderr: ProgressStream;
  /** Clock for "generated at" stamps (tests pin it). */
  now?: () => number;
}

/** How the CLI names itself in exports and reports (the extension writes `kyc-lens-extension`). */
export const CLI_GENERATOR = 'kyc-lens-cli';

export class UsageError extends Error {
  override name = 'UsageError';
}

export const ARCHIVE_OPTIONS = {
  format: { type: 'string', short: 'f' },
  jobs: { type: 'string', short: 'j' },
  'no-cache': { type: 'boolean' },
  'cache-dir': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  output: { type: 'string', short: 'o' },
  help: { type: 'boolean', short: 'h' },
} as const;

export interface ArchiveCommandArgs {
  paths: string[];
  format: string;
  output: string | null;
  help: boolean;
  run: RunOptions & { version: string };
}

let version: string | undefined;
export function cliVersion(): string {
  version ??= BUILD?.version ?? (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  return version;
}

/** --jobs as given; undefined lets the run choose (defaultJobs(), or inline for small inputs). */
export function parseJobs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new UsageError(`--jobs wants a whole number from 1 to 64, not "${value}"`);
  return n;
}

export function parseArchiveArgs(argv: readonly string[], formats: readonly string[], defaultFormat: string): ArchiveCommandArgs {
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: typeof ARCHIVE_OPTIONS; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: ARCHIVE_OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
  const v = parsed.values;
  const format = v.format ?? defaultFormat;
  if (!formats.includes(format)) throw new UsageError(`--format must be one of ${formats.join(', ')}, not "${format}"`);
  if (!v.help && parsed.positionals.length === 0) throw new UsageError('name at least one file or directory to read');
  const run: RunOptions & { version: string } = {
    cache: !v['no-cache'],
    quiet: v.quiet ?? false,
    version: cliVersion(),
  };
  const jobs = parseJobs(v.jobs);
  if (jobs !== undefined) run.jobs = jobs;
  if (v['cache-dir']) run.cacheDir = v['cache-dir'];
  return { paths: parsed.positionals, format, output: v.output ?? null, help: v.help ?? false, run };
}

export function reportIssues(issues: readonly SourceIssue[], io: CommandIO): void {
  for (const i of issues) io.stderr.write(`kyc-lens: ${i.source}: ${i.message}\n`);
}

export async function emit(text: string, output: string | null, io: CommandIO): Promise<void> {
  if (output) await writeFile(output, text);
  else io.stdout.write(text);
}

export const SHARED_HELP = `Inputs: saved pages (.html, .htm, .xhtml), web archives (.warc, .warc.gz, .wacz) and KYC Lens JSON
exports, or directories searched recursively.

Options:
  -f, --format <fmt>   output format
  -o, --output <file>  write to a file instead of standard output
  -j, --jobs <n>       worker threads (default: cores − 1 with more than two cores, else none;
                       none for inputs under 4 MB; 1 = analyse in the main thread)
      --no-cache       analyse every page again instead of reusing cached results
      --cache-dir <d>  where results are cached (default: $XDG_CACHE_HOME/kyc-lens or ~/.cache/kyc-lens)
  -q, --quiet          no progress bar and no summary line
  -h, --help           this help`;
