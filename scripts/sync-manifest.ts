// One source of truth for where the extension runs: rewrites manifest.json's host_permissions and
// content_scripts[0].matches from the provider catalog's signup pages (https://<host><signup path>,
// sorted): the content script runs on signup, registration, verification and first-billing paths,
// never on a whole console.
// `--check` only compares and exits 1 on drift. The catalog is validated first, so invalid data is
// never written into the manifest. Vendor hosts (Stripe, Jumio, …) are recognised, never injected into.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { signupHostPatterns } from '../src/core/catalog/index.ts';
import { assertKnowledgeBaseValid } from '../src/core/catalog/validate.ts';

export const MANIFEST_PATH = fileURLToPath(new URL('../manifest.json', import.meta.url));

interface ManifestLike {
  host_permissions?: string[];
  content_scripts?: { matches?: string[] }[];
  [key: string]: unknown;
}

/** The manifest with its host permissions and first content script's matches set from the catalog. */
export function withCatalogHosts(manifest: ManifestLike, patterns: readonly string[] = signupHostPatterns()): ManifestLike {
  const first = manifest.content_scripts?.[0];
  if (!first) throw new Error('manifest.json has no content_scripts[0] to update');
  return {
    ...manifest,
    host_permissions: [...patterns],
    content_scripts: [{ ...first, matches: [...patterns] }, ...(manifest.content_scripts ?? []).slice(1)],
  };
}

/** 2-space JSON, with short string arrays kept on one line as the hand-written manifest has them. */
export function formatJson(value: unknown): string {
  const pretty = JSON.stringify(value, null, 2).replace(/\[\n(?:\s+"[^"\n]*",?\n)+\s*\]/g, (block) => {
    const inline = JSON.stringify(JSON.parse(block)).replaceAll('","', '", "');
    return inline.length <= 60 ? inline : block;
  });
  return `${pretty}\n`;
}

function main(args: readonly string[]): number {
  assertKnowledgeBaseValid();
  const text = readFileSync(MANIFEST_PATH, 'utf8');
  const manifest = JSON.parse(text) as ManifestLike;
  const next = formatJson(withCatalogHosts(manifest));
  if (JSON.stringify(JSON.parse(next)) === JSON.stringify(manifest)) {
    console.log(`manifest.json is in sync with the provider catalog (${signupHostPatterns().length} signup path patterns).`);
    return 0;
  }
  if (args.includes('--check')) {
    console.error('manifest.json has drifted from the provider catalog; run `npm run sync:manifest`.');
    return 1;
  }
  writeFileSync(MANIFEST_PATH, next);
  console.log(`manifest.json updated: ${signupHostPatterns().length} signup path patterns.`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main(process.argv.slice(2));
