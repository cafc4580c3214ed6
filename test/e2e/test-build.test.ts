// The Firefox test build (dist/firefox-test) is the release Firefox build plus the read-only probe the
// Firefox e2e tests talk to (src/test-probe/), and nothing of the probe reaches a release build: the
// builds people install have no web-accessible resources at all, so no page can detect them by one.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_PROBE_HOST, TEST_PROBE_PAGE } from '../../manifest.config.ts';
import { DIST_CHROME, DIST_FIREFOX, DIST_FIREFOX_TEST } from './harness/index.ts';

function files(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, root) : [relative(root, path)];
  });
}
const manifestOf = (dist: string) => JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as Record<string, unknown>;
const isProbeFile = (file: string) => file.startsWith('src/test-probe/') || /^assets\/probe-[\w-]+\.js$/.test(file);

describe('release builds carry no test probe', () => {
  for (const dist of [DIST_CHROME, DIST_FIREFOX]) {
    it(`${relative(join(dist, '../..'), dist)}: no web_accessible_resources and no probe file or reference`, () => {
      const manifest = manifestOf(dist);
      expect(manifest).not.toHaveProperty('web_accessible_resources');
      const all = files(dist);
      expect(all.filter(isProbeFile)).toEqual([]);
      const mentions = all.filter((f) => /\.(js|html|json)$/.test(f)).filter((f) => {
        const text = readFileSync(join(dist, f), 'utf8');
        return text.includes('test-probe') || text.includes(TEST_PROBE_HOST) || text.includes('kycLensProbe');
      });
      expect(mentions).toEqual([]);
    });
  }
});

describe('the Firefox test build', () => {
  it('is the release Firefox build, byte for byte, plus the probe page web-accessible to the probe host only', () => {
    const release = files(DIST_FIREFOX).sort();
    const test = files(DIST_FIREFOX_TEST).sort();
    const added = test.filter((f) => !release.includes(f));
    expect(added.length).toBeGreaterThan(0);
    expect(added.filter((f) => !isProbeFile(f))).toEqual([]);
    expect(added).toContain(TEST_PROBE_PAGE);
    expect(release.filter((f) => !test.includes(f))).toEqual([]);
    const differing = release.filter((f) => f !== 'manifest.json' && !readFileSync(join(DIST_FIREFOX, f)).equals(readFileSync(join(DIST_FIREFOX_TEST, f))));
    expect(differing).toEqual([]);

    const { web_accessible_resources: resources, ...rest } = manifestOf(DIST_FIREFOX_TEST);
    expect(rest).toEqual(manifestOf(DIST_FIREFOX));
    expect(resources).toEqual([{ resources: [TEST_PROBE_PAGE], matches: [`https://${TEST_PROBE_HOST}/*`] }]);
  });
});
