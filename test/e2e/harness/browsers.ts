// Finds the Debian browsers. No test tool may download a browser: when one is missing, the run fails
// and says how to install it (tests never skip silently, on CI or anywhere else).
import { accessSync, constants } from 'node:fs';

function findExecutable(envVar: string, defaults: string[], aptPackage: string, label: string): string {
  const fromEnv = process.env[envVar];
  const candidates = fromEnv ? [fromEnv] : defaults;
  for (const path of candidates) {
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      // try the next one
    }
  }
  const where = fromEnv ? `${envVar}=${fromEnv} is not an executable` : `${label} was not found at ${defaults.join(' or ')}`;
  throw new Error(
    `${where}. Install it with \`apt-get install -y ${aptPackage}\` (as root) or point ${envVar} at an existing ${label} binary.`,
  );
}

export function findChromium(): string {
  return findExecutable('CHROME_PATH', ['/usr/bin/chromium', '/usr/bin/chromium-browser'], 'chromium', 'Chromium');
}

export function findFirefox(): string {
  return findExecutable('FIREFOX_PATH', ['/usr/bin/firefox-esr', '/usr/bin/firefox'], 'firefox-esr', 'Firefox ESR');
}
