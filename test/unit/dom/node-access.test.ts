import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { nodeAccess } from '../../../src/dom/node-access.ts';

// A page can give a <form> members named after DOM ones (its controls' names shadow them in
// browsers). Own properties stand in for that here: linkedom has no named-property lookup.
function clobberedForm() {
  const { document } = parseHTML('<html><body><form id="f" action="/join"><input name="e"><label>x</label></form><p>after</p></body></html>');
  const form = document.getElementById('f')!;
  const input = form.querySelector('input')!;
  for (const name of ['firstElementChild', 'nextElementSibling']) Object.defineProperty(form, name, { value: input });
  for (const name of ['getAttribute', 'hasAttribute', 'getRootNode']) Object.defineProperty(form, name, { value: () => input });
  return { document, form, input };
}

describe('node-access', () => {
  it("reads a form through the realm's prototypes, not through what the page put on the form", () => {
    const { document, form, input } = clobberedForm();
    // linkedom's own classes stand in for a browser's interfaces (only the members it defines on
    // its prototypes as browsers do are covered here).
    const elementProto = Object.getPrototypeOf(Object.getPrototypeOf(form)) as object;
    let nodeProto: object = elementProto;
    while (!Object.hasOwn(nodeProto, 'getRootNode')) nodeProto = Object.getPrototypeOf(nodeProto) as object;
    const access = nodeAccess({ Element: { prototype: elementProto }, Node: { prototype: nodeProto } });
    expect(access.firstElementOf(form)).toBe(input);
    expect(access.nextElementOf(form)).toBe(document.querySelector('p'));
    expect(access.attrOf(form, 'action')).toBe('/join');
    expect(access.hasAttrOf(form, 'id')).toBe(true);
    expect(access.rootNodeOf(form)).toBe(document);
    // What direct reads give:
    const plain = nodeAccess({});
    expect(plain.nextElementOf(form)).toBe(input);
    expect(plain.attrOf(form, 'action')).toBe(input);
  });

  it('reads members directly where the realm has no DOM interfaces (the CLI in Node)', () => {
    const { document } = parseHTML('<html><body><form><input name="e"></form></body></html>');
    const form = document.querySelector('form')!;
    const plain = nodeAccess({});
    expect(plain.tagOf(form)).toBe('form');
    expect(plain.attrOf(form.querySelector('input')!, 'name')).toBe('e');
    expect(plain.parentOf(form)).toBe(document.body);
    expect(plain.nodeTypeOf(form)).toBe(1);
  });

  it('falls back to a direct read for a node the prototype cannot serve (another realm)', () => {
    const strict = { get parentElement(): unknown {
      throw new TypeError('Illegal invocation');
    } };
    const access = nodeAccess({ Node: { prototype: strict } });
    const foreign = { parentElement: 'foreign parent' } as unknown as Node;
    expect(access.parentOf(foreign)).toBe('foreign parent');
  });
});
