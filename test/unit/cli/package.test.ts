// The package as `npm pack` makes it, unpacked where a global install puts it (prefix/lib/node_modules,
// with a bin symlink) and run with no node_modules at all: the built CLI must need neither its
// TypeScript sources nor tsx nor any dependency at run time. (A real `npm i -g ./kyc-lens-*.tgz` also
// fetches the declared dependencies, which needs the registry; this test stays offline.) dist/cli is
// fresh: the unit tests' global setup rebuilds it when the sources changed.
import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, mkdtemp, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCrawl } from '../cli-archive/fixtures.ts';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '../../..');
const PAGE = `<!doctype html><title>Sign up</title><form>
<label>Email address <input type="email" name="email"></label>
<label>Phone number <input type="tel" name="phone"></label>
<label>Password <input type="password" name="password"></label>
<button>Create account</button></form>`;

let dir: string;
let pkg: string;
let bin: string;
let tarball: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kyc-pack-'));
  // --ignore-scripts: the global setup has just built dist/cli; prepare would rebuild it under the
  // feet of other test files that run the binary.
  const packed = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { cwd: ROOT });
  const [{ filename }] = JSON.parse(packed.stdout) as [{ filename: string }];
  tarball = join(dir, filename);
  pkg = join(dir, 'prefix/lib/node_modules/kyc-lens');
  await mkdir(pkg, { recursive: true });
  await run('tar', ['xzf', tarball, '-C', pkg, '--strip-components=1']);
  await mkdir(join(dir, 'prefix/bin'));
  bin = join(dir, 'prefix/bin/kyc-lens');
  await symlink(join(pkg, 'bin/kyc-lens.js'), bin);
  await run('chmod', ['+x', join(pkg, 'bin/kyc-lens.js')]);
}, 120_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the packed kyc-lens', () => {
  it('holds the built JavaScript and no TypeScript, and needs no development tool', async () => {
    const files = (await run('tar', ['tzf', tarball])).stdout.split('\n').filter(Boolean);
    expect(files).toContain('package/dist/cli/main.mjs');
    expect(files).toContain('package/dist/cli/worker.mjs');
    expect(files.filter((f) => f.endsWith('.ts') || f.startsWith('package/src/'))).toEqual([]);
    const manifest = JSON.parse(await readFile(join(pkg, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(Object.keys(manifest.dependencies)).not.toContain('tsx');
    expect(Object.keys(manifest.dependencies)).not.toContain('esbuild');
  });

  it('analyses a saved page through the bin symlink, from another directory, without node_modules', { timeout: 60_000 }, async () => {
    const page = join(dir, 'signup.html');
    await writeFile(page, PAGE);
    const r = await run(bin, ['analyze', page, '-q'], { cwd: dir });
    expect(r.stderr).toBe('');
    const [entry] = JSON.parse(r.stdout) as { forms: { fields: { category: string }[] }[] }[];
    expect(entry!.forms[0]!.fields.map((f) => f.category)).toEqual(expect.arrayContaining(['email', 'phone']));
    const version = await run(bin, ['--version'], { cwd: dir });
    expect(version.stdout.trim()).toBe(JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')).version);
  });

  it('reads a web archive on two worker threads', { timeout: 120_000 }, async () => {
    const warc = join(dir, 'crawl.warc.gz');
    await writeCrawl(warc);
    const r = await run(bin, ['analyze', warc, '--jobs', '2', '--cache-dir', join(dir, 'cache')], { cwd: dir });
    const entries = JSON.parse(r.stdout) as { provider?: string }[];
    expect(entries.filter((e) => e.provider === 'aws')).toHaveLength(4);
    expect(r.stderr).toMatch(/2 threads\)\.\n$/);
  });

  it('loads only its command table for --help, and the engine only to analyse', { timeout: 60_000 }, async () => {
    // NODE_DEBUG=esm has Node log every module it loads (to stderr); the sizes add up what was read.
    const loaded = async (args: string[]) => {
      const r = await run(bin, args, { cwd: dir, env: { ...process.env, NODE_DEBUG: 'esm' } });
      const files = new Set([...r.stderr.matchAll(/file:\/\/(\S+?\/dist\/cli\/[\w.-]+\.mjs)/g)].map((m) => m[1]!));
      let bytes = 0;
      for (const f of files) bytes += (await stat(f)).size;
      return { bytes, stdout: r.stdout };
    };
    const help = await loaded(['--help']);
    expect(help.stdout).toMatch(/^Usage: kyc-lens <command>/);
    const page = join(dir, 'signup.html');
    await writeFile(page, PAGE);
    const analysed = await loaded(['analyze', page, '-q']);
    expect(analysed.bytes).toBeGreaterThan(1_000_000);
    expect(help.bytes).toBeLessThan(32_000);
  });

  it('stops quietly when the reader of its output goes away (kyc-lens … | head)', { timeout: 60_000 }, async () => {
    // More output than a pipe holds (64 KiB), so the command is still writing when the reader leaves.
    const pages = join(dir, 'many');
    await mkdir(pages);
    for (let i = 0; i < 120; i++) await writeFile(join(pages, `p${i}.html`), PAGE);
    const child = spawn(bin, ['analyze', pages, '--format', 'table'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    await once(child.stdout, 'data');
    child.stdout.destroy();
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(stderr).not.toMatch(/EPIPE|Error/);
    expect(code).toBe(0);
  });

  it('says so, and exits 1, when the CLI was not built and tsx is not there to run the sources', async () => {
    await rm(join(pkg, 'dist'), { recursive: true });
    const r = await run(bin, ['--help'], { cwd: dir }).catch((e: { code: number; stderr: string }) => e);
    expect((r as { code: number }).code).toBe(1);
    expect((r as { stderr: string }).stderr).toMatch(/the CLI is not built \(npm run build:cli\)/);
    expect((r as { stderr: string }).stderr).toMatch(/tsx is not installed either/);
  });
});

