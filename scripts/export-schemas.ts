// Writes the knowledge base's JSON Schema files to docs/schemas/ (zod 4's z.toJSONSchema), after
// validating the data. `--check` only compares and exits 1 when the committed files are stale.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateJsonSchemas } from '../src/core/catalog/json-schema.ts';
import { assertKnowledgeBaseValid } from '../src/core/catalog/validate.ts';

const DIR = fileURLToPath(new URL('../docs/schemas/', import.meta.url));

function read(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

function main(args: readonly string[]): number {
  assertKnowledgeBaseValid();
  const stale: string[] = [];
  mkdirSync(DIR, { recursive: true });
  for (const [file, json] of Object.entries(generateJsonSchemas())) {
    const path = join(DIR, file);
    if (read(path) === json) continue;
    stale.push(file);
    if (!args.includes('--check')) writeFileSync(path, json);
  }
  if (args.includes('--check') && stale.length) {
    console.error(`docs/schemas is stale (${stale.join(', ')}); run \`npm run schemas\`.`);
    return 1;
  }
  console.log(stale.length ? `wrote ${stale.join(', ')}` : 'docs/schemas is up to date.');
  return 0;
}

process.exitCode = main(process.argv.slice(2));
