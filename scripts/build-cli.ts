// `npm run build:cli` (also run by `npm run build` and, through `prepare`, by `npm install` in a
// checkout and by `npm pack`): bundles the command line into plain JavaScript in dist/cli, so
// `kyc-lens` starts without compiling TypeScript. Four files: the command (src/cli/main.ts and all it
// imports, commands and archive readers included but run only when used) as one CommonJS script,
// which start.mjs (src/cli/start.ts) loads with V8's code cache; the worker threads' script; and
// `--render`'s in-page extractor.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { type BuildOptions, build, type Plugin } from 'esbuild';
import type { BuildInfo } from '../src/cli/build-info.ts';
import { engineSourceHash } from '../src/cli/cache/digest-cache.ts';
import { EXTRACTOR_BUILD, EXTRACTOR_ENTRY } from '../src/cli/render/extractor-bundle.ts';

export const CLI_OUT = 'dist/cli';
const MAIN = 'main.cjs';
const STAMP = '.sources';

/** A hash of everything a bundle can be made of: the sources, the lock file and this script. */
function sourcesHash(): string {
  const h = createHash('sha256');
  const files = readdirSync('src', { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name))
    .sort();
  for (const f of [...files, 'package-lock.json', 'scripts/build-cli.ts']) h.update(f).update(readFileSync(f));
  return h.digest('hex');
}

/**
 * linkedom parses a <style> element's CSS (cssomnom) only when its `.sheet` is read, which the
 * extractor never does; yet loading cssomnom builds an Intl.NumberFormat (9 ms of a profiled start).
 * The CLI bundles a stand-in that says so if it is ever reached.
 */
const noStyleSheets: Plugin = {
  name: 'no-style-sheets',
  setup(b) {
    b.onResolve({ filter: /^cssomnom\/parse$/ }, () => ({ path: 'cssomnom-parse', namespace: 'no-style-sheets' }));
    b.onLoad({ filter: /.*/, namespace: 'no-style-sheets' }, () => ({
      contents: "export function parse() { throw new Error('kyc-lens: the CLI does not parse style sheets'); }",
    }));
  },
};

export async function buildCli(outdir = CLI_OUT): Promise<void> {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  const info: BuildInfo = { version, engine: engineSourceHash(), worker: 'worker.mjs', extractor: 'in-page.js' };
  const stamp = sourcesHash();
  // Built beside and swapped in, so a run that starts meanwhile finds the old build or the new one.
  const fresh = `${outdir}.${process.pid}.tmp`;
  await rm(fresh, { recursive: true, force: true });
  const shared = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    // Dependencies are bundled too: one file starts faster than resolving and loading node_modules
    // (cjs-module-lexer on the CommonJS ones), and the package then runs without them. Only the
    // development-time fallbacks of pool/worker-bundle.ts (esbuild, tsx) stay out; the built CLI
    // never reaches them. playwright-core (only `--render` loads it, on demand) stays a dependency:
    // it finds its own files at run time and cannot be bundled.
    external: ['esbuild', 'tsx', 'playwright-core'],
    minifyWhitespace: true,
    minifySyntax: true,
    plugins: [noStyleSheets],
    logLevel: 'warning',
  } satisfies BuildOptions;
  // One script, not ES modules, because V8's code cache (start.ts) takes scripts only on Node 20.
  // What the sources read from import.meta.url is the bundle's own address.
  await build({
    ...shared,
    entryPoints: ['src/cli/main.ts'],
    outfile: join(fresh, MAIN),
    format: 'cjs',
    // A script run by vm.Script has no dynamic import() on Node 20 (the one left is playwright-core's,
    // a CommonJS package): require() instead.
    supported: { 'dynamic-import': false },
    banner: { js: "var __kycImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    define: { __KYC_LENS_BUILD__: JSON.stringify(info), 'import.meta.url': '__kycImportMetaUrl' },
  });
  const main = { file: MAIN, hash: createHash('sha256').update(readFileSync(join(fresh, MAIN))).digest('hex').slice(0, 16) };
  await build({ ...shared, entryPoints: ['src/cli/start.ts'], outfile: join(fresh, 'start.mjs'), format: 'esm', define: { __KYC_LENS_MAIN__: JSON.stringify(main) } });
  await build({
    ...shared,
    entryPoints: ['src/cli/pool/worker.ts'],
    outfile: join(fresh, info.worker),
    format: 'esm',
    // Some dependencies are CommonJS and call require(); give the ESM bundle one.
    banner: { js: "import { createRequire as __kycRequire } from 'node:module'; const require = __kycRequire(import.meta.url);" },
    define: { __KYC_LENS_BUILD__: JSON.stringify(info) },
  });
  await build({ entryPoints: [EXTRACTOR_ENTRY], ...EXTRACTOR_BUILD, outfile: join(fresh, info.extractor), logLevel: 'warning' });
  writeFileSync(join(fresh, STAMP), stamp);
  const old = `${outdir}.${process.pid}.old`;
  await rename(outdir, old).catch(() => {});
  await rename(fresh, outdir);
  await rm(old, { recursive: true, force: true });
}

/** Builds unless dist/cli was built from the sources as they are now (the unit tests' global setup). */
export async function buildCliIfStale(outdir = CLI_OUT): Promise<boolean> {
  let built = '';
  try {
    built = readFileSync(join(outdir, STAMP), 'utf8');
  } catch {}
  if (built === sourcesHash()) return false;
  await buildCli(outdir);
  return true;
}

if (process.argv[1]?.endsWith('build-cli.ts')) await buildCli();
