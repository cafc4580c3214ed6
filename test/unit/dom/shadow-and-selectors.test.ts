import { describe, expect, it } from 'vitest';
import { extractPage, resolveSelector, SHADOW_SEPARATOR } from '../../../src/dom/extract.ts';
import { SelectorBuilder } from '../../../src/dom/selector.ts';
import { extract, fields, page } from './helpers.ts';

/** Every field and form selector names exactly its element. */
function expectAllResolve(doc: Document, p = extract(doc), getShadowRoot?: (el: Element) => ShadowRoot | null) {
  for (const form of p.forms) {
    if (form.selector) expect(resolveSelector(doc, form.selector, getShadowRoot)).toHaveLength(1);
    for (const f of form.fields) {
      const found = resolveSelector(doc, f.selector, getShadowRoot);
      expect(found, f.selector).toHaveLength(1);
      expect(found[0]!.getAttribute('name')).toBe(f.name);
    }
  }
  return p;
}

describe('selectors', () => {
  it('match exactly their element in repetitive markup (plain querySelectorAll for the light DOM)', () => {
    const rows = Array.from({ length: 30 }, (_, i) => `<div class="row"><div><span>F${i}</span><input name="f${i}"></div><div><input name="g${i}"></div></div>`).join('');
    const doc = page(`<form>${rows}</form><form><div><div><input name="x"></div></div></form><div><div><input name="y"></div></div>`);
    const p = expectAllResolve(doc);
    expect(fields(p)).toHaveLength(62);
    for (const f of fields(p)) expect(doc.querySelectorAll(f.selector)).toHaveLength(1);
    expect(p.forms.map((f) => f.selector)).toEqual(['html > body > form:nth-of-type(1)', 'html > body > form:nth-of-type(2)', null]);
  });

  it('stay valid 200 levels deep, and switch to an id anchor past a length limit', () => {
    const deep = `${'<div>'.repeat(100)}<section id="anchor">${'<div>'.repeat(100)}<input name="deep">${'</div>'.repeat(100)}</section>${'</div>'.repeat(100)}`;
    const doc = page(deep);
    const full = expectAllResolve(doc);
    expect(fields(full)[0]!.selector.length).toBeGreaterThan(1000);
    const short = extractPage(doc, '', { maxSelectorLength: 1000 });
    const sel = fields(short)[0]!.selector;
    expect(sel.startsWith('[id="anchor"] > div')).toBe(true);
    expect(doc.querySelectorAll(sel)).toHaveLength(1);
  });

  it('drop a field whose selector cannot fit the limit and mark the page truncated', () => {
    const doc = page(`${'<div>'.repeat(300)}<input name="deep">`);
    const p = extractPage(doc, '', { maxSelectorLength: 500 });
    expect(fields(p)).toHaveLength(0);
    expect(p.truncated).toBe(true);
  });

  it('escape odd tag names', () => {
    const doc = page('<my-widget><x-field.v2><input name="a"></x-field.v2></my-widget>');
    expectAllResolve(doc);
  });

  it('are cached per element and pinned to the top of a shadow root', () => {
    const doc = page('<div id="h"></div>');
    const root = doc.getElementById('h')!.attachShadow({ mode: 'open' });
    // The same chain (div > div > input) exists at the top level and one level deeper.
    root.innerHTML = '<div><div><input name="top"><div><div><input name="deeper"></div></div></div></div>';
    const builder = new SelectorBuilder();
    const top = root.querySelector('input[name=top]')!;
    const sel = builder.selectorFor(top);
    expect(builder.selectorFor(top)).toBe(sel);
    expect(sel).toBe(`html > body > div${SHADOW_SEPARATOR}div:not(* *) > div > input`);
    expect(resolveSelector(doc, sel)).toEqual([top]);
  });
});

describe('shadow DOM', () => {
  it('pierces nested open shadow roots in document order, with resolvable selectors', () => {
    const doc = page('<form><input name="before"><x-card id="card"></x-card><input name="after"></form>');
    const outer = doc.getElementById('card')!.attachShadow({ mode: 'open' });
    outer.innerHTML = '<label>Street <input name="street"></label><x-inner id="in"></x-inner>';
    const inner = outer.getElementById('in')!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<label for="z">ZIP</label><input id="z" name="zip">';
    const p = expectAllResolve(doc);
    expect(fields(p).map((f) => f.name)).toEqual(['before', 'street', 'zip', 'after']);
    const zip = fields(p).find((f) => f.name === 'zip')!;
    expect(zip.selector.split(SHADOW_SEPARATOR)).toHaveLength(3);
    expect(zip).toMatchObject({ inShadowRoot: true, labels: ['ZIP'] });
    // A shadow field inside a form's host belongs to that form.
    expect(p.forms).toHaveLength(1);
  });

  it('reaches closed roots only through the getShadowRoot hook', () => {
    const doc = page('<div id="host"></div><input name="light">');
    const closed = doc.getElementById('host')!.attachShadow({ mode: 'closed' });
    closed.innerHTML = '<input name="secret-step" aria-label="Passport number">';
    expect(doc.getElementById('host')!.shadowRoot).toBeNull();
    expect(fields(extract(doc)).map((f) => f.name)).toEqual(['light']);

    const seen: ShadowRoot[] = [];
    const hook = (el: Element) => {
      const root = el.id === 'host' ? closed : el.shadowRoot;
      if (root) seen.push(root);
      return root;
    };
    const p = extractPage(doc, '', { getShadowRoot: hook });
    expect(fields(p).map((f) => f.name)).toEqual(['secret-step', 'light']);
    expect(seen).toEqual([closed]);
    expectAllResolve(doc, p, hook);
  });

  it('turns declarative shadow roots of a saved page into shadow roots', () => {
    const doc = page('<div><template shadowrootmode="closed"><label>Phone <input name="tel"></label></template></div><template><input name="inert"></template>');
    const p = expectAllResolve(doc);
    expect(fields(p).map((f) => [f.name, f.inShadowRoot, f.labels[0]])).toEqual([['tel', true, 'Phone']]);
  });
});

describe('same-origin frames', () => {
  it('walks a reachable frame document, with the frame origin and a selector through the frame', () => {
    const doc = page('<iframe src="https://pay.example.net/card"></iframe><input name="top">');
    const frameDoc = page('<form><input name="cardnumber"></form>');
    Object.defineProperty(doc.querySelector('iframe')!, 'contentDocument', { value: frameDoc });
    const p = extract(doc);
    const card = fields(p).find((f) => f.name === 'cardnumber')!;
    expect(card.frameOrigin).toBe('https://pay.example.net');
    expect(card.selector).toBe(`html > body > iframe${SHADOW_SEPARATOR}html > body > form > input`);
    expect(resolveSelector(doc, card.selector)[0]).toBe(frameDoc.querySelector('input'));
    expect(fields(p).find((f) => f.name === 'top')!.frameOrigin).toBeUndefined();
    expect(p.frameOrigins).toEqual(['https://pay.example.net']);
    expect(fields(extractPage(doc, '', { frames: false })).map((f) => f.name)).toEqual(['top']);
  });
});
