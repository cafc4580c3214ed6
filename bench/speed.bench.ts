// `npm run bench -- speed`: how fast `kyc-lens analyze` runs over the development corpus, and how
// fast the classifier alone is. Targets (issue 4): ≥ 100 pages/s on ddg-test-forms, ≥ 10 pages/s on
// the ~300 KB pages of firefox-ai-training, ≥ 50,000 fields/s classifying.
//
// The corpus pages are stripped of their labels first (bench/corpus.ts, as the accuracy bench does)
// and written to a temporary directory; then the real CLI entry point (`main`, in this process, so
// the ~1 s of tsx start-up is not counted per run) analyses that directory with its JSON output
// going to a null sink. Each configuration runs twice; both runs are printed, the faster counts
// (the machine is shared, so the slower run mostly measures the neighbours). The load average is
// printed with the numbers.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { basename, join } from 'node:path';
import { parseHtml } from '../src/cli/parse-html.ts';
import { main } from '../src/cli/main.ts';
import type { PageFeatures } from '../src/core/features.ts';
import { classifyPage } from '../src/core/classify/index.ts';
import { extractPage } from '../src/dom/extract.ts';
import { CORPUS_SETS, type CorpusSet, listCorpusFiles, stripCorpusLabels } from './corpus.ts';
import { machineLine } from './machine.ts';

const TARGETS: Record<CorpusSet, number> = { 'ddg-test-forms': 100, 'firefox-ai-training': 10 };
const FIELDS_TARGET = 50_000;
const RUNS = 2;

const load = () => os.loadavg().map((n) => n.toFixed(1)).join(' / ');
const loadBefore = load();

function stripToDir(set: CorpusSet): { dir: string; pages: number; bytes: number } {
  const dir = mkdtempSync(join(os.tmpdir(), `kyc-speed-${set}-`));
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  const files = listCorpusFiles(set);
  for (const f of files) {
    const html = stripCorpusLabels(readFileSync(f, 'utf8'));
    bytes += Buffer.byteLength(html);
    writeFileSync(join(dir, basename(f)), html);
  }
  return { dir, pages: files.length, bytes };
}

const sink = { write: () => true };

const cpuSeconds = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

/** Wall-clock seconds and CPU seconds (all threads of this process) of one CLI run. */
async function cliRun(dir: string, jobs: number): Promise<{ wall: number; cpu: number }> {
  const started = performance.now();
  const cpu = cpuSeconds();
  const code = await main(['analyze', dir, '--format', 'json', '--jobs', String(jobs)], { stdout: sink, stderr: sink });
  if (code !== 0) throw new Error(`kyc-lens analyze exited ${code}`);
  return { wall: (performance.now() - started) / 1000, cpu: cpuSeconds() - cpu };
}

interface CliRow {
  set: CorpusSet;
  jobs: number;
  pages: number;
  mb: number;
  runs: number[];
  /** Pages per CPU-second of each run: what the work costs, whatever the neighbours do. */
  cpuRuns: number[];
}

const cliRows: CliRow[] = [];
for (const set of CORPUS_SETS) {
  const { dir, pages, bytes } = stripToDir(set);
  try {
    await cliRun(dir, 1); // warm-up: module loading and JIT, not counted
    for (const jobs of [1, 2]) {
      const runs: number[] = [];
      const cpuRuns: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const t = await cliRun(dir, jobs);
        runs.push(pages / t.wall);
        cpuRuns.push(pages / t.cpu);
      }
      cliRows.push({ set, jobs, pages, mb: bytes / 1e6, runs, cpuRuns });
      console.log(
        `${set} --jobs ${jobs}: ${runs.map((r) => r.toFixed(1)).join(', ')} pages/s wall; ${cpuRuns.map((r) => r.toFixed(1)).join(', ')} pages per CPU-second (target ≥ ${TARGETS[set]} pages/s)`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Classifying alone: features extracted once, then classifyPage over all of them, repeatedly.
const features: PageFeatures[] = [];
for (const set of CORPUS_SETS) {
  for (const f of listCorpusFiles(set)) {
    features.push(extractPage(parseHtml(stripCorpusLabels(readFileSync(f, 'utf8')), { lean: true }), ''));
  }
}
const fieldCount = features.reduce((n, p) => n + p.forms.reduce((m, f) => m + f.fields.length, 0), 0);
for (const p of features) classifyPage(p, {}); // warm-up
const classifyRuns: number[] = [];
const classifyCpuRuns: number[] = [];
for (let r = 0; r < RUNS; r++) {
  let fields = 0;
  const started = performance.now();
  const cpu = cpuSeconds();
  while (performance.now() - started < 2000) {
    for (const p of features) classifyPage(p, {});
    fields += fieldCount;
  }
  classifyRuns.push(fields / ((performance.now() - started) / 1000));
  classifyCpuRuns.push(fields / (cpuSeconds() - cpu));
}
const fmt = (runs: number[]) => runs.map((r) => Math.round(r).toLocaleString('en')).join(', ');
console.log(
  `classify alone: ${fmt(classifyRuns)} fields/s wall; ${fmt(classifyCpuRuns)} fields per CPU-second; ${fieldCount} fields of ${features.length} pages (target ≥ ${FIELDS_TARGET.toLocaleString('en')})`,
);

const best = (runs: number[]) => Math.max(...runs);
const verdict = (value: number, target: number) => (value >= target ? 'met' : '**missed**');
const lines = [
  '## CLI speed',
  '',
  `Machine: ${machineLine()}. Load average (1/5/15 min) before: ${loadBefore}, after: ${load()} — the machine is shared, so each`,
  'configuration runs twice and the faster run counts (both are shown).',
  '',
  'How: corpus pages stripped of their labels (bench/corpus.ts) into a temporary directory, then the',
  'real entry point `main(["analyze", dir, "--format", "json", "--jobs", N])` in-process (file discovery, reading, parse5 +',
  'linkedom lean parse, extraction, classification, JSON output to a null sink). tsx start-up (~1 s per',
  'command) is not included. `--jobs 2` runs the pages on two worker threads.',
  '',
  '"pages per CPU-second" divides by the CPU time this process used (all its threads): what the work costs',
  'regardless of the neighbours; with one thread it is the wall-clock rate an idle core would give.',
  '',
  '| set | pages | MB | --jobs | pages/s wall (runs) | best | pages per CPU-s (runs) | target (wall) | |',
  '|---|---:|---:|---:|---|---:|---|---:|---|',
  ...cliRows.map(
    (r) =>
      `| ${r.set} | ${r.pages} | ${r.mb.toFixed(1)} | ${r.jobs} | ${r.runs.map((x) => x.toFixed(1)).join(', ')} | ${best(r.runs).toFixed(1)} | ${r.cpuRuns.map((x) => x.toFixed(1)).join(', ')} | ≥ ${TARGETS[r.set]} | ${verdict(best(r.runs), TARGETS[r.set])} |`,
  ),
  '',
  `Classifying alone (classifyPage over features extracted once; ${fieldCount.toLocaleString('en')} fields on ${features.length} pages, both sets):`,
  `${fmt(classifyRuns)} fields/s wall (${fmt(classifyCpuRuns)} per CPU-second) — best ${Math.round(best(classifyRuns)).toLocaleString('en')}, target ≥ ${FIELDS_TARGET.toLocaleString('en')}: ${verdict(best(classifyRuns), FIELDS_TARGET)}.`,
  '',
];
writeFileSync('bench/results/speed.md', `${lines.join('\n')}\n`);
console.log('Wrote bench/results/speed.md');
