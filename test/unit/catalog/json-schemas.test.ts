import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { PROVIDER_CATALOG } from '../../../src/core/catalog/data/providers/index.ts';
import { REQUIREMENT_CATALOGS } from '../../../src/core/catalog/data/requirement-catalogs.ts';
import { VENDOR_REGISTRY } from '../../../src/core/catalog/data/vendors.ts';
import { generateJsonSchemas } from '../../../src/core/catalog/json-schema.ts';

const DIR = new URL('../../../docs/schemas/', import.meta.url);
const committed = (file: string) => readFileSync(fileURLToPath(new URL(file, DIR)), 'utf8');
const generated = generateJsonSchemas();

describe('JSON Schema exports in docs/schemas', () => {
  it('are the three catalog schemas', () => {
    expect(Object.keys(generated).sort()).toEqual([
      'provider-catalog.schema.json',
      'requirement-catalog.schema.json',
      'vendors.schema.json',
    ]);
  });

  it('equal freshly generated ones (run `npm run schemas` if this fails)', () => {
    for (const [file, json] of Object.entries(generated)) expect(committed(file), file).toBe(json);
  });

  it('accept the shipped data and reject a malformed entry, for readers without TypeScript', () => {
    const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
    const check = (file: string, data: unknown) => {
      const validate = ajv.compile(JSON.parse(committed(file)));
      return validate(JSON.parse(JSON.stringify(data))) ? [] : (validate.errors ?? []);
    };
    for (const c of REQUIREMENT_CATALOGS) expect(check('requirement-catalog.schema.json', c)).toEqual([]);
    expect(check('provider-catalog.schema.json', PROVIDER_CATALOG)).toEqual([]);
    expect(check('vendors.schema.json', VENDOR_REGISTRY)).toEqual([]);

    const badVendor = structuredClone(VENDOR_REGISTRY);
    badVendor.vendors[0]!.domains[0]!.domain = '*.stripe.com';
    expect(check('vendors.schema.json', badVendor).length).toBeGreaterThan(0);
    const badCatalog = structuredClone(REQUIREMENT_CATALOGS[0]!) as unknown as { categoryMap: Record<string, unknown> };
    delete badCatalog.categoryMap.other;
    expect(check('requirement-catalog.schema.json', badCatalog).length).toBeGreaterThan(0);
  });
});
