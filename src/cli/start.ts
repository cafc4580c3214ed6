// How the built command starts: bin/kyc-lens.js → dist/cli/start.mjs (this file) → dist/cli/main.cjs,
// the whole command in one CommonJS bundle (scripts/build-cli.ts). Parsing and compiling that bundle
// is about a fifth of a small run, so the code V8 compiles is kept: on Node 22.1+ by Node itself
// (module.enableCompileCache); before that here, with V8's code cache, in
// <cache dir>/code/<bundle hash>-<Node version>.bin. The first run writes it (and removes those of
// other builds); V8 refuses one that does not fit (another V8, other flags), and the run then writes a
// fresh one. The bundle's hash is in the name, so a rebuilt command never reads an earlier one's code.
import { readFileSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import Module, { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { writeAtomically } from './cache/atomic-file.ts';
import { defaultCacheDir } from './cache/dir.ts';
import type { main } from './main.ts';

/** The command bundle beside this file, and a hash of its content (defined by scripts/build-cli.ts). */
declare const __KYC_LENS_MAIN__: { file: string; hash: string };

type Main = typeof main;

/** Runs the command; resolves to its exit status. */
export async function start(argv: readonly string[], io: Parameters<Main>[1]): Promise<number> {
  const file = fileURLToPath(new URL(`./${__KYC_LENS_MAIN__.file}`, import.meta.url));
  const require = createRequire(file);
  const enable = (Module as { enableCompileCache?: () => unknown }).enableCompileCache;
  if (enable) {
    enable();
    return (require(file) as { main: Main }).main(argv, io);
  }
  const cacheDir = join(defaultCacheDir(), 'code');
  const cacheName = `${__KYC_LENS_MAIN__.hash}-${process.version}.bin`;
  const cacheFile = join(cacheDir, cacheName);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // Not written yet: this run compiles, then writes it.
  }
  const script = new vm.Script(Module.wrap(readFileSync(file, 'utf8')), { filename: file, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} as { main: Main } };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, require, module, file, dirname(file));
  const status = await module.exports.main(argv, io);
  // After the run, so the cache holds the functions it compiled, not only the top level.
  if (!cachedData || script.cachedDataRejected) {
    await writeAtomically(cacheFile, script.createCachedData());
    const others = (await readdir(cacheDir).catch(() => [])).filter((name) => name.endsWith('.bin') && name !== cacheName);
    await Promise.all(others.map((name) => rm(join(cacheDir, name), { force: true })));
  }
  return status;
}
