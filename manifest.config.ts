// One manifest source (manifest.json, Chrome's shape); the Firefox manifest is derived from it here so
// the two can never disagree on permissions or match patterns.
import type { ManifestV3Export } from '@crxjs/vite-plugin';
import { asManifestVersion, CHROME_FLOOR, FIREFOX_ANDROID_FLOOR, FIREFOX_FLOOR } from './browser-floors.ts';
import chromeManifest from './manifest.json' with { type: 'json' };

export type TargetBrowser = 'chrome' | 'firefox';

export const GECKO_ID = 'kyc-lens@kyc-lens.org';

type Manifest = typeof chromeManifest & Record<string, unknown>;

/**
 * The read-only probe page of the Firefox test build (src/test-probe/): the e2e harness embeds it in a
 * page of this host, since WebDriver BiDi cannot reach extension pages in Firefox (test/e2e/harness/README.md).
 */
export const TEST_PROBE_PAGE = 'src/test-probe/probe.html';
export const TEST_PROBE_HOST = 'probe.kyc-lens.test';

export interface ManifestOptions {
  /** Only for `--mode firefox-test`: make the probe page web-accessible to the probe host. Release builds have no web-accessible resources. */
  testProbe?: boolean;
}

export function manifestFor(browser: TargetBrowser, options: ManifestOptions = {}): ManifestV3Export {
  const base: Manifest = structuredClone(chromeManifest);
  if (options.testProbe) {
    (base as Record<string, unknown>).web_accessible_resources = [{ resources: [TEST_PROBE_PAGE], matches: [`https://${TEST_PROBE_HOST}/*`] }];
  }
  if (browser === 'chrome') return { ...base, minimum_chrome_version: String(CHROME_FLOOR.min) } as ManifestV3Export;
  const { service_worker, ...backgroundRest } = base.background;
  const firefox: Record<string, unknown> = {
    ...base,
    background: { ...backgroundRest, scripts: [service_worker] },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: asManifestVersion(FIREFOX_FLOOR),
        // KYC Lens collects and transmits nothing.
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: asManifestVersion(FIREFOX_ANDROID_FLOOR) },
    },
  };
  return firefox as unknown as ManifestV3Export;
}
