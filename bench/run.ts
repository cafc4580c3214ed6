// `npm run bench`: runs every bench/*.bench.ts in turn (each prints its numbers and writes
// bench/results/<name>.md), then assembles BENCHMARKS.md with the machine they ran on.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';

const dir = 'bench';
// `npm run bench -- <name>` runs the matching benches; `--assemble` only rebuilds BENCHMARKS.md from
// the committed results.
const args = process.argv.slice(2);
const assembleOnly = args.includes('--assemble');
const only = args.filter((a) => a !== '--assemble');
const benches = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !assembleOnly && (only.length === 0 || only.some((o) => f.includes(o))))
  .sort();

let failed = 0;
for (const file of benches) {
  console.log(`\n=== ${file}`);
  try {
    execFileSync(process.execPath, ['--import', 'tsx', join(dir, file)], { stdio: 'inherit' });
  } catch {
    failed++;
    console.error(`!!! ${file} failed`);
  }
}

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const machine = `${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}`;
const sections = readdirSync(join(dir, 'results'))
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => readFileSync(join(dir, 'results', f), 'utf8').trim());
const intro = existsSync(join(dir, 'README.md')) ? readFileSync(join(dir, 'README.md'), 'utf8').trim() : '';
writeFileSync(
  'BENCHMARKS.md',
  `# Benchmarks\n\n${intro}\n\nAssembled ${new Date().toISOString().slice(0, 10)} on ${machine}.\n` +
    `Each section below names the machine, date and load of its own run (\`npm run bench -- <name>\` runs one).\n\n${sections.join('\n\n')}\n`,
);
console.log(`\nWrote BENCHMARKS.md (${sections.length} sections${failed ? `, ${failed} bench(es) failed` : ''}).`);
if (failed) process.exitCode = 1;
