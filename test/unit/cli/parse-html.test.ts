import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src/cli/parse-html.ts';
import { extractPage } from '../../../src/dom/extract.ts';
import { PAGES } from './fixtures.ts';

const shape = (doc: Document) => [...doc.querySelectorAll('*')].map((e) => `${e.localName}<${e.parentElement?.localName ?? '#'}`).join(' ');

describe('parseHtml', () => {
  it('builds the tree a browser builds (implied tbody, fostered inputs, dropped nested forms, p auto-close)', () => {
    const html = '<table><input name="a"><tr><td><form><p>x<p><input name="b"><form><input name="c"></form></form></td></tr></table>';
    const ours = parseHtml(html);
    const reference = new JSDOM(html).window.document;
    expect(shape(ours)).toBe(shape(reference));
    expect(ours.querySelectorAll('form')).toHaveLength(1);
    expect(ours.querySelector('tbody > tr > td')).not.toBeNull();
  });

  it('gives the extractor the same results in lean and full mode', () => {
    for (const html of Object.values(PAGES).filter((p): p is string => typeof p === 'string')) {
      const extra = html.replace(/<input /g, '<input class="c" data-x="1" onclick="steal()" ');
      expect(extractPage(parseHtml(extra, { lean: true }), 'https://x.test/')).toEqual(extractPage(parseHtml(extra), 'https://x.test/'));
    }
  });

  it('keeps in lean mode only attributes the extractor reads, and form fields inside SVG foreignObject', () => {
    const doc = parseHtml(
      '<input class="x" value="typed" name="n" data-secret="s" aria-label="A"><input type=submit value="Go"><svg><path d="M0"/><foreignObject><input name="fo"></foreignObject></svg><svg><g><path/></g></svg>',
      { lean: true },
    );
    const [text, submit, fo] = [...doc.querySelectorAll('input')];
    expect(text!.getAttributeNames().sort()).toEqual(['aria-label', 'name']);
    expect(submit!.getAttribute('value')).toBe('Go');
    expect(fo!.getAttribute('name')).toBe('fo');
    expect(doc.querySelectorAll('svg')[1]!.children).toHaveLength(0);
  });

  it('survives very deep nesting without recursion', () => {
    const doc = parseHtml(`${'<div>'.repeat(5000)}<input name="deep">`);
    expect(doc.querySelector('input')!.getAttribute('name')).toBe('deep');
  });
});
