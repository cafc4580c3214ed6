import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { manifestFor, TEST_PROBE_PAGE, type TargetBrowser } from './manifest.config.ts';
import { singleFilePage } from './scripts/single-file-page.ts';
import { zodJitless } from './scripts/zod-jitless.ts';

// `vite build --mode chrome` or `--mode firefox`; each writes its own dist/<browser>/ (KYC_LENS_DIST moves
// `dist`, so the reproducibility check can build twice side by side).
// `--mode firefox-test` writes dist/firefox-test/: the Firefox build plus the e2e tests' read-only
// probe page (manifest.config.ts, TEST_PROBE_PAGE); it is never shipped.
export default defineConfig(({ command, mode }) => {
  // A release build whatever NODE_ENV the shell (or a test runner: vitest sets "test") has: otherwise
  // Preact's JSX turns into its development form, with the build folder's absolute paths in the bundle.
  if (command === 'build') process.env.NODE_ENV = 'production';
  const testProbe = mode === 'firefox-test';
  const browser: TargetBrowser = mode === 'firefox' || testProbe ? 'firefox' : 'chrome';
  const outDir = `${process.env.KYC_LENS_DIST ?? 'dist'}/${testProbe ? 'firefox-test' : browser}`;
  return {
    plugins: [
      zodJitless(),
      preact(),
      crx({
        manifest: manifestFor(browser, { testProbe }),
        browser,
        // Self-contained content scripts: no loader chunk in web_accessible_resources that a page
        // could probe to detect the extension.
        contentScripts: { standaloneFiles: ['src/content/main.ts'] },
      }),
      // The popup loads as one script with its styles inline (see the plugin for why).
      singleFilePage({ page: 'src/popup/index.html', entry: 'src/popup/main.tsx', outDir, script: 'assets/popup.js', target: 'es2022' }),
    ],
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      // Preload links for the chunks a page imports (fetched in parallel, not one after another); no
      // polyfill: it is an inline script, which the extension CSP refuses.
      modulePreload: { polyfill: false },
      // crxjs builds only the pages the manifest names; the workspace page is opened by the popup.
      rolldownOptions: { input: { workspace: 'src/workspace/index.html', ...(testProbe ? { probe: TEST_PROBE_PAGE } : {}) } },
    },
    server: { cors: { origin: [/chrome-extension:\/\//] } },
  };
});
