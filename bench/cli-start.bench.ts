// `npm run bench -- cli-start`: how long the installed command takes, start to exit, to analyse one
// small saved page — `node bin/kyc-lens.js analyze page.html` in a fresh process, as a user runs it.
// Target (issue 16): ≤ 0.2 s, read strictly: the median run. The CLI is built first
// (scripts/build-cli.ts), so the bundle measured is the current source; its code cache (src/cli/start.ts)
// goes to a fresh folder, so the first run writes it (reported apart) and the others read it. Each
// run's wall time is measured around the child process, and its CPU time from this process's
// reaped-children counters (/proc/self/stat, 10 ms ticks; Linux only): on a shared machine wall time
// includes waiting for a core; CPU time (all threads) is about what an idle machine takes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { buildCli } from '../scripts/build-cli.ts';
import { machineLine } from './machine.ts';

const RUNS = 15;
const TARGET_S = 0.2;
const PAGE = `<!doctype html><html lang="en"><head><title>Create your account</title></head><body>
<h1>Create your account</h1>
<form action="/signup" method="post">
  <label for="fn">First name</label><input id="fn" name="first_name" autocomplete="given-name">
  <label for="ln">Last name</label><input id="ln" name="last_name" autocomplete="family-name">
  <label for="em">Email address</label><input id="em" type="email" name="email">
  <label for="ph">Phone number</label><input id="ph" type="tel" name="phone">
  <label for="co">Country</label><select id="co" name="country"><option>France</option><option>Germany</option></select>
  <label for="pw">Password</label><input id="pw" type="password" name="password">
  <label><input type="checkbox" name="terms"> I accept the terms</label>
  <button type="submit">Sign up</button>
</form></body></html>`;

const load = () => os.loadavg().map((n) => n.toFixed(1)).join(' / ');
const TICK_S = 0.01;
/** CPU seconds of this process's finished children (utime + stime of reaped children), or NaN off Linux. */
function childrenCpu(): number {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    // After "pid (comm) ": state is field 3 of the full line, cutime 16, cstime 17.
    return (Number(fields[13]) + Number(fields[14])) * TICK_S;
  } catch {
    return Number.NaN;
  }
}

await buildCli();
const dir = mkdtempSync(join(os.tmpdir(), 'kyc-cli-start-'));
const env = { ...process.env, XDG_CACHE_HOME: join(dir, 'cache') };
const page = join(dir, 'signup.html');
writeFileSync(page, PAGE);
const loadBefore = load();
/** Wall and CPU seconds of `node <args>`, RUNS times, alternating with the other command. */
function timed(args: string[], check: (stdout: string) => void, walls: number[], cpus: number[]): void {
  const cpu = childrenCpu();
  const started = performance.now();
  const out = execFileSync(process.execPath, args, { encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'pipe'] });
  walls.push((performance.now() - started) / 1000);
  cpus.push(childrenCpu() - cpu);
  check(out);
}
const walls: number[] = [];
const cpus: number[] = [];
const nodeWalls: number[] = [];
const nodeCpus: number[] = [];
const firstWall: number[] = [];
const firstCpu: number[] = [];
// A run that printed no classified field measured nothing.
const analyse = (w: number[], c: number[]) =>
  timed(['bin/kyc-lens.js', 'analyze', page], (out) => {
    if (!(JSON.parse(out) as { forms: { fields: unknown[] }[] }[])[0]?.forms[0]?.fields.length) throw new Error('the CLI classified no field');
  }, w, c);
try {
  analyse(firstWall, firstCpu);
  for (let i = 0; i < RUNS; i++) {
    analyse(walls, cpus);
    // Node itself, starting and exiting: the floor under any command.
    timed(['-e', ''], () => {}, nodeWalls, nodeCpus);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const median = (xs: number[]) => sorted(xs)[Math.floor(xs.length / 2)]!;
const s = (x: number) => x.toFixed(3);
const best = sorted(walls)[0]!;
const verdict = median(walls) <= TARGET_S ? 'met' : '**NOT met**';
const ratio = (x: number[], floor: number[]) => `${(median(x) / median(floor)).toFixed(1)} ×`;
const summary = `wall: median ${s(median(walls))} s (${verdict.replace(/\*/g, '')}), best ${s(best)} s; CPU: median ${s(median(cpus))} s; node -e '': wall ${s(median(nodeWalls))} s, CPU ${s(median(nodeCpus))} s (${RUNS} runs; target ≤ ${TARGET_S} s)`;
console.log(`cli start: ${summary}; load ${loadBefore} → ${load()}`);
const lines = [
  '## CLI start-up',
  '',
  `Machine: ${machineLine()}. Load average (1/5/15 min) before: ${loadBefore}, after: ${load()}.`,
  '',
  `How: \`node bin/kyc-lens.js analyze signup.html\` (the built CLI, dist/cli) run ${RUNS} times in a fresh process on one`,
  'small signup page (7 fields), JSON to a pipe, alternating with `node -e \'\'` (Node starting and exiting, the floor under',
  'any command). A first run before them writes the compiled code to a fresh cache folder (src/cli/start.ts); the',
  `${RUNS} read it, as every run after a user's first does. Wall time around each child process; CPU time from the`,
  "reaped children's counters (10 ms ticks): on a shared machine wall time includes waiting for a core, while the CPU",
  'time (every thread of the process) is about what the command takes on an idle machine. The target is read strictly,',
  'on the median wall time.',
  '',
  '| | median | best | target | | × `node -e \'\'` (medians) |',
  '|---|---:|---:|---:|---|---:|',
  `| wall (s) | ${s(median(walls))} | ${s(best)} | ≤ ${TARGET_S} | ${verdict} | ${ratio(walls, nodeWalls)} |`,
  `| CPU (s) | ${s(median(cpus))} | ${s(sorted(cpus)[0]!)} | | | ${ratio(cpus, nodeCpus)} |`,
  `| first run, writing the code cache: wall / CPU (s) | ${s(firstWall[0]!)} / ${s(firstCpu[0]!)} | | | | |`,
  `| \`node -e ''\` wall (s) | ${s(median(nodeWalls))} | ${s(sorted(nodeWalls)[0]!)} | | Node alone | |`,
  `| \`node -e ''\` CPU (s) | ${s(median(nodeCpus))} | ${s(sorted(nodeCpus)[0]!)} | | | |`,
  '',
  `All wall times (s): ${walls.map(s).join(', ')}.`,
  '',
];
writeFileSync('bench/results/cli-start.md', `${lines.join('\n')}\n`);
console.log('Wrote bench/results/cli-start.md');
