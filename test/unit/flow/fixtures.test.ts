// The flow fixtures are test data: check they are complete and consistent before a browser uses them.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { vendorForOrigin } from '../../../src/core/catalog/index.ts';
import { expectedFlow, FLOWS_DIR, flowProviders, providerHostDirs } from '../../fixtures/flows/schema.ts';

describe('signup-flow fixtures', () => {
  const providers = flowProviders();

  it('cover at least ten providers', () => {
    expect(providers.length).toBeGreaterThanOrEqual(10);
  });

  for (const provider of providers) {
    it(`${provider}: expected.json is valid and its start page and vendor hosts exist`, () => {
      const flow = expectedFlow(provider);
      expect(flow.provider).toBe(provider);
      const hosts = providerHostDirs(provider);
      expect(Object.keys(hosts)).toContain(new URL(flow.start).hostname);
      for (const host of flow.vendorHosts) expect(existsSync(join(FLOWS_DIR, '_vendors', host)), host).toBe(true);
      for (const step of flow.steps) for (const c of step.categories) expect(step.optionalCategories).not.toContain(c);
    });

    it(`${provider}: every expected vendor is a catalog vendor of that role`, () => {
      for (const step of expectedFlow(provider).steps) {
        for (const v of step.vendors) {
          const host = expectedFlow(provider).vendorHosts.find((h) => vendorForOrigin(`https://${h}`)?.id === v.vendorId);
          expect(host, `${v.vendorId} has a fixture host`).toBeDefined();
          expect(vendorForOrigin(`https://${host}`)?.role).toBe(v.role);
        }
      }
    });
  }

  it('each step heading appears in the fixture pages', () => {
    for (const provider of providers) {
      const html = Object.values(providerHostDirs(provider)).map(readAll).join('\n');
      for (const step of expectedFlow(provider).steps) expect(html, `${provider}: ${step.heading}`).toContain(step.heading);
    }
  });
});

function readAll(dir: string): string {
  let out = '';
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    out += statSync(path).isDirectory() ? readAll(path) : readFileSync(path, 'utf8');
  }
  return out;
}
