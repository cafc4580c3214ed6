// `.ci/run`'s browser check: prints the versions the real-browser tests will drive and fails, naming
// the browser and the floor, when one is missing or older than the extension supports
// (browser-floors.ts). A suite run on an unsupported browser would prove nothing about the product.
import { execFileSync } from 'node:child_process';
import { CHROME_FLOOR, type CheckedBrowser, checkVersion, FIREFOX_FLOOR } from '../browser-floors.ts';
import { findChromium, findFirefox } from '../test/e2e/harness/browsers.ts';

function versionOf(binary: string): string {
  return execFileSync(binary, ['--version'], { encoding: 'utf8', env: { ...process.env, MOZ_HEADLESS: '1' }, stdio: ['ignore', 'pipe', 'ignore'] });
}

function run(): void {
  const results: CheckedBrowser[] = [];
  const problems: string[] = [];
  for (const [name, find, floor, apt] of [
    ['Chromium', findChromium, CHROME_FLOOR, 'chromium'],
    ['Firefox', findFirefox, FIREFOX_FLOOR, 'firefox-esr'],
  ] as const) {
    try {
      const checked = checkVersion(name, versionOf(find()), floor, apt);
      results.push(checked);
      if (checked.problem) problems.push(checked.problem);
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  console.log(`==> Browsers: ${results.map((r) => r.line).join('; ')}`);
  if (problems.length) {
    for (const p of problems) console.error(`error: ${p}`);
    process.exit(1);
  }
}

run();
