import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { manifestFor } from '../../../manifest.config.ts';
import { MANIFEST_PATH, formatJson, withCatalogHosts } from '../../../scripts/sync-manifest.ts';
import { isSignupPage, PROVIDERS, providerForUrl, signupHostPatterns, signupHosts, vendorForOrigin } from '../../../src/core/catalog/index.ts';
import { HOSTNAME_RE } from '../../../src/core/catalog/schema.ts';

interface Manifest {
  host_permissions: string[];
  content_scripts: { matches: string[] }[];
  permissions: string[];
  [key: string]: unknown;
}
const manifest = JSON.parse(readFileSync(MANIFEST_PATH, 'utf8')) as Manifest;
const PATTERN = /^https:\/\/([^/]+)(\/[^?#]*)$/;

describe('manifest.json is generated from the provider catalog', () => {
  it('has exactly the catalog’s signup host patterns (run `npm run sync:manifest` if this fails)', () => {
    expect(manifest.host_permissions).toEqual(signupHostPatterns());
    expect(manifest.content_scripts[0]?.matches).toEqual(signupHostPatterns());
  });

  it('the Firefox manifest derived from it carries the same patterns', () => {
    const firefox = manifestFor('firefox') as unknown as Manifest;
    expect(firefox.host_permissions).toEqual(signupHostPatterns());
    expect(firefox.content_scripts[0]?.matches).toEqual(signupHostPatterns());
  });

  it('is sorted, unique and no broader than a provider signup host', () => {
    const patterns = manifest.host_permissions;
    expect([...patterns].sort()).toEqual(patterns);
    expect(new Set(patterns).size).toBe(patterns.length);
    const signup = new Set(signupHosts());
    for (const p of patterns) {
      expect(p).not.toBe('<all_urls>');
      const host = PATTERN.exec(p)?.[1];
      expect(host, p).toBeDefined();
      expect(host).toMatch(HOSTNAME_RE); // no '*', no wildcard TLD, no port
      expect(signup.has(host!), p).toBe(true);
    }
    expect(manifest.permissions).not.toContain('<all_urls>');
  });

  it('runs on signup paths only: a whole site only where the host serves nothing but signup', () => {
    const wholeSite = manifest.content_scripts[0]!.matches.filter((p) => PATTERN.exec(p)?.[2] === '/*').map((p) => PATTERN.exec(p)![1]);
    // Consoles and marketing sites where people work or browse: their signup path only.
    for (const host of ['console.cloud.google.com', 'vercel.com', 'fly.io', 'dash.cloudflare.com', 'contabo.com', 'cloud.digitalocean.com'])
      expect(wholeSite, host).not.toContain(host);
    for (const host of wholeSite) expect(host, host).toMatch(/^signup\./);
    expect(manifest.content_scripts[0]!.matches).toContain('https://console.cloud.google.com/freetrial*');
    expect(manifest.content_scripts[0]!.matches).toContain('https://vercel.com/signup*');
  });

  it('covers every current signup URL of the catalog', () => {
    for (const p of PROVIDERS)
      for (const u of p.signupUrls) if (u.status === 'current') expect(isSignupPage(u.url), u.url).toBe(true);
    expect(isSignupPage('https://console.cloud.google.com/compute/instancesAdd?project=demo')).toBe(false);
    expect(isSignupPage('https://vercel.com/dashboard')).toBe(false);
    expect(isSignupPage('https://portal.aws.amazon.com/billing/signup?x=1')).toBe(true);
  });

  it('covers the signup hosts of at least 30 providers', () => {
    const covered = new Set(manifest.host_permissions.map((p) => providerForUrl(p.replace(/\/[^/]*$/, '/'))));
    covered.delete(null);
    expect(covered.size).toBeGreaterThanOrEqual(30);
    for (const p of PROVIDERS) expect(covered.has(p.id), p.id).toBe(true);
  });

  it('never injects into third-party vendors (they are recognised, not run in)', () => {
    for (const p of manifest.host_permissions) expect(vendorForOrigin(`https://${PATTERN.exec(p)![1]}/`), p).toBeNull();
    for (const p of PROVIDERS)
      for (const t of p.thirdPartyHosts) if (t.host) expect(manifest.host_permissions).not.toContain(`https://${t.host}/*`);
  });
});

describe('sync-manifest', () => {
  it('replaces drifted patterns and keeps every other key', () => {
    const drifted = {
      ...structuredClone(manifest),
      host_permissions: ['<all_urls>'],
      content_scripts: [{ ...manifest.content_scripts[0], matches: ['https://*/*'] }],
    };
    const synced = withCatalogHosts(drifted);
    expect(synced.host_permissions).toEqual(signupHostPatterns());
    expect(synced.content_scripts?.[0]?.matches).toEqual(signupHostPatterns());
    expect(JSON.parse(formatJson(synced))).toEqual(manifest);
  });

  it('refuses a manifest without a content script to update', () => {
    expect(() => withCatalogHosts({ host_permissions: [] })).toThrow(/content_scripts\[0\]/);
  });

  it('writes the committed formatting byte for byte', () => {
    expect(formatJson(withCatalogHosts(manifest))).toBe(readFileSync(MANIFEST_PATH, 'utf8'));
  });
});
