import { describe, expect, it } from 'vitest';
import { singleFileHtml } from '../../../scripts/single-file-page.ts';

// The shape Vite writes for a built page.
const built = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>KYC Lens</title>
    <script type="module" crossorigin src="/assets/index.html-Ab12.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/jsxRuntime-Cd34.js">
    <link rel="modulepreload" crossorigin href="/assets/field-types-Ef56.js">
    <link rel="stylesheet" crossorigin href="/assets/index-Gh78.css">
  </head>
  <body>
    <div id="app"></div>
  </body>
</html>`;

describe('singleFileHtml', () => {
  it('replaces the script, preload and stylesheet tags with one script and an inline stylesheet', () => {
    const { html, replaced } = singleFileHtml(built, 'assets/popup.js', 'body{color:red}');
    expect(replaced).toEqual(['/assets/index.html-Ab12.js', '/assets/jsxRuntime-Cd34.js', '/assets/field-types-Ef56.js', '/assets/index-Gh78.css']);
    expect([...html.matchAll(/<script/g)]).toHaveLength(1);
    expect(html).toContain('<script type="module" src="/assets/popup.js"></script>');
    expect(html).toContain('<style>body{color:red}</style>');
    expect(html).not.toContain('<link');
    expect(html).toContain('<title>KYC Lens</title>');
    expect(html).toContain('<div id="app"></div>');
  });

  it('keeps a stylesheet from closing its own <style> element', () => {
    const { html } = singleFileHtml(built, 'assets/popup.js', 'a::after{content:"</style><script>"}');
    expect(html.match(/<\/style>/g)).toHaveLength(1);
  });

  it('fails loudly when the page has no Vite script (the build changed shape)', () => {
    expect(() => singleFileHtml('<!doctype html><p>hi</p>', 'assets/popup.js', '')).toThrow(/no Vite script tag/);
  });
});
