// The oldest browsers KYC Lens runs on, and why: one definition, read by the manifest (Chrome's
// minimum_chrome_version, Firefox's strict_min_version), by `.ci/run`'s browser check
// (scripts/check-browsers.ts) and by the README. Each floor is the newest requirement among the
// platform features the extension's own code uses; raise a floor only with the feature that needs it.

export interface Requirement {
  /** The feature the code uses, as the browser's documentation names it. */
  feature: string;
  /** The first major version that has it. */
  since: number;
  /** Where the code relies on it. */
  usedBy: string;
}

export interface BrowserFloor {
  /** The first major version the extension supports: the largest `since` below. */
  min: number;
  requirements: Requirement[];
}

const floor = (requirements: Requirement[]): BrowserFloor => ({ min: Math.max(...requirements.map((r) => r.since)), requirements });

export const CHROME_FLOOR = floor([
  { feature: 'Manifest V3: action, scripting.executeScript, activeTab', since: 88, usedBy: 'src/background/inject.ts, the toolbar button' },
  { feature: 'chrome.dom.openOrClosedShadowRoot', since: 88, usedBy: 'src/content/shadow.ts (closed shadow roots)' },
  { feature: 'ES module service worker (background.type "module")', since: 92, usedBy: 'manifest.json background' },
  { feature: 'storage.session', since: 102, usedBy: 'src/background/flow-store.ts (per-tab flows survive a stopped worker)' },
]);

export const FIREFOX_FLOOR = floor([
  { feature: 'Manifest V3 with background.scripts', since: 109, usedBy: 'manifest.config.ts (Firefox background)' },
  { feature: 'storage.session', since: 115, usedBy: 'src/background/flow-store.ts' },
  { feature: 'browser_specific_settings.gecko.data_collection_permissions', since: 140, usedBy: 'manifest.config.ts (declares that nothing is collected)' },
]);

/** Firefox for Android reads the same manifest; its floor only matters for the keys it checks. Not tested here. */
export const FIREFOX_ANDROID_FLOOR = floor([
  { feature: 'browser_specific_settings.gecko.data_collection_permissions', since: 142, usedBy: 'manifest.config.ts' },
]);

/** "140.0": Firefox's spelling of a floor in strict_min_version. */
export const asManifestVersion = (f: BrowserFloor): string => `${f.min}.0`;

/** The major version in a browser's `--version` line ("Chromium 150.0.7871.100 built on Debian…", "Mozilla Firefox 140.12.0esr"). */
export function majorVersion(versionLine: string): number | null {
  const match = /(\d+)\.\d+/.exec(versionLine);
  return match ? Number(match[1]) : null;
}

export interface CheckedBrowser {
  name: string;
  line: string;
  problem: string | null;
}

/** Compares one `--version` line with a floor; `problem` says what is wrong in words a person can act on. */
export function checkVersion(name: string, versionLine: string, floor: BrowserFloor, aptPackage: string): CheckedBrowser {
  const line = versionLine.trim().split('\n')[0] ?? '';
  const major = majorVersion(line);
  if (major === null) return { name, line, problem: `${name}: could not read a version from "${line}".` };
  if (major < floor.min)
    return {
      name,
      line,
      problem: `${name} ${major} is older than KYC Lens supports (${floor.min}+, for ${floor.requirements.find((r) => r.since === floor.min)?.feature}). Upgrade it (apt-get install -y ${aptPackage}) or point the path variable at a newer one.`,
    };
  return { name, line, problem: null };
}
