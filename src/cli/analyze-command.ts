// `kyc-lens analyze <file|dir>… [--format json|csv|table]`: every form field of every page,
// classified. Pages are read one after another (sources.ts), analysed in this thread or on worker
// threads (--jobs; archive records cached by digest, see pool/analyze-engine.ts), and printed in
// input order as they finish, so memory stays flat.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { type Entry, isError } from './entry.ts';
import { parseAnalyzeArgs } from './args.ts';
import type { Format, Formatter } from './format/formatter.ts';
import { looksScriptBuilt, scriptBuiltNote } from './render/script-built.ts';
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
  -j, --jobs N                 analyse on N worker threads (default: cores − 1 with more than two
                               cores, else in this thread; in this thread for inputs under 4 MB;
                               1 = in this thread)
      --max-size MIB           skip pages larger than this (default 32)
      --no-cache               classify archive records again instead of reusing results cached
                               by their payload digest
      --cache-dir DIR          where results are cached (default $XDG_CACHE_HOME/kyc-lens or
                               ~/.cache/kyc-lens)
      --render                 load each page in headless Chromium (Debian's chromium) and read the
                               fields its scripts build; a WARC's or WACZ's pages get their resources
                               from the same archive, anything else is blocked (never the live web)
  -q, --quiet                  no progress bar (drawn on a terminal only) and no summary line
  -h, --help                   show this help

JSON: [{ source, url?, provider?, forms: [{ selector, kind, fields: [{ selector, category,
fieldType, confidence, requirements, evidence }] }] }] — or { source, error } for a page that could
not be read. Selectors match exactly one element of the page as a browser parses it (with --render,
of the page as rendered); fields in shadow roots read "<host selector> >>> <selector inside the root>".
A page whose HTML holds no form but whose scripts build one carries "note": "built by script: run
with --render" (or "built by script: rendered").

Exit status: 0 when at least one page was analysed, 1 when none could be, 2 on a usage error.
`;

// Loaded when chosen: csv reads the rule catalog, which --help need not load.
const FORMATTERS: Record<Format, () => Promise<Formatter>> = {
  json: async () => (await import('./format/json.ts')).jsonFormatter(),
  csv: async () => (await import('./format/csv.ts')).csvFormatter(),
  table: async () => (await import('./format/table.ts')).tableFormatter(),
};

/** Analyses one source; never throws (a failure becomes the page's error entry). */
export type Analyze = (source: Source) => Promise<Entry>;

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
  const formatter = await FORMATTERS[args.format]();
  let run: AnalyzeRun;
  let summary: string;
  // App shells analysed as saved are noted, never silently reported as having no fields.
  let shells = 0;
  const noteShell = (s: Source, e: Entry): Entry => {
    if (!isError(e) && s.html !== undefined && e.forms.every((f) => f.fields.length === 0) && looksScriptBuilt(s.html)) {
      e.note = scriptBuiltNote('run with --render');
      shells++;
    }
    return e;
  };
  try {
    if (args.render) {
      // --render: each page in headless Chromium, resources from its own archive only (src/cli/render).
      const { createRenderAnalyze } = await import('./render/analyze-render.ts');
      const rendered = await createRenderAnalyze();
      const started = performance.now();
      try {
        run = await runAnalyze(sourcesOf(args.paths, { maxBytes: args.maxBytes }), rendered.analyze, formatter, out, 1);
      } finally {
        await rendered.close();
      }
      const seconds = (performance.now() - started) / 1000;
      summary = `kyc-lens: ${run.pages} pages rendered in ${seconds.toFixed(1)} s (${(run.pages / Math.max(seconds, 0.001)).toFixed(1)} pages/s); ${rendered.stats.served} requests served from the archives, ${rendered.stats.blocked} blocked.`;
    } else {
      // Worker threads, the digest cache for archive records and the progress bar (src/cli/pool).
      const { createAnalyzeEngine } = await import('./pool/analyze-engine.ts');
      const engine = await createAnalyzeEngine({
        paths: args.paths,
        ...(args.jobs !== undefined ? { jobs: args.jobs } : {}),
        cache: !args.noCache,
        ...(args.cacheDir ? { cacheDir: args.cacheDir } : {}),
        quiet: args.quiet ?? false,
        progressStream: io.stderr,
      });
      try {
        const sources = sourcesOf(args.paths, { maxBytes: args.maxBytes, onBytes: engine.onBytes });
        run = await runAnalyze(sources, async (s) => noteShell(s, await engine.analyze(s)), formatter, out, engine.window);
      } finally {
        await engine.close();
      }
      summary = engine.summary(run.pages);
      if (shells) summary += ` ${shells} page${shells === 1 ? ' is' : 's are'} built by script: run with --render to read ${shells === 1 ? 'its' : 'their'} fields.`;
    }
  } finally {
    if (file) {
      file.end();
      await once(file, 'close');
    }
  }
  if (!args.quiet && run.pages > 0) io.stderr.write(`${summary}\n`);
  if (run.pages === 0) {
    io.stderr.write('kyc-lens analyze: no HTML pages found in the given paths\n');
    return 1;
  }
  if (run.failed) io.stderr.write(`kyc-lens analyze: ${run.failed} of ${run.pages} pages could not be analysed (see their "error")\n`);
  return run.analysed > 0 ? 0 : 1;
}
