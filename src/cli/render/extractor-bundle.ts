// The in-page extractor (in-page.ts with src/dom) as one classic script. It is evaluated through the
// DevTools protocol, so a capture's Content Security Policy cannot keep it out. The built CLI ships
// it beside its chunks (scripts/build-cli.ts, with the same options); run from the sources, it is
// built with esbuild (a development dependency) on first use and kept for the run.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { BUILD } from '../build-info.ts';

/** How the extractor is bundled, here and by scripts/build-cli.ts. */
export const EXTRACTOR_BUILD = { bundle: true, platform: 'browser', format: 'iife', target: 'chrome120' } as const;
export const EXTRACTOR_ENTRY = fileURLToPath(new URL('./in-page.ts', import.meta.url));
let bundle: Promise<string> | undefined;

export function extractorBundle(): Promise<string> {
  if (BUILD) {
    bundle ??= readFile(new URL(`./${BUILD.extractor}`, import.meta.url), 'utf8');
    return bundle;
  }
  bundle ??= (async () => {
    const { build } = await import('esbuild');
    const result = await build({ entryPoints: [EXTRACTOR_ENTRY], ...EXTRACTOR_BUILD, write: false, logLevel: 'silent' });
    const code = result.outputFiles[0]?.text;
    if (!code) throw new Error('esbuild produced no extractor bundle');
    return code;
  })();
  return bundle;
}
