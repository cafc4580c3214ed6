// Document order, as the extractor reads it: the same answer on the CLI's DOM as in a browser.
import { describe, expect, it } from 'vitest';
import { follows } from '../../../src/dom/order.ts';
import { page } from './helpers.ts';

describe('document order', () => {
  it('agrees with the order the parser met the elements in, for every pair (cousins in other branches included)', () => {
    const doc = page(`<main id="m"><div id="a"><div id="a1"><input id="x"></div><p id="a2"></p></div>
      <section id="b"><div id="b1"><div id="b11"><button id="y">Go</button></div></div><label id="b2">L</label></section><footer id="c"></footer></main>`);
    const all = [...doc.querySelectorAll('main, main *')];
    expect(all.map((e) => e.id).join(" ")).toBe("m a a1 x a2 b b1 b11 y b2 c");
    for (let i = 0; i < all.length; i++) {
      for (let j = 0; j < all.length; j++) expect(follows(all[i]!, all[j]!), `${all[i]!.id} → ${all[j]!.id}`).toBe(j > i);
    }
  });

  it('has no answer for elements that share no tree', () => {
    const doc = page('<div id="a"></div>');
    const detached = doc.createElement('div');
    expect(follows(doc.getElementById('a')!, detached)).toBeNull();
  });
});
