// Worker threads run one bundled JavaScript file instead of loading the TypeScript sources through
// tsx: measured here, a thread then costs ~60 MB instead of ~90 MB (no loader hooks, no transpiling
// in each thread) and starts faster. The built CLI (dist/cli, scripts/build-cli.ts) has that file
// beside it. Run from its sources (tests, development), the bundle is built with esbuild on first
// use and kept in the temporary directory under a hash of everything it is made of (the engine's
// sources, the worker, the dependency lock file), so a changed source tree gets a new bundle. If it
// cannot be built, the threads start from boot.mjs, which registers tsx (slower, same results).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BUILD } from '../build-info.ts';
import { engineSourceHash } from '../cache/digest-cache.ts';

const WORKER_TS = fileURLToPath(new URL('./worker.ts', import.meta.url));
export const BOOT_MJS = new URL('./boot.mjs', import.meta.url);
const LOCK = fileURLToPath(new URL('../../../package-lock.json', import.meta.url));

function bundleHash(): string {
  const h = createHash('sha256').update(engineSourceHash()).update(readFileSync(WORKER_TS));
  if (existsSync(LOCK)) h.update(readFileSync(LOCK));
  return h.digest('hex').slice(0, 16);
}

let entry: Promise<URL> | undefined;

/** The script worker threads start from: the bundle, built once per source state, or boot.mjs. */
export function workerEntry(): Promise<URL> {
  // The built CLI (dist/cli) has its worker script beside it.
  if (BUILD) return Promise.resolve(new URL(`./${BUILD.worker}`, import.meta.url));
  entry ??= build().catch(() => BOOT_MJS);
  return entry;
}

async function build(): Promise<URL> {
  if (process.env.KYC_LENS_WORKER_BUNDLE === '0') return BOOT_MJS;
  const path = join(tmpdir(), `kyc-lens-worker-${bundleHash()}.mjs`);
  if (existsSync(path)) return pathToFileURL(path);
  const { build: esbuild } = await import('esbuild');
  const result = await esbuild({
    entryPoints: [WORKER_TS],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    logLevel: 'silent',
    // Some dependencies are CommonJS and call require(); give the ESM bundle one.
    banner: { js: "import { createRequire as __kycRequire } from 'node:module'; const require = __kycRequire(import.meta.url);" },
  });
  const code = result.outputFiles[0]?.text;
  if (!code) throw new Error('esbuild produced no output');
  // Written under a temporary name and renamed, so a concurrent run never starts a half-written file.
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(tmp, code);
    await rename(tmp, path);
  } finally {
    await rm(tmp, { force: true });
  }
  return pathToFileURL(path);
}
