// `kyc-lens wayback <provider-id | URL>…`: years of a provider's signup pages from a public web
// archive, as the export that timeline, compare and the workspace import read. See run.ts.
import { createAnalyzer } from '../pool/pool.ts';
import { DigestCache, engineVersion } from '../cache/digest-cache.ts';
import { defaultCacheDir } from '../cache/dir.ts';
import { buildExport, serializeExport } from '../../core/history/export-json.ts';
import { CLI_GENERATOR, type CommandIO, cliVersion, emit } from '../archive/options.ts';
import { Progress } from '../progress.ts';
import { scriptBuiltNote } from '../render/script-built.ts';
import type { RenderStats } from '../render/types.ts';
import { parseWaybackArgs } from './args.ts';
import { archiveEndpoints } from './cdx.ts';
import { type Clock, realClock } from './clock.ts';
import { ArchiveUnreachableError, PoliteFetcher } from './polite-fetch.ts';
import { ResponseCache } from './response-cache.ts';
import { type CaptureRenderer, runWayback, type WaybackStats } from './run.ts';
import { resolveTargets } from './targets.ts';

export interface WaybackIO extends CommandIO {
  /** Time for rate limits and back-off (tests pass a fake that does not wait). */
  clock?: Clock;
  fetch?: typeof fetch;
}

export const WAYBACK_HELP = `Usage: kyc-lens wayback <provider-id | URL>… [options]

Reads a provider's signup pages from a public web archive (the Wayback Machine by default, or any
archive with a CDX API): finds the captures of each signup URL — the catalog's current, legacy and
past URLs for a provider id — keeps one capture per period and per distinct content, analyses each
with the same engine as analyze, and writes the KYC Lens export (one snapshot per capture, with its
archive, capture URL, capture time and digest). Read it with timeline, compare or the workspace.

Options
      --from YYYY[MM]     first month to look at (default: the archive's first capture)
      --to YYYY[MM]       last month to look at (default: today)
      --every P           month (default), quarter or year: one capture per period, plus one for
                          each other content seen in that period
      --archive URL       the archive's replay prefix (default ${'https://web.archive.org/web'});
                          its CDX API is /cdx/search/cdx beside a /web prefix, else <URL>/cdx (pywb)
      --rate N            requests per second at most (default 1); 429 and 5xx answers are retried
                          with back-off, honouring Retry-After
      --render            load each capture in headless Chromium, its resources served from the
                          archive only (anything else is blocked), and read the fields its scripts build
  -o, --output FILE       write the export to FILE (default: standard output)
      --no-cache          fetch and analyse again instead of reusing what earlier runs kept
      --cache-dir DIR     where answers and results are kept (default $XDG_CACHE_HOME/kyc-lens or
                          ~/.cache/kyc-lens)
  -q, --quiet             no progress bar, notes or summary
  -h, --help              this help

A capture whose HTML holds no form but whose scripts build one is noted "built by script: run with
--render" (or "built by script: rendered" with --render), never silently as having no fields.

Exit status: 0 when the archive answered (even with no captures), 1 when it could not be reached
(what was fetched stays cached; nothing is written), 2 on a usage error.
`;

function describe(s: WaybackStats, seconds: number, requests: number, retries: number): string {
  const parts = [
    `${s.urls} URL${s.urls === 1 ? '' : 's'}`,
    `${s.indexed} captures in the index`,
    `${s.chosen} chosen`,
    `${s.analysed} analysed`,
    `${s.fromCache} from cache`,
    `${s.snapshots} snapshot${s.snapshots === 1 ? '' : 's'}`,
  ];
  if (s.scriptBuilt) parts.push(`${s.scriptBuilt} built by script`);
  if (s.notHtml) parts.push(`${s.notHtml} not HTML`);
  if (s.notOk) parts.push(`${s.notOk} not 200`);
  if (s.missing) parts.push(`${s.missing} missing from the archive`);
  if (s.malformedRows) parts.push(`${s.malformedRows} unreadable index lines`);
  if (s.errors) parts.push(`${s.errors} errors`);
  return `kyc-lens wayback: ${parts.join(', ')}; ${requests} request${requests === 1 ? '' : 's'} (${retries} retried) in ${seconds.toFixed(1)} s.`;
}

export async function runWaybackCommand(argv: readonly string[], io: WaybackIO): Promise<number> {
  const args = parseWaybackArgs(argv);
  if (args.help) {
    io.stdout.write(WAYBACK_HELP);
    return 0;
  }
  const targets = resolveTargets(args.targets);
  const clock = io.clock ?? realClock;
  const started = clock.now();
  const cacheDir = args.cacheDir ?? defaultCacheDir();
  const version = cliVersion();
  const fetcher = new PoliteFetcher({
    rate: args.rate,
    clock,
    cache: args.cache ? new ResponseCache(cacheDir) : null,
    userAgent: `kyc-lens/${version} (signup-page research over web archives)`,
    ...(io.fetch ? { fetch: io.fetch } : {}),
  });
  const cache = args.cache ? new DigestCache(cacheDir) : null;
  const analyzer = createAnalyzer(1);
  const progress = new Progress({ totalBytes: 0, totalItems: 0, itemName: 'captures', quiet: args.quiet, stream: io.stderr });
  let renderer: (CaptureRenderer & { stats: RenderStats; close(): Promise<void> }) | null = null;
  try {
    if (args.render) {
      const { createRenderer } = await import('../render/renderer.ts');
      renderer = await createRenderer();
    }
    const result = await runWayback(targets, {
      endpoints: archiveEndpoints(args.archive),
      ...(args.from ? { from: args.from } : {}),
      ...(args.to ? { to: args.to } : {}),
      every: args.every,
      fetcher,
      analyzer,
      renderer,
      cache,
      engine: engineVersion(),
      version,
      progress,
      onCapture: (c) => {
        if (!args.quiet && c.scriptBuilt) io.stderr.write(`${progress.enabled ? '\r\x1b[K' : ''}kyc-lens wayback: ${c.captureUrl}: ${scriptBuiltNote(c.scriptBuilt)}\n`);
      },
    });
    progress.finish();
    if (!args.quiet) for (const i of result.issues) io.stderr.write(`kyc-lens wayback: ${i.source}: ${i.message}\n`);
    const envelope = buildExport(result.snapshots, { exportedAt: (io.now ?? Date.now)(), generator: { name: CLI_GENERATOR, version } });
    await emit(serializeExport(envelope), args.output, io);
    if (!args.quiet) {
      const rendered = renderer ? ` Rendered: ${renderer.stats.served} requests served from the archive, ${renderer.stats.blocked} blocked (not in the archive; nothing is fetched from the live web).` : '';
      io.stderr.write(`${describe(result.stats, (clock.now() - started) / 1000, fetcher.requests, fetcher.retries)}${rendered}\n`);
    }
    return 0;
  } catch (e) {
    progress.finish();
    if (!(e instanceof ArchiveUnreachableError)) throw e;
    io.stderr.write(
      `kyc-lens wayback: the archive could not be reached: ${e.message}. Nothing was written${args.output ? ` to ${args.output}` : ''}; ` +
        `${args.cache ? 'what was fetched so far is cached, so a re-run continues from there' : 'run without --no-cache to keep what is fetched'}.\n`,
    );
    return 1;
  } finally {
    await cache?.flush();
    await analyzer.close();
    await renderer?.close();
  }
}
