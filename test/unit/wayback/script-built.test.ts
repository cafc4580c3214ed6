import { describe, expect, it } from 'vitest';
import { looksScriptBuilt } from '../../../src/cli/render/script-built.ts';
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
