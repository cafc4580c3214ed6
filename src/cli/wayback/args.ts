// Command-line arguments of `kyc-lens wayback`.
import { parseArgs } from 'node:util';
import { UsageError } from '../archive/options.ts';
import { DEFAULT_ARCHIVE } from './cdx.ts';
import { PERIODS, type Period, parseYearMonth } from './periods.ts';

export interface WaybackArgs {
  targets: string[];
  from?: string;
  to?: string;
  every: Period;
  archive: string;
  /** Requests per second at most. */
  rate: number;
  output: string | null;
  render: boolean;
  cache: boolean;
  cacheDir?: string;
  quiet: boolean;
  help: boolean;
}

const OPTIONS = {
  from: { type: 'string' },
  to: { type: 'string' },
  every: { type: 'string' },
  archive: { type: 'string' },
  rate: { type: 'string' },
  output: { type: 'string', short: 'o' },
  render: { type: 'boolean' },
  'no-cache': { type: 'boolean' },
  'cache-dir': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

export function parseWaybackArgs(argv: readonly string[]): WaybackArgs {
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: typeof OPTIONS; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
  const v = parsed.values;
  const help = v.help ?? false;
  const date = (name: 'from' | 'to') => {
    const raw = v[name];
    if (raw === undefined) return undefined;
    const d = parseYearMonth(raw);
    if (!d) throw new UsageError(`--${name} wants YYYY or YYYYMM, not "${raw}"`);
    return d;
  };
  const from = date('from');
  const to = date('to');
  if (from && to && from.padEnd(6, '0') > to.padEnd(6, '9')) throw new UsageError(`--from ${from} is after --to ${to}`);
  const every = (v.every ?? 'month').toLowerCase();
  if (!(PERIODS as readonly string[]).includes(every)) throw new UsageError(`--every must be one of ${PERIODS.join(', ')}, not "${v.every}"`);
  const rate = v.rate === undefined ? 1 : Number(v.rate);
  if (!Number.isFinite(rate) || rate <= 0 || rate > 50) throw new UsageError(`--rate wants requests per second (more than 0, at most 50), not "${v.rate}"`);
  const archive = v.archive ?? DEFAULT_ARCHIVE;
  if (!/^https?:\/\//i.test(archive) || !URL.canParse(archive)) throw new UsageError(`--archive wants the archive's http(s) replay prefix, not "${archive}"`);
  if (!help && parsed.positionals.length === 0) throw new UsageError('name at least one provider id or signup URL');
  const args: WaybackArgs = {
    targets: parsed.positionals,
    every: every as Period,
    archive,
    rate,
    output: v.output ?? null,
    render: v.render ?? false,
    cache: !v['no-cache'],
    quiet: v.quiet ?? false,
    help,
  };
  if (from) args.from = from;
  if (to) args.to = to;
  if (v['cache-dir']) args.cacheDir = v['cache-dir'];
  return args;
}
