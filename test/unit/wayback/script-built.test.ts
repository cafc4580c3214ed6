import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { looksScriptBuilt } from '../../../src/cli/render/script-built.ts';
import { runCli } from '../cli/run-cli.ts';
import { SPA_SHELL, V1 } from './fixtures.ts';

describe('script-built pages', () => {
  it('recognises an app shell: scripts, a mount point, no form field', () => {
    expect(looksScriptBuilt(SPA_SHELL)).toBe(true);
    expect(looksScriptBuilt('<html><body><app-root></app-root><script src="main.js"></script></body></html>')).toBe(true);
    expect(looksScriptBuilt('<div id="__next"></div><script>const t = \'<input name="email">\';</script>')).toBe(true);
  });

  it('does not call a page with a form, a page without scripts or a plain page without a mount point an app', () => {
    expect(looksScriptBuilt(V1)).toBe(false);
    expect(looksScriptBuilt('<div id="root"><input type="email" name="e"></div><script src="a.js"></script>')).toBe(false);
    expect(looksScriptBuilt('<div id="root"></div>')).toBe(false);
    expect(looksScriptBuilt('<h1>Page not found</h1><script src="analytics.js"></script>')).toBe(false);
    expect(looksScriptBuilt('<div id="root"></div><script type="application/ld+json">{}</script>')).toBe(false);
  });

  it('does not let hidden inputs or buttons count as a form', () => {
    expect(looksScriptBuilt('<div id="app"></div><input type="hidden" name="csrf"><input type="submit"><script src="a.js"></script>')).toBe(true);
  });
});

describe('analyze without --render on a script-built page', () => {
  it('notes the page in JSON and in the table instead of reporting no fields', { timeout: 60_000 }, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kyc-shell-'));
    try {
      await writeFile(join(dir, 'shell.html'), SPA_SHELL);
      await writeFile(join(dir, 'plain.html'), '<h1>About us</h1><p>No form here.</p>');
      const json = await runCli(['analyze', dir, '--no-cache']);
      const pages = JSON.parse(json.stdout) as { source: string; note?: string; forms: unknown[] }[];
      expect(pages.map((p) => [p.source.replace(`${dir}/`, ''), p.note])).toEqual([
        ['plain.html', undefined],
        ['shell.html', 'built by script: run with --render'],
      ]);
      expect(json.stderr).toContain('1 page is built by script: run with --render to read its fields.');
      const table = await runCli(['analyze', join(dir, 'shell.html'), '--format', 'table', '--no-cache']);
      expect(table.stdout).toContain('built by script: run with --render');
      expect(table.stdout).not.toContain('no form fields');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
