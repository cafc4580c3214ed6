// The store packages are reproducible: the extension rebuilt from AMO's source archive, unpacked in
// another folder, zips to the same bytes as the checkout's own build, so anyone can rebuild a commit
// and check it against the add-on the stores publish.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import yauzl from 'yauzl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storePackages } from '../../scripts/package.ts';
import { filesBelow } from '../../scripts/store-zip.ts';
import { REPO_ROOT } from './harness/index.ts';

const run = promisify(execFile);
const scratch = mkdtempSync(join(tmpdir(), 'kyc-lens-package-'));
const roots = [join(scratch, 'dist-checkout'), join(scratch, 'dist-from-source')];
const unpacked = join(scratch, 'source');

async function buildInto(root: string, cwd: string): Promise<void> {
  for (const mode of ['chrome', 'firefox']) {
    await run(join(REPO_ROOT, 'node_modules/.bin/vite'), ['build', '--mode', mode, '--logLevel', 'error'], {
      cwd,
      env: { ...process.env, KYC_LENS_DIST: root },
    });
  }
}

/** Every entry of a zip with its bytes. */
function unzip(bytes: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) =>
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (err, zip) => {
      if (err) return reject(err);
      const entries = new Map<string, Buffer>();
      zip.on('entry', (e: yauzl.Entry) => {
        zip.openReadStream(e, (error, stream) => {
          if (error) return reject(error);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            entries.set(e.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(entries));
      zip.on('error', reject);
      zip.readEntry();
    }),
  );
}
const zipEntries = async (bytes: Buffer) => [...(await unzip(bytes)).keys()];

let packages: { name: string; bytes: Buffer }[][];

beforeAll(async () => {
  await buildInto(roots[0]!, REPO_ROOT);
  const fromCheckout = await storePackages(roots[0]!);
  // The second build starts from the source archive alone, unpacked elsewhere (dependencies as npm ci installs them).
  const source = await unzip(fromCheckout.find((p) => p.name.endsWith('-source.zip'))!.bytes);
  for (const [name, bytes] of source) {
    mkdirSync(dirname(join(unpacked, name)), { recursive: true });
    writeFileSync(join(unpacked, name), bytes);
  }
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(unpacked, 'node_modules'));
  await buildInto(roots[1]!, unpacked);
  packages = [fromCheckout, await storePackages(roots[1]!)];
}, 180_000);

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe('store packages', () => {
  it('are byte-identical when rebuilt from the source archive in another folder', () => {
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
      // A release build: no development JSX carrying the build folder's paths.
      const leaks = [...(await unzip(zip.bytes))].filter(([, bytes]) => bytes.includes(REPO_ROOT) || bytes.includes('jsxDEV'));
      expect(leaks.map(([name]) => name)).toEqual([]);
    }
  });

  it('include the source AMO asks for: what git tracks, nothing built or installed', async () => {
    const source = packages[0]!.find((p) => p.name.endsWith('-source.zip'))!;
    const entries = await zipEntries(source.bytes);
    expect(entries).toEqual(expect.arrayContaining(['package.json', 'package-lock.json', 'README.md', 'vite.config.ts', 'manifest.json']));
    expect(entries.filter((e) => /^(node_modules|dist|test-results)\//.test(e))).toEqual([]);
  });
});
