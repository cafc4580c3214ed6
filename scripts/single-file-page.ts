// A Vite build plugin that turns one extension page into a single script with its styles inlined.
//
// Why: the popup is opened fresh on every click, and each file a page loads is another request to
// the browser process before the page can run. Vite splits the popup into its own chunk, the chunks
// it shares with the workspace and the worker (Preact, the catalogs) and a stylesheet: four requests
// where one does. Bundled alone (esbuild, already a dependency for the CLI's worker bundle), the popup
// reached the first paint of a 100-field flow 10-15 ms sooner here (BENCHMARKS.md, popup section).
// The other pages keep Vite's shared chunks.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Plugin } from 'vite';

export interface SingleFilePageOptions {
  /** The page as the manifest names it, relative to the output folder (src/popup/index.html). */
  page: string;
  /** Its script entry in the source tree. */
  entry: string;
  /** The build's output folder (dist/chrome). */
  outDir: string;
  /** The script's file name under outDir. */
  script: string;
  target: string;
}

/** Vite's script, preload and stylesheet tags of a built page (their files are then unused). */
const BUILT_TAGS = /^\s*<(?:script type="module"[^>]*\ssrc="([^"]+)"[^>]*><\/script>|link rel="(?:modulepreload|stylesheet)"[^>]*\shref="([^"]+)"[^>]*>)\s*$/gm;

/**
 * The page's HTML with Vite's tags replaced by one module script and an inline stylesheet; also
 * returns the files the removed tags loaded. Pure, for the unit tests.
 */
export function singleFileHtml(html: string, script: string, css: string): { html: string; replaced: string[] } {
  const replaced: string[] = [];
  let placed = false;
  const out = html.replace(BUILT_TAGS, (_tag, src?: string, href?: string) => {
    replaced.push((src ?? href)!);
    if (placed) return '';
    placed = true;
    return `    <script type="module" src="/${script}"></script>\n    <style>${css.replace(/<\/style/gi, '<\\/style')}</style>`;
  });
  if (!placed) throw new Error('single-file page: no Vite script tag found in the built page');
  return { html: out.replace(/\n\s*\n/g, '\n'), replaced };
}

function builtFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

export function singleFilePage(options: SingleFilePageOptions): Plugin {
  return {
    name: 'kyc-lens:single-file-page',
    apply: 'build',
    async closeBundle() {
      const { build } = await import('esbuild');
      const result = await build({
        entryPoints: [options.entry],
        bundle: true,
        write: false,
        format: 'esm',
        minify: true,
        target: options.target,
        jsx: 'automatic',
        jsxImportSource: 'preact',
        outdir: 'out',
        legalComments: 'none',
      });
      const js = result.outputFiles.find((f) => f.path.endsWith('.js'));
      if (!js) throw new Error(`single-file page: esbuild produced no script for ${options.entry}`);
      const css = result.outputFiles.find((f) => f.path.endsWith('.css'))?.text ?? '';
      const pagePath = join(options.outDir, options.page);
      const { html, replaced } = singleFileHtml(readFileSync(pagePath, 'utf8'), options.script, css);
      writeFileSync(join(options.outDir, options.script), js.contents);
      writeFileSync(pagePath, html);
      // Files of the old tags that nothing else loads (the page's own chunk and stylesheet) go; the
      // chunks the other pages share stay.
      const names = replaced.map((file) => basename(file));
      const others = builtFiles(options.outDir).filter((f) => /\.(html|js|json)$/.test(f) && !names.includes(basename(f)));
      const texts = others.map((f) => readFileSync(f, 'utf8'));
      for (const [i, name] of names.entries()) {
        if (!texts.some((text) => text.includes(name))) rmSync(join(options.outDir, replaced[i]!), { force: true });
      }
    },
  };
}
