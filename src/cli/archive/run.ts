// One run over the inputs: read pages (saved files and archives, streamed), look each up in the digest
// cache, analyse the rest on the worker pool, and hand every result on in input order, with a
// progress bar on a terminal. Used by analyze, timeline, compare and export.
import { availableParallelism } from 'node:os';
import { DigestCache, engineVersion } from '../cache/digest-cache.ts';
import { defaultCacheDir } from '../cache/dir.ts';
import { emptyPipelineStats, type PipelineOutput, type PipelineStats, runPipeline } from '../pool/pipeline.ts';
import { createAnalyzer } from '../pool/pool.ts';
import { Progress, type ProgressStream } from '../progress.ts';
import type { InputFile } from './inputs.ts';
import { readPages } from './inputs.ts';
import { type ArchiveStats, emptyArchiveStats } from './types.ts';

export interface RunOptions {
  /** Worker threads; 1 analyses in this thread. Default: defaultJobs(). */
  jobs?: number;
  /** Use the digest cache (default true). */
  cache?: boolean;
  cacheDir?: string;
  quiet?: boolean;
  /** Where the progress bar goes (default stderr). */
  progressStream?: ProgressStream;
  maxHtmlBytes?: number;
  taskTimeoutMs?: number;
}

export interface RunSummary {
  archive: ArchiveStats;
  pipeline: PipelineStats;
  /** Pages parsed and classified in this run (cache hits and in-run duplicates excluded). */
  analyzed: number;
  cacheHits: number;
  seconds: number;
  jobs: number;
}

/**
 * Worker threads when --jobs is not given: one per core beyond the first, which reads the input and
 * writes the output; none on one or two cores. Measured on a 2-core machine (firefox-ai-training, ~300 KB
 * pages): 2 threads used ~40% more CPU per page than the main thread alone (each thread warms its own
 * JIT and collects its own garbage) and, with the main thread reading and writing beside them, ran no
 * faster and up to 3× slower under load.
 */
export const defaultJobs = (cores = availableParallelism()) => (cores > 2 ? cores - 1 : 1);
/** Without --jobs, inputs smaller than this are analysed inline. */
export const SMALL_INPUT_BYTES = 4 * 1024 * 1024;

export async function processInputs(
  files: readonly InputFile[],
  options: RunOptions,
  onOutput: (o: PipelineOutput) => void | Promise<void>,
): Promise<RunSummary> {
  const started = performance.now();
  const archive = emptyArchiveStats();
  const pipeline = emptyPipelineStats();
  const pageFiles = files.filter((f) => f.kind !== 'export');
  const totalBytes = pageFiles.reduce((n, f) => n + f.size, 0);
  // Starting a thread costs about a second (it loads the engine); a few pages are done sooner inline.
  const jobs = Math.max(1, Math.floor(options.jobs ?? (totalBytes < SMALL_INPUT_BYTES ? 1 : defaultJobs())));
  const progress = new Progress({
    totalBytes,
    quiet: options.quiet ?? false,
    ...(options.progressStream ? { stream: options.progressStream } : {}),
  });
  const cache = options.cache === false ? null : new DigestCache(options.cacheDir ?? defaultCacheDir());
  const analyzer = createAnalyzer(jobs, options.taskTimeoutMs);
  try {
    const pages = readPages(pageFiles, {
      stats: archive,
      onBytes: (n) => progress.addBytes(n),
      ...(options.maxHtmlBytes ? { maxHtmlBytes: options.maxHtmlBytes } : {}),
    });
    for await (const out of runPipeline(pages, {
      analyzer,
      engine: engineVersion(),
      cache,
      stats: pipeline,
      onPage: () => progress.addPage(),
    })) {
      await onOutput(out);
    }
    await cache?.flush();
  } finally {
    progress.finish();
    await analyzer.close();
  }
  return {
    archive,
    pipeline,
    analyzed: analyzer.analyzed,
    cacheHits: cache?.hits ?? 0,
    seconds: (performance.now() - started) / 1000,
    jobs,
  };
}

/** One line for stderr: what was read, analysed, reused and skipped. */
export function describeSummary(s: RunSummary): string {
  const a = s.archive;
  const skipped = a.skippedNotHtml + a.skippedRevisit + a.skippedStatus + a.skippedNotPage + a.skippedDuplicateRecord + a.skippedTooLarge;
  const parts = [
    `${s.pipeline.pages} page${s.pipeline.pages === 1 ? '' : 's'}`,
    `${s.analyzed} analysed`,
    `${s.pipeline.cached} from cache`,
    `${s.pipeline.duplicates} duplicate${s.pipeline.duplicates === 1 ? '' : 's'}`,
  ];
  if (a.records) parts.push(`${a.records} archive records (${skipped} skipped: not HTML, revisits, non-2xx, not pages, repeats or too large)`);
  if (s.pipeline.errors) parts.push(`${s.pipeline.errors} page error${s.pipeline.errors === 1 ? '' : 's'}`);
  if (s.pipeline.issues) parts.push(`${s.pipeline.issues} input problem${s.pipeline.issues === 1 ? '' : 's'}`);
  const rate = s.seconds > 0 ? (s.pipeline.pages / s.seconds).toFixed(1) : '0';
  return `kyc-lens: ${parts.join(', ')} in ${s.seconds.toFixed(1)} s (${rate} pages/s, ${s.jobs === 1 ? 'inline' : `${s.jobs} threads`}).`;
}
