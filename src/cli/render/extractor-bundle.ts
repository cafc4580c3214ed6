// The in-page extractor (in-page.ts with src/dom) as one classic script, built with esbuild on first
// use and kept for the run. It is evaluated through the DevTools protocol, so a capture's Content
// Security Policy cannot keep it out.
import { fileURLToPath } from 'node:url';

const ENTRY = fileURLToPath(new URL('./in-page.ts', import.meta.url));
let bundle: Promise<string> | undefined;

export function extractorBundle(): Promise<string> {
  bundle ??= (async () => {
    const { build } = await import('esbuild');
    const result = await build({ entryPoints: [ENTRY], bundle: true, platform: 'browser', format: 'iife', target: 'chrome120', write: false, logLevel: 'silent' });
    const code = result.outputFiles[0]?.text;
    if (!code) throw new Error('esbuild produced no extractor bundle');
    return code;
  })();
  return bundle;
}
