// One manifest source (manifest.json, Chrome's shape); the Firefox manifest is derived from it here so
// the two can never disagree on permissions or match patterns.
import type { ManifestV3Export } from '@crxjs/vite-plugin';
import { asManifestVersion, CHROME_FLOOR, FIREFOX_ANDROID_FLOOR, FIREFOX_FLOOR } from './browser-floors.ts';
import chromeManifest from './manifest.json' with { type: 'json' };

export type TargetBrowser = 'chrome' | 'firefox';

export const GECKO_ID = 'kyc-lens@kyc-lens.org';

type Manifest = typeof chromeManifest & Record<string, unknown>;

export function manifestFor(browser: TargetBrowser): ManifestV3Export {
  const base: Manifest = structuredClone(chromeManifest);
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
