// `kyc-lens analyze <file|dir>… [--format json|csv|table]`: every form field of every page,
// classified. Pages are read one after another (sources.ts), analysed in this thread or on worker
// threads (--jobs), and printed in input order as they finish, so memory stays flat.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { analyzeHtml, type Entry, toEntry } from './analyze-page.ts';
import { parseAnalyzeArgs } from './args.ts';
import { csvFormatter } from './format/csv.ts';
import type { Format, Formatter } from './format/formatter.ts';
import { jsonFormatter } from './format/json.ts';
import { tableFormatter } from './format/table.ts';
import { pageUrl } from './page-url.ts';
import { type Source, sourcesOf } from './sources.ts';

export interface Output {
  write(text: string): boolean | unknown;
  once?(event: 'drain', listener: () => void): unknown;
}

export interface CommandIO {
  stdout: Output;
  stderr: { write(text: string): unknown };
}

export const ANALYZE_HELP = `Usage: kyc-lens analyze <file|dir>… [options]

Classifies every form field of saved web pages: which identity data each field asks for (name,
email, phone, address, payment, date-of-birth, government-id, …), with the evidence and the
proposed KYC requirements it answers.

Inputs
  saved pages (.html, .htm, .xhtml), web archives (.warc, .warc.gz, .wacz), or directories,
  searched recursively. A page that cannot be read gets an entry with an "error" and the rest go on.

Options
  -f, --format json|csv|table  json (default): the JSON contract, one element per page
                               csv: one row per field (RFC 4180)
                               table: a readable report grouped by page and form
  -o, --output FILE            write to FILE instead of standard output
  -j, --jobs N                 analyse on N worker threads (default 1)
      --max-size MIB           skip pages larger than this (default 32)
  -h, --help                   show this help

JSON: [{ source, url?, provider?, forms: [{ selector, kind, fields: [{ selector, category,
fieldType, confidence, requirements, evidence }] }] }] — or { source, error } for a page that could
not be read. Selectors match exactly one element of the page as a browser parses it; fields in
shadow roots read "<host selector> >>> <selector inside the root>".

Exit status: 0 when at least one page was analysed, 1 when none could be, 2 on a usage error.
`;

const FORMATTERS: Record<Format, () => Formatter> = { json: jsonFormatter, csv: csvFormatter, table: tableFormatter };

/** Analyses one source; never throws (a failure becomes the page's error entry). */
export type Analyze = (source: Source) => Promise<Entry>;

export function inlineAnalyze(source: Source): Promise<Entry> {
  return Promise.resolve(analyzeSource(source));
}

function analyzeSource(s: Source): Entry {
  if (s.error !== undefined || s.html === undefined) return errorEntry(s, s.error ?? 'nothing to read');
  try {
    return analyzeHtml(s.source, s.html, s.url);
  } catch (e) {
    return errorEntry(s, `could not analyse the page: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function errorEntry(s: Source, error: string): Entry {
  return s.url ? { source: s.source, url: s.url, error } : { source: s.source, error };
}

/** Worker threads (the archive pool) doing the parse-extract-classify part. */
async function poolAnalyze(jobs: number): Promise<{ analyze: Analyze; close(): Promise<void> }> {
  const { WorkerPool } = await import('./pool/pool.ts');
  const pool = new WorkerPool(jobs);
  return {
    analyze: async (s) => {
      if (s.error !== undefined || s.html === undefined) return errorEntry(s, s.error ?? 'nothing to read');
      const url = s.url ?? pageUrl(s.html);
      try {
        const result = await pool.run({ url: url ?? '', html: s.html });
        return toEntry(s.source, url, result.analysis);
      } catch (e) {
        return errorEntry(s, `could not analyse the page: ${e instanceof Error ? e.message : String(e)}`);
      }
    },
    close: () => pool.close(),
  };
}

export interface AnalyzeRun {
  pages: number;
  analysed: number;
  failed: number;
}

/**
 * Runs the sources through `analyze` with at most `window` pages in flight, writing each entry
 * in input order as soon as it and all before it are done.
 */
export async function runAnalyze(
  sources: AsyncIterable<Source>,
  analyze: Analyze,
  formatter: Formatter,
  out: Output,
  window = 1,
): Promise<AnalyzeRun> {
  const run: AnalyzeRun = { pages: 0, analysed: 0, failed: 0 };
  const write = async (text: string) => {
    if (text && out.write(text) === false && out.once) await new Promise<void>((resolve) => out.once!('drain', resolve));
  };
  const inFlight: Promise<Entry>[] = [];
  const flush = async (keep: number) => {
    while (inFlight.length > keep) {
      const entry = await inFlight.shift()!;
      run.pages++;
      if ('error' in entry) run.failed++;
      else run.analysed++;
      await write(formatter.entry(entry));
    }
  };
  await write(formatter.begin());
  for await (const source of sources) {
    inFlight.push(analyze(source));
    await flush(window - 1);
  }
  await flush(0);
  await write(formatter.end());
  return run;
}

export async function analyzeCommand(argv: readonly string[], io: CommandIO): Promise<number> {
  const args = parseAnalyzeArgs(argv);
  if (args.help) {
    await Promise.resolve(io.stdout.write(ANALYZE_HELP));
    return 0;
  }
  const file = args.output ? createWriteStream(args.output) : null;
  const out: Output = file ?? io.stdout;
  const engine = args.jobs > 1 ? await poolAnalyze(args.jobs) : { analyze: inlineAnalyze, close: async () => {} };
  let run: AnalyzeRun;
  try {
    run = await runAnalyze(sourcesOf(args.paths, { maxBytes: args.maxBytes }), engine.analyze, FORMATTERS[args.format](), out, args.jobs * 2);
  } finally {
    await engine.close();
    if (file) {
      file.end();
      await once(file, 'close');
    }
  }
  if (run.pages === 0) {
    io.stderr.write('kyc-lens analyze: no HTML pages found in the given paths\n');
    return 1;
  }
  if (run.failed) io.stderr.write(`kyc-lens analyze: ${run.failed} of ${run.pages} pages could not be analysed (see their "error")\n`);
  return run.analysed > 0 ? 0 : 1;
}
