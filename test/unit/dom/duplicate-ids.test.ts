// Real pages repeat ids (a template copied into a login and a signup box, a desktop and a mobile
// copy of one form). A `for=` label then captions the field it sits with, not every field that
// happens to share the id.
import { describe, expect, it } from 'vitest';
import { extract, fields } from './helpers.ts';

describe('label for= with a duplicated id', () => {
  it('each label goes to the field in its own container', () => {
    const p = extract(`
      <form id="login"><div><label for="email">Sign-in e-mail</label><input id="email" name="a"></div></form>
      <form id="signup"><div><label for="email">Your work e-mail</label><input id="email" name="b"></div></form>`);
    const [a, b] = fields(p);
    expect(a!.labels).toEqual(['Sign-in e-mail']);
    expect(b!.labels).toEqual(['Your work e-mail']);
  });

  it('in one container the label goes to the next field after it, else the nearest before it', () => {
    const p = extract(`<form>
      <label for="x">First</label><input id="x" name="one">
      <label for="x">Second</label><input id="x" name="two">
      <input id="y" name="three"><label for="y">Trailing</label><input id="y" name="four">
    </form>`);
    const by = Object.fromEntries(fields(p).map((f) => [f.name, f.labels]));
    expect(by.one).toEqual(['First']);
    expect(by.two).toEqual(['Second']);
    // "Trailing" is closer to "four" (after it) than to "three": the following field wins a tie in distance.
    expect(by.four).toEqual(['Trailing']);
    expect(by.three).toEqual([]);
  });

  it('reads document order across branches, which the CLI\'s DOM misreports for cousins', () => {
    const labels = extract(`<form><div><span><label for="x">Earlier</label></span></div><div><label>Wrapped <input id="x" name="x"></label></div></form>`);
    expect(fields(labels)[0]!.labels).toEqual(['Earlier', 'Wrapped']);
    // Equally close fields on both sides of a label, in other branches: the one after it.
    const tie = extract(`<form><div><div><input id="q" name="before"></div></div><div><label for="q">Caption</label></div><div><div><input id="q" name="after"></div></div></form>`);
    expect(Object.fromEntries(fields(tie).map((f) => [f.name, f.labels]))).toEqual({ before: [], after: ['Caption'] });
  });

  it('a unique id keeps every label, as before', () => {
    const p = extract('<label for="z">One</label><div><label for="z">Two</label></div><input id="z" name="z">');
    expect(fields(p)[0]!.labels).toEqual(['One', 'Two']);
  });

  it('works inside a shadow root, where ids are scoped to the root', () => {
    const p = extract(`<div><template shadowrootmode="open">
      <p><label for="n">Given name</label><input id="n" name="g"></p>
      <p><label for="n">Family name</label><input id="n" name="f"></p>
    </template></div><label for="n">Outside</label><input id="n" name="outer">`);
    const by = Object.fromEntries(fields(p).map((f) => [f.name, f.labels]));
    expect(by.g).toEqual(['Given name']);
    expect(by.f).toEqual(['Family name']);
    expect(by.outer).toEqual(['Outside']);
  });
});
