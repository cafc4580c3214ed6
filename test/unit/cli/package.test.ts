// The package as `npm pack` makes it, unpacked where a global install puts it (prefix/lib/node_modules,
// with a bin symlink) and run with no node_modules at all: the built CLI must need neither its
// TypeScript sources nor tsx nor any dependency at run time. (A real `npm i -g ./kyc-lens-*.tgz` also
// fetches the declared dependencies, which needs the registry; this test stays offline.) dist/cli is
// fresh: the unit tests' global setup rebuilds it when the sources changed.
import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import Module from 'node:module';
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
/** The runs keep their compiled code (src/cli/start.ts) in the test's folder, not the user's cache. */
const cacheEnv = () => ({ ...process.env, XDG_CACHE_HOME: join(dir, 'xdg') });
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
    for (const f of ['start.mjs', 'main.cjs', 'worker.mjs', 'in-page.js']) expect(files).toContain(`package/dist/cli/${f}`);
    expect(files.filter((f) => f.endsWith('.ts') || f.startsWith('package/src/'))).toEqual([]);
    const manifest = JSON.parse(await readFile(join(pkg, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(Object.keys(manifest.dependencies)).not.toContain('tsx');
    expect(Object.keys(manifest.dependencies)).not.toContain('esbuild');
  });

  it('declares as dependencies exactly the packages its bundles load at run time (the rest is bundled)', async () => {
    const builtins = new Set(Module.builtinModules);
    // Loaded only where they may be missing: linkedom tries canvas inside try/catch; esbuild builds the
    // worker bundle only when the CLI runs from its TypeScript sources (src/cli/pool/worker-bundle.ts).
    const optional = new Set(['canvas', 'esbuild']);
    const loaded = new Set<string>();
    for (const f of await readdir(join(pkg, 'dist/cli'))) {
      const code = await readFile(join(pkg, 'dist/cli', f), 'utf8');
      // require("x"), import("x"), import … from "x", where x is shaped like a package name.
      const spec = '"((?:node:)?(?:@[a-z0-9._-]+/)?[a-z0-9][a-z0-9._-]*(?:/[a-z0-9._-]+)*)"';
      for (const m of code.matchAll(new RegExp(`(?:require|import)\\(\\s*${spec}\\s*\\)|\\bfrom\\s*${spec}`, 'g'))) {
        const name = (m[1] ?? m[2])!.replace(/^node:/, '');
        const pkgName = name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : name.split('/')[0]!;
        if (!builtins.has(name) && !builtins.has(pkgName) && !optional.has(pkgName)) loaded.add(pkgName);
      }
    }
    const manifest = JSON.parse(await readFile(join(pkg, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(Object.keys(manifest.dependencies).sort()).toEqual([...loaded].sort());
  });

  it('analyses a saved page through the bin symlink, from another directory, without node_modules', { timeout: 60_000 }, async () => {
    const page = join(dir, 'signup.html');
    await writeFile(page, PAGE);
    const r = await run(bin, ['analyze', page, '-q'], { cwd: dir, env: cacheEnv() });
    expect(r.stderr).toBe('');
    const [entry] = JSON.parse(r.stdout) as { forms: { fields: { category: string }[] }[] }[];
    expect(entry!.forms[0]!.fields.map((f) => f.category)).toEqual(expect.arrayContaining(['email', 'phone']));
    const version = await run(bin, ['--version'], { cwd: dir, env: cacheEnv() });
    expect(version.stdout.trim()).toBe(JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')).version);
  });

  it('reads a web archive on two worker threads', { timeout: 120_000 }, async () => {
    const warc = join(dir, 'crawl.warc.gz');
    await writeCrawl(warc);
    const r = await run(bin, ['analyze', warc, '--jobs', '2', '--cache-dir', join(dir, 'cache')], { cwd: dir, env: cacheEnv() });
    const entries = JSON.parse(r.stdout) as { provider?: string }[];
    expect(entries.filter((e) => e.provider === 'aws')).toHaveLength(4);
    expect(r.stderr).toMatch(/2 threads\)\.\n$/);
  });

  it('keeps the code V8 compiled for the next run, and runs as well when that code does not fit', { timeout: 60_000 }, async () => {
    const page = join(dir, 'signup.html');
    await writeFile(page, PAGE);
    const cache = join(dir, 'xdg/kyc-lens/code');
    const env = cacheEnv();
    const analyse = async () => {
      const r = await run(bin, ['analyze', page, '-q'], { cwd: dir, env });
      expect(r.stderr).toBe('');
      return r.stdout;
    };
    const cached = async () => (await readdir(cache).catch(() => [])).filter((f) => f.endsWith('.bin'));
    // Node 22.1+ keeps compiled code itself (module.enableCompileCache); the CLI's own cache is for Node 20.
    const own = !('enableCompileCache' in Module);
    const first = await analyse();
    const files = await cached();
    expect(files).toHaveLength(own ? 1 : 0);
    if (!own) return;
    const path = join(cache, files[0]!);
    const written = await readFile(path);
    expect(written.length).toBeGreaterThan(10_000);
    // A cache of another build is dropped when this one writes its own.
    await writeFile(join(cache, '0000000000000000-v0.bin'), 'old');
    await writeFile(path, 'not V8 code');
    expect(await analyse()).toBe(first);
    expect(await cached()).toEqual(files);
    expect((await readFile(path)).length).toBeGreaterThan(10_000);
    expect(await analyse()).toBe(first);
  });

  it('runs as well when its code cache cannot be written (the cache folder is a file)', { timeout: 60_000 }, async () => {
    const page = join(dir, 'signup.html');
    await writeFile(page, PAGE);
    const blocked = join(dir, 'not-a-folder');
    await writeFile(blocked, '');
    const r = await run(bin, ['analyze', page, '-q'], { cwd: dir, env: { ...process.env, XDG_CACHE_HOME: blocked } });
    expect(r.stderr).toBe('');
    const [entry] = JSON.parse(r.stdout) as { forms: { fields: { category: string }[] }[] }[];
    expect(entry!.forms[0]!.fields.map((f) => f.category)).toEqual(expect.arrayContaining(['email', 'phone']));
  });

  it('stops quietly when the reader of its output goes away (kyc-lens … | head)', { timeout: 60_000 }, async () => {
    // More output than a pipe holds (64 KiB), so the command is still writing when the reader leaves.
    const pages = join(dir, 'many');
    await mkdir(pages);
    for (let i = 0; i < 120; i++) await writeFile(join(pages, `p${i}.html`), PAGE);
    const child = spawn(bin, ['analyze', pages, '--format', 'table'], { cwd: dir, env: cacheEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
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
    const r = await run(bin, ['--help'], { cwd: dir, env: cacheEnv() }).catch((e: { code: number; stderr: string }) => e);
    expect((r as { code: number }).code).toBe(1);
    expect((r as { stderr: string }).stderr).toMatch(/the CLI is not built \(npm run build:cli\)/);
    expect((r as { stderr: string }).stderr).toMatch(/tsx is not installed either/);
  });
});

