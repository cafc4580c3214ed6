// Where things are, relative to the repository (never to the working directory or ../shared).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const DIST_CHROME = join(REPO_ROOT, 'dist/chrome');
export const DIST_FIREFOX = join(REPO_ROOT, 'dist/firefox');
/** The Firefox build plus the read-only test probe (`vite build --mode firefox-test`); the Firefox e2e tests install it. */
export const DIST_FIREFOX_TEST = join(REPO_ROOT, 'dist/firefox-test');
/** Test artifacts (screenshots, logs); gitignored. */
export const RESULTS_DIR = join(REPO_ROOT, 'test-results');
/** Bundled demo signup pages: one folder per real provider hostname. */
export const DEMO_DIR = join(REPO_ROOT, 'demo');
/** Pages made for specific tests (same layout as demo/: one folder per hostname). */
export const E2E_FIXTURES_DIR = join(REPO_ROOT, 'test/e2e/fixtures');

/** Every <dir>/<hostname>/ folder as { hostname: folder }, e.g. demo/portal.aws.amazon.com. */
export function hostFolders(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name.includes('.') && statSync(path).isDirectory()) out[name] = path;
  }
  return out;
}

/** Several { hostname: folder } maps layered into one: a hostname in several maps gets all their folders, in order. */
export function layerHostFolders(...maps: Record<string, string | string[]>[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const map of maps) {
    for (const [host, dirs] of Object.entries(map)) out[host] = [...(out[host] ?? []), ...(Array.isArray(dirs) ? dirs : [dirs])];
  }
  return out;
}

/** Fails with the command to run when the extension has not been built. */
export function assertBuilt(dist: string, command = 'npm run build'): void {
  if (!existsSync(join(dist, 'manifest.json'))) {
    throw new Error(`No built extension at ${dist}. Run \`${command}\` first (\`npm test\` does it for you).`);
  }
}
