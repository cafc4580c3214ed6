// A missing browser fails the run with the command that installs it (tests never skip silently).
import { afterEach, describe, expect, it } from 'vitest';
import { findChromium, findFirefox } from './harness/index.ts';

const saved = { CHROME_PATH: process.env.CHROME_PATH, FIREFOX_PATH: process.env.FIREFOX_PATH };

afterEach(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

describe('browser discovery', () => {
  it('finds the browsers this machine has (the Debian paths or CHROME_PATH / FIREFOX_PATH)', () => {
    expect(findChromium()).toMatch(/chrom/i);
    expect(findFirefox()).toMatch(/firefox/i);
  });

  it('fails with the apt-get command when Chromium is missing', () => {
    process.env.CHROME_PATH = '/nonexistent/chromium';
    expect(() => findChromium()).toThrow(/CHROME_PATH=\/nonexistent\/chromium.*apt-get install -y chromium/);
  });

  it('fails with the apt-get command when Firefox ESR is missing', () => {
    process.env.FIREFOX_PATH = '/nonexistent/firefox';
    expect(() => findFirefox()).toThrow(/FIREFOX_PATH=\/nonexistent\/firefox.*apt-get install -y firefox-esr/);
  });
});
