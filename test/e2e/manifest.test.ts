// The built manifests (dist/chrome, dist/firefox) ask for the fewest permissions, expose nothing a
// page could use to detect the extension, and the Firefox build passes `web-ext lint` with 0 errors.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { asManifestVersion, CHROME_FLOOR, FIREFOX_FLOOR } from '../../browser-floors.ts';
import { providerForUrl } from '../../src/core/catalog/index.ts';
import { DIST_CHROME, DIST_FIREFOX, REPO_ROOT } from './harness/index.ts';

type ContentScript = { matches: string[]; js: string[]; all_frames?: boolean };
type BuiltManifest = {
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: ContentScript[];
  web_accessible_resources?: unknown[];
  background: { service_worker?: string; scripts?: string[]; type?: string };
  browser_specific_settings?: {
    gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: { required?: string[] } };
  };
  minimum_chrome_version?: string;
};

const read = (dist: string): BuiltManifest => JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
const chrome = read(DIST_CHROME);
const firefox = read(DIST_FIREFOX);

const FORBIDDEN_PERMISSIONS = ['<all_urls>', 'tabs', 'webRequest', 'webRequestBlocking', 'debugger', 'history', 'cookies'];
// One https host, optionally with a "*." subdomain wildcard below a real domain; never a wildcard host.
/** https://<provider host><signup path>: the content script runs on signup paths only (sync-manifest.ts). */
const PROVIDER_HOST_PATTERN = /^https:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+\/[A-Za-z0-9/_.~%*-]*$/;

function jsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return jsFiles(path);
    return name.endsWith('.js') ? [path] : [];
  });
}

describe.each([
  ['Chrome', DIST_CHROME, chrome],
  ['Firefox', DIST_FIREFOX, firefox],
] as const)('%s build manifest', (_browser, dist, manifest) => {
  it('is Manifest V3 with exactly the permissions storage, activeTab and scripting', () => {
    expect(manifest.manifest_version).toBe(3);
    expect([...(manifest.permissions ?? [])].sort()).toEqual(['activeTab', 'scripting', 'storage']);
    for (const p of manifest.optional_permissions ?? []) expect(FORBIDDEN_PERMISSIONS).not.toContain(p);
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
  });

  it('has host permissions only for provider hosts of the catalog, over https', () => {
    const hosts = manifest.host_permissions ?? [];
    expect(hosts.length).toBeGreaterThan(0);
    expect(hosts).toContain('https://portal.aws.amazon.com/billing/signup*');
    for (const pattern of [...hosts, ...(manifest.optional_host_permissions ?? [])]) {
      expect(pattern).toMatch(PROVIDER_HOST_PATTERN);
      const host = pattern.slice('https://'.length).split('/')[0]!.replace(/^\*\./, '');
      expect(providerForUrl(`https://${host}/`), `${pattern} is not a catalog provider host`).not.toBeNull();
    }
  });

  it('runs its content scripts only where it has host permission, as self-contained files', () => {
    const scripts = manifest.content_scripts ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      for (const match of script.matches) expect(manifest.host_permissions).toContain(match);
      for (const file of script.js) {
        const code = readFileSync(join(dist, file), 'utf8');
        // A content script that imports chunks needs them web-accessible, which lets pages detect the extension.
        expect(code).not.toMatch(/\bimport\s*\(|^\s*import[\s{*]/m);
        expect(code).not.toContain('runtime.getURL');
      }
    }
  });

  it('exposes no web-accessible resources', () => {
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
  });

  it('contains no code that could make a network request', () => {
    const offenders = jsFiles(dist).filter((file) =>
      /\bfetch\s*\(|XMLHttpRequest|new\s+WebSocket|sendBeacon|new\s+EventSource/.test(readFileSync(file, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('contains no Function-constructor call (zod is built jitless; the extension CSP forbids eval anyway)', () => {
    const offenders = jsFiles(dist).filter((file) => /\b(new\s+)?Function\s*\(/.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('loads the popup as one script with its styles inline, and the script exists', () => {
    const html = readFileSync(join(dist, 'src/popup/index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts).toHaveLength(1);
    expect(existsSync(join(dist, scripts[0]!))).toBe(true);
    expect(html).not.toMatch(/<link\b[^>]*rel="(stylesheet|modulepreload)"/);
    expect(html).toMatch(/<style>[^<]*--bg:/);
  });
});

describe('Chrome build', () => {
  it('declares the Chromium floor that the APIs it uses need', () => {
    expect(chrome.minimum_chrome_version).toBe(String(CHROME_FLOOR.min));
    expect(firefox.minimum_chrome_version).toBeUndefined();
  });
});

describe('Firefox build', () => {
  it('derives from the Chrome manifest: same permissions, hosts and match patterns', () => {
    expect(firefox.permissions).toEqual(chrome.permissions);
    expect(firefox.host_permissions).toEqual(chrome.host_permissions);
    expect(firefox.content_scripts?.map((c) => c.matches)).toEqual(chrome.content_scripts?.map((c) => c.matches));
  });

  it('uses background scripts (no service worker), a gecko id, the Firefox floor (ESR 140) and declares no data collection', () => {
    expect(firefox.background.service_worker).toBeUndefined();
    for (const script of firefox.background.scripts ?? []) expect(existsSync(join(DIST_FIREFOX, script))).toBe(true);
    expect(firefox.background.scripts?.length).toBeGreaterThan(0);
    const gecko = firefox.browser_specific_settings?.gecko;
    expect(gecko?.id).toMatch(/@/);
    expect(gecko?.strict_min_version).toBe(asManifestVersion(FIREFOX_FLOOR));
    expect(FIREFOX_FLOOR.min).toBe(140); // ESR 140 is Debian stable's Firefox: the floor must never rise above it silently
    expect(gecko?.data_collection_permissions?.required).toEqual(['none']);
  });

  it('passes `web-ext lint` with 0 errors', async () => {
    const webExt = join(REPO_ROOT, 'node_modules/.bin/web-ext');
    let stdout: string;
    try {
      ({ stdout } = await promisify(execFile)(
        webExt,
        ['lint', '--source-dir', DIST_FIREFOX, '--output=json', '--no-config-discovery', '--no-input'],
        { cwd: REPO_ROOT, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, NO_UPDATE_NOTIFIER: '1' } },
      ));
    } catch (error) {
      // web-ext exits non-zero when there are errors; its JSON report is still on stdout.
      stdout = (error as { stdout?: string }).stdout ?? '';
      if (!stdout.trim().startsWith('{')) throw error;
    }
    const report = JSON.parse(stdout) as {
      summary: { errors: number; warnings: number };
      errors: { code: string; message: string; file?: string }[];
      warnings: { code: string; message: string; file?: string }[];
    };
    expect(report.errors.map((e) => `${e.code}: ${e.message} (${e.file ?? ''})`)).toEqual([]);
    expect(report.summary.errors).toBe(0);
    // Store review flags the Function constructor as eval; the build keeps zod jitless (scripts/zod-jitless.ts).
    expect(report.warnings.filter((w) => w.code === 'DANGEROUS_EVAL')).toEqual([]);
  }, 60_000);
});
