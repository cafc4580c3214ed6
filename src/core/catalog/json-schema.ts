// JSON Schema exports of the knowledge-base schemas, for researchers who read the data without
// TypeScript. Cross-reference rules (ids that must exist, hosts claimed once) live in the zod
// refinements and the tests; JSON Schema carries the shapes, enums and patterns.
import { z } from 'zod';
import { ProviderCatalogSchema, RequirementCatalogSchema, VendorRegistrySchema } from './schema.ts';

export const SCHEMA_FILES = {
  'requirement-catalog.schema.json': RequirementCatalogSchema,
  'provider-catalog.schema.json': ProviderCatalogSchema,
  'vendors.schema.json': VendorRegistrySchema,
} as const;

/** File name → JSON text (2-space indented, trailing newline), exactly as committed under docs/schemas/. */
export function generateJsonSchemas(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [file, schema] of Object.entries(SCHEMA_FILES)) {
    out[file] = `${JSON.stringify(z.toJSONSchema(schema, { target: 'draft-2020-12' }), null, 2)}\n`;
  }
  return out;
}
