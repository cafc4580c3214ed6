// `npm run package`: the files a person submits to the stores, from the build in dist/ —
//   dist/store/kyc-lens-<version>-chrome.zip   Chrome Web Store
//   dist/store/kyc-lens-<version>-firefox.zip  addons.mozilla.org
//   dist/store/kyc-lens-<version>-source.zip   the source AMO asks for with bundled code: every file git
//                                              tracks; README's "Install the extension" builds it
// and their SHA-256, so a published add-on can be checked against a rebuild of the same commit
// (the builds and the zips are byte-reproducible; test/e2e/package.test.ts proves it).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesBelow, zipFiles } from './store-zip.ts';

const ROOT = join(import.meta.dirname, '..');

/** The files git tracks, or a clear error outside a checkout (AMO's source archive is the repository). */
function trackedFiles(): string[] {
  try {
    return execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
  } catch {
    throw new Error('The source archive lists the files git tracks: run `npm run package` in a git checkout of KYC Lens.');
  }
}

export async function storePackages(distRoot: string): Promise<{ name: string; bytes: Buffer }[]> {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const out: { name: string; bytes: Buffer }[] = [];
  for (const browser of ['chrome', 'firefox'] as const) {
    const dir = join(distRoot, browser);
    out.push({ name: `kyc-lens-${version}-${browser}.zip`, bytes: await zipFiles(dir, filesBelow(dir)) });
  }
  out.push({ name: `kyc-lens-${version}-source.zip`, bytes: await zipFiles(ROOT, trackedFiles()) });
  return out;
}

if (import.meta.filename === process.argv[1]) {
  const distRoot = join(ROOT, process.env.KYC_LENS_DIST ?? 'dist');
  const storeDir = join(distRoot, 'store');
  mkdirSync(storeDir, { recursive: true });
  for (const { name, bytes } of await storePackages(distRoot)) {
    writeFileSync(join(storeDir, name), bytes);
    console.log(`${createHash('sha256').update(bytes).digest('hex')}  ${join(storeDir, name)}`);
  }
}
