// Writes docs/schemas/export.schema.json from the zod schemas of the export format
// (`npx tsx scripts/write-export-schema.ts`); test/unit/history/export-schema.test.ts checks it is current.
import { writeFileSync } from 'node:fs';
import { exportJsonSchema } from '../src/core/history/export-json.ts';

const path = 'docs/schemas/export.schema.json';
writeFileSync(path, `${JSON.stringify(exportJsonSchema(), null, 2)}\n`);
console.log(`Wrote ${path}`);
