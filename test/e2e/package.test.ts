// The store packages are reproducible: two builds of the same checkout give byte-identical zips, so
// anyone can rebuild a commit and check it against the add-on the stores publish.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import yauzl from 'yauzl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storePackages } from '../../scripts/package.ts';
import { filesBelow } from '../../scripts/store-zip.ts';
import { REPO_ROOT } from './harness/index.ts';

const run = promisify(execFile);
const roots = [mkdtempSync(join(tmpdir(), 'kyc-lens-build-a-')), mkdtempSync(join(tmpdir(), 'kyc-lens-build-b-'))];

async function buildInto(root: string): Promise<void> {
  for (const mode of ['chrome', 'firefox']) {
    await run(join(REPO_ROOT, 'node_modules/.bin/vite'), ['build', '--mode', mode, '--logLevel', 'error'], {
      cwd: REPO_ROOT,
      env: { ...process.env, KYC_LENS_DIST: root },
    });
  }
}

function zipEntries(bytes: Buffer): Promise<string[]> {
  return new Promise((resolve, reject) =>
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (err, zip) => {
      if (err) return reject(err);
      const names: string[] = [];
      zip.on('entry', (e: yauzl.Entry) => {
        names.push(e.fileName);
        zip.readEntry();
      });
      zip.on('end', () => resolve(names));
      zip.on('error', reject);
      zip.readEntry();
    }),
  );
}

let packages: { name: string; bytes: Buffer }[][];

beforeAll(async () => {
  // One build after the other: the second must not see anything of the first.
  await buildInto(roots[0]!);
  await buildInto(roots[1]!);
  packages = [await storePackages(roots[0]!), await storePackages(roots[1]!)];
}, 180_000);

afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

describe('store packages', () => {
  it('are byte-identical across two builds of the same commit', () => {
    expect(packages[0]!.map((p) => p.name)).toEqual(packages[1]!.map((p) => p.name));
    for (const [i, pkg] of packages[0]!.entries()) {
      expect(pkg.bytes.equals(packages[1]![i]!.bytes), `${pkg.name} differs between the two builds`).toBe(true);
    }
  });

  it('hold exactly the built extension, manifest at the root, for each store', async () => {
    for (const browser of ['chrome', 'firefox']) {
      const zip = packages[0]!.find((p) => p.name.endsWith(`-${browser}.zip`))!;
      const entries = await zipEntries(zip.bytes);
      expect(entries).toEqual(filesBelow(join(roots[0]!, browser)));
      expect(entries).toContain('manifest.json');
      const manifest = JSON.parse(readFileSync(join(roots[0]!, browser, 'manifest.json'), 'utf8')) as { web_accessible_resources?: unknown[] };
      expect(manifest.web_accessible_resources ?? []).toEqual([]);
    }
  });

  it('include the source AMO asks for: what git tracks, nothing built or installed', async () => {
    const source = packages[0]!.find((p) => p.name.endsWith('-source.zip'))!;
    const entries = await zipEntries(source.bytes);
    expect(entries).toEqual(expect.arrayContaining(['package.json', 'package-lock.json', 'README.md', 'vite.config.ts', 'manifest.json']));
    expect(entries.filter((e) => /^(node_modules|dist|test-results)\//.test(e))).toEqual([]);
  });
});
