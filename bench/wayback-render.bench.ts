// `kyc-lens wayback --render` throughput and memory: N captures of a script-built signup page (each
// a distinct payload, so none is served from a cache), rendered in Debian's Chromium against the
// tests' local CDX archive server (test/unit/wayback/archive-server.ts), every page loading its
// script from the archive and having three other requests blocked. The rate limit is lifted (a local
// archive; the public default is one request a second) and the answer cache is off, so this measures
// rendering. Reported: captures per second over the whole run and per window, and the resident
// memory of this process (after a full garbage collection) and of the Chromium process tree at the
// end of each window; and the CPU time of both per capture, which other processes on the machine
// disturb far less than the wall-clock rate.
// Targets (issue #18): ≥ 2 captures/s on this 2-core machine; memory flat over 1,000 captures.
//   KYC_RENDER_BENCH_CAPTURES  captures (default 1000)
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { createAnalyzer } from '../src/cli/pool/pool.ts';
import { createRenderer } from '../src/cli/render/renderer.ts';
import { archiveEndpoints } from '../src/cli/wayback/cdx.ts';
import { realClock } from '../src/cli/wayback/clock.ts';
import { PoliteFetcher } from '../src/cli/wayback/polite-fetch.ts';
import { runWayback } from '../src/cli/wayback/run.ts';
import type { RecordSpec } from '../test/unit/archive/build-warc.ts';
import { startArchiveServer } from '../test/unit/wayback/archive-server.ts';
import { SPA_APP, SPA_SCRIPT, SPA_SHELL, SPA_URL } from '../test/unit/wayback/fixtures.ts';
import { machineLine } from './machine.ts';

const CAPTURES = Number(process.env.KYC_RENDER_BENCH_CAPTURES ?? 1000);
const WINDOW = Math.max(10, Math.round(CAPTURES / 10));
const MB = 2 ** 20;
// A full collection before each memory sample, so the numbers are what is live, not garbage not yet collected.
v8.setFlagsFromString('--expose-gc');
const collect = vm.runInNewContext('gc') as () => void;

/**
 * The sum of `reading(stat fields)` over every process descending from `root` (Chromium's browser,
 * GPU, network and renderer processes). Fields are /proc/<pid>/stat after the command name, 0-based.
 */
function sumBelow(root: number, reading: (fields: string[]) => number): number {
  const children = new Map<number, number[]>();
  const values = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      values.set(Number(name), reading(fields));
      const ppid = Number(fields[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      // the process ended meanwhile
    }
  }
  let total = 0;
  const stack = [...(children.get(root) ?? [])];
  while (stack.length) {
    const pid = stack.pop()!;
    total += values.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Resident memory (bytes) of every process descending from `root`. */
const treeRss = (root: number): number => sumBelow(root, (f) => Number(f[21]) * 4096);

/** CPU seconds used so far by this process and every process below it (live ones, and those their parents reaped). */
function treeCpuSeconds(root: number): number {
  // utime, stime, cutime, cstime (stat fields 14-17), in clock ticks of 1/100 s.
  const ticks = sumBelow(root, (f) => Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]));
  const own = process.cpuUsage();
  return ticks / 100 + (own.user + own.system) / 1e6;
}

