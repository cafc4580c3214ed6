// Command-line arguments of `kyc-lens analyze`.
import { parseArgs } from 'node:util';
import { FORMATS, type Format } from './format/formatter.ts';
import { UsageError } from './archive/options.ts';
import { DEFAULT_MAX_BYTES } from './sources.ts';

export interface AnalyzeArgs {
  paths: string[];
  format: Format;
  output: string | null;
  /** Worker threads; undefined = defaultJobs() (inline for small inputs). */
  jobs: number | undefined;
  maxBytes: number;
  help: boolean;
  /** --no-cache: classify archive records again instead of reusing cached results. */
  noCache?: true;
  cacheDir?: string;
  /** --quiet: no progress bar and no summary line. */
  quiet?: true;
  /** --render: load each page in headless Chromium and read what its scripts build. */
  render?: true;
}

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  jobs: { type: 'string', short: 'j' },
  'max-size': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  'no-cache': { type: 'boolean' },
  'cache-dir': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  render: { type: 'boolean' },
} as const;

export function parseAnalyzeArgs(argv: readonly string[]): AnalyzeArgs {
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: typeof OPTIONS; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(plain(e instanceof Error ? e.message : String(e)));
  }
  const v = parsed.values;
  const help = v.help ?? false;
  const format = (v.format ?? 'json').toLowerCase();
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${v.format}"${format === 'export' ? ' (for a workspace export, run kyc-lens export)' : ''}`);
  }
  const jobs = v.jobs === undefined ? undefined : Number(v.jobs);
  if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1 || jobs > 64)) throw new UsageError(`--jobs wants a whole number from 1 to 64, not "${v.jobs}"`);
  const mib = v['max-size'] === undefined ? DEFAULT_MAX_BYTES / 2 ** 20 : Number(v['max-size']);
  if (!Number.isFinite(mib) || mib <= 0) throw new UsageError(`--max-size wants a size in MiB, not "${v['max-size']}"`);
  if (!help && parsed.positionals.length === 0) throw new UsageError('name at least one saved page or directory to analyse');
  const args: AnalyzeArgs = { paths: parsed.positionals, format: format as Format, output: v.output ?? null, jobs, maxBytes: Math.round(mib * 2 ** 20), help };
  if (v['no-cache']) args.noCache = true;
  if (v['cache-dir']) args.cacheDir = v['cache-dir'];
  if (v.quiet) args.quiet = true;
  if (v.render) args.render = true;
  return args;
}

/** node:util's messages, in plainer words. */
function plain(message: string): string {
  const unknown = /Unknown option '([^']+)'/.exec(message);
  if (unknown) return `unknown option ${unknown[1]}`;
  const missing = /Option '([^']+?)(?: <value>)?' argument missing/.exec(message);
  if (missing) return `${missing[1]} needs a value`;
  return message;
}
