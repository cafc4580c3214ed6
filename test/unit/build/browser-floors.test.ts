import { describe, expect, it } from 'vitest';
import { asManifestVersion, CHROME_FLOOR, checkVersion, FIREFOX_FLOOR, majorVersion } from '../../../browser-floors.ts';
import { manifestFor } from '../../../manifest.config.ts';

describe('browser floors', () => {
  it('read the major version from the --version lines Debian browsers print', () => {
    expect(majorVersion('Chromium 150.0.7871.100 built on Debian GNU/Linux 12 (bookworm)')).toBe(150);
    expect(majorVersion('Mozilla Firefox 140.12.0esr')).toBe(140);
    expect(majorVersion('Google Chrome 131.0.6778.85 ')).toBe(131);
    expect(majorVersion('firefox: command not found')).toBeNull();
  });

  it('are the newest requirement among the features the code uses', () => {
    for (const floor of [CHROME_FLOOR, FIREFOX_FLOOR]) {
      expect(floor.min).toBe(Math.max(...floor.requirements.map((r) => r.since)));
      expect(floor.requirements.some((r) => r.since === floor.min)).toBe(true);
    }
  });

  it('stay at or below the versions Debian stable ships (Chromium 150, Firefox ESR 140)', () => {
    expect(CHROME_FLOOR.min).toBeLessThanOrEqual(150);
    expect(FIREFOX_FLOOR.min).toBeLessThanOrEqual(140);
  });

  it('are what the manifests declare', () => {
    expect(manifestFor('chrome')).toMatchObject({ minimum_chrome_version: String(CHROME_FLOOR.min) });
    const gecko = (manifestFor('firefox') as { browser_specific_settings: { gecko: { strict_min_version: string } } }).browser_specific_settings.gecko;
    expect(gecko.strict_min_version).toBe(asManifestVersion(FIREFOX_FLOOR));
    expect(gecko.strict_min_version).toBe('140.0');
  });

  it('accept a browser at or above the floor and refuse an older one, saying which and why', () => {
    expect(checkVersion('Firefox', 'Mozilla Firefox 140.12.0esr\n', FIREFOX_FLOOR, 'firefox-esr').problem).toBeNull();
    expect(checkVersion('Firefox', 'Mozilla Firefox 146.0', FIREFOX_FLOOR, 'firefox-esr').problem).toBeNull();
    const old = checkVersion('Firefox', 'Mozilla Firefox 128.9.0esr', FIREFOX_FLOOR, 'firefox-esr');
    expect(old.problem).toContain('Firefox 128 is older than KYC Lens supports (140+');
    expect(old.problem).toContain('data_collection_permissions');
    expect(old.problem).toContain('apt-get install -y firefox-esr');
    expect(checkVersion('Chromium', 'garbage', CHROME_FLOOR, 'chromium').problem).toContain('could not read a version');
  });
});