function records(): RecordSpec[] {
  const out: RecordSpec[] = [];
  const start = Date.parse('2019-01-01T00:00:00Z');
  for (let i = 0; i < CAPTURES; i++) {
    // A distinct payload per capture (the build number changes), a capture every ~2 days.
    const body = SPA_SHELL.replace('<div id="root"></div>', `<div id="root" data-build="${i}"></div>`);
    out.push({ url: SPA_URL, date: new Date(start + i * 2 * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z'), body });
  }
  out.push({ url: SPA_SCRIPT, date: '2019-01-01T00:00:00Z', body: SPA_APP, contentType: 'application/javascript' });
  return out;
}

interface Sample {
  done: number;
  seconds: number;
  windowRate: number;
  nodeRss: number;
  heap: number;
  chromiumRss: number;
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'kyc-render-bench-'));
  const server = await startArchiveServer(dir, records());
  const renderer = await createRenderer();
  const analyzer = createAnalyzer(1);
  const samples: Sample[] = [];
  const cpuStart = treeCpuSeconds(process.pid);
  const started = performance.now();
  let windowStart = started;
  let done = 0;
  let fields = 0;
  try {
    const result = await runWayback([{ url: SPA_URL, providerId: 'lambda', status: 'current' }], {
      endpoints: archiveEndpoints(server.archive),
      every: 'month',
      fetcher: new PoliteFetcher({ clock: realClock, rate: 1000, cache: null }),
      analyzer,
      renderer,
      cache: null,
      engine: 'bench',
      version: 'bench',
      onCapture: (c) => {
        done++;
        fields += c.fields ?? 0;
        if (done % WINDOW !== 0 && done !== CAPTURES) return;
        const now = performance.now();
        collect();
        const size = done % WINDOW === 0 ? WINDOW : done % WINDOW;
        const s: Sample = {
          done,
          seconds: (now - started) / 1000,
          windowRate: size / ((now - windowStart) / 1000),
          nodeRss: process.memoryUsage().rss,
          heap: process.memoryUsage().heapUsed,
          chromiumRss: treeRss(process.pid),
        };
        windowStart = now;
        samples.push(s);
        console.log(`${done} captures, ${s.seconds.toFixed(0)} s, ${s.windowRate.toFixed(2)} captures/s in the window, node RSS ${(s.nodeRss / MB).toFixed(0)} MB, heap ${(s.heap / MB).toFixed(0)} MB, child processes ${(s.chromiumRss / MB).toFixed(0)} MB`);
      },
    });
    const seconds = (performance.now() - started) / 1000;
    const rate = done / seconds;
    const cpuPerCapture = (treeCpuSeconds(process.pid) - cpuStart) / Math.max(done, 1);
    const cores = (await import('node:os')).availableParallelism();
    const first = samples[0]!;
    const last = samples[samples.length - 1]!;
    const total = (s: Sample) => s.nodeRss + s.chromiumRss;
    const growth = (total(last) - total(first)) / total(first);
    const peak = Math.max(...samples.map(total));
    const lines = [
      '## Rendered web-archive captures (kyc-lens wayback --render)',
      '',
      `${machineLine()}; 1-minute load at the end ${(await import('node:os')).loadavg()[0]!.toFixed(1)}. ${done} captures of a script-built signup page (each a distinct payload), rendered in Debian's Chromium against the tests' local CDX archive (three at once, a browser context reused for up to 25 captures); each page loads its script from the archive and has 3 requests blocked (${renderer.stats.served} served, ${renderer.stats.blocked} blocked in all). Rate limit lifted and answer cache off (this measures rendering, not the public archive's 1 request/s). ${result.stats.snapshots} snapshots, ${fields} fields read (${(fields / Math.max(done, 1)).toFixed(1)} a capture).`,
      '',
      `- **${rate.toFixed(2)} captures/s** wall-clock over the run (${seconds.toFixed(0)} s, with whatever else the machine ran) — target ≥ 2: ${rate >= 2 ? 'met' : '**NOT met** at this load'}.`,
      `- CPU per capture (this process + Chromium's processes, user + system): ${(cpuPerCapture * 1000).toFixed(0)} ms, so the ${cores} cores can render at most **${(cores / cpuPerCapture).toFixed(1)} captures/s** when nothing else runs — the load-independent reading of the target.`,
      `- Memory (this process + Chromium's processes, resident; summed over processes, so pages they share count more than once — an overestimate whose trend is the point): ${(total(first) / MB).toFixed(0)} MB after ${first.done} captures, ${(total(last) / MB).toFixed(0)} MB after ${last.done} (${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(0)}%), peak at a sample ${(peak / MB).toFixed(0)} MB — target flat over 1,000 captures: ${CAPTURES >= 1000 && Math.abs(growth) < 0.15 ? 'met' : CAPTURES < 1000 ? `not shown (only ${CAPTURES} captures run)` : '**NOT met**'}.`,
      '',
      '| captures | seconds | captures/s (window) | node RSS MB | node heap MB | Chromium RSS MB |',
      '| ---: | ---: | ---: | ---: | ---: | ---: |',
      ...samples.map((s) => `| ${s.done} | ${s.seconds.toFixed(0)} | ${s.windowRate.toFixed(2)} | ${(s.nodeRss / MB).toFixed(0)} | ${(s.heap / MB).toFixed(0)} | ${(s.chromiumRss / MB).toFixed(0)} |`),
    ];
    writeFileSync('bench/results/wayback-render.md', `${lines.join('\n')}\n`);
    console.log(lines.join('\n'));
  } finally {
    await renderer.close();
    await analyzer.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
