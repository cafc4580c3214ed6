import { describe, expect, it } from 'vitest';
import { OPTIONS_CAP, TEXT_CAP } from '../../../src/core/limits.ts';
import { PageFeaturesSchema } from '../../../src/core/features.ts';
import { extractPage } from '../../../src/dom/extract.ts';
import { cappedText } from '../../../src/dom/text.ts';
import { extract, field, fields, page } from './helpers.ts';

const SENTINEL = 'SENTINEL-7f3a';

describe('never extracts what a user typed or a field holds', () => {
  it('leaves value attributes, .value, .checked, textarea text and option values out', () => {
    const doc = page(`<form>
      <input name="email" value="${SENTINEL}-attr">
      <input type="checkbox" name="agree" value="${SENTINEL}-box" checked>
      <textarea name="bio">${SENTINEL}-textarea</textarea>
      <select name="country"><option value="${SENTINEL}-opt">France</option><option selected>Spain</option></select>
      <input type="hidden" name="token" value="${SENTINEL}-hidden">
      <label>Next to a textarea</label><textarea name="note">${SENTINEL}-preceding</textarea><input name="after">
    </form>`);
    for (const el of doc.querySelectorAll('input, textarea')) (el as HTMLInputElement).value = `${SENTINEL}-typed`;
    const p = extract(doc);
    const json = JSON.stringify(p);
    expect(json).not.toContain(SENTINEL);
    // The structure still comes through.
    expect(field(p, 'country').options).toEqual(['France', 'Spain']);
    expect(fields(p).map((f) => f.name)).toEqual(['email', 'agree', 'bio', 'country', 'note', 'after']);
  });

  it('reads a submit button caption from its value attribute (page text, not user input)', () => {
    const p = extract('<form><input name="e"><input type="submit" value="Create account"></form>');
    expect(p.forms[0]!.buttons).toEqual(['Create account']);
  });
});

describe('hostile pages', () => {
  it('caps a 1 MB label without copying it whole', () => {
    const huge = 'A'.repeat(1_000_000);
    const doc = page(`<label for="x">${huge}</label><input id="x" name="x" placeholder="${huge}">`);
    const started = performance.now();
    const p = extract(doc);
    const elapsed = performance.now() - started;
    const x = field(p, 'x');
    expect(x.labels[0]).toHaveLength(TEXT_CAP);
    expect(x.placeholder).toHaveLength(TEXT_CAP);
    expect(PageFeaturesSchema.safeParse(p).success).toBe(true);
    // A guard against copying or scanning the whole text per use, not a speed target.
    expect(elapsed).toBeLessThan(2000);
  });

  it('bounds the text read from a subtree with a huge number of nodes', () => {
    const doc = page(`<div id="big">${'<span></span>'.repeat(5_000)}<span>far away</span></div>`);
    // 400 nodes at most: the text at the end is never reached.
    expect(cappedText(doc.getElementById('big')).text).toBe('');
    expect(cappedText(doc.getElementById('big'), { maxNodes: 6_000 }).text).toBe('far away');
  });

  it('handles 200-deep nesting and whitespace-only megabytes', () => {
    const doc = page(`<label for="d">${' '.repeat(300_000)}Deep</label>${'<div>'.repeat(200)}<input id="d" name="d">`);
    const p = extract(doc);
    expect(field(p, 'd').labels).toEqual([]);
    // 300 KB of spaces before the word: read in bounded slices, so the word is past the bound.
    const short = page(`<label for="d">${' '.repeat(10_000)}Deep</label>${'<div>'.repeat(200)}<input id="d" name="d">`);
    expect(field(extract(short), 'd').labels).toEqual(['Deep']);
  });

  it('a formless field beside 1,900 deeply nested buttons elsewhere borrows none of them', () => {
    const buttons = Array.from({ length: 1900 }, (_, i) => `<button>Go ${i}</button>`).join('');
    const p = extract(`<aside>${'<div>'.repeat(300)}${buttons}${'</div>'.repeat(300)}</aside><section><div><div><input name="e"></div></div></section>`);
    expect(p.forms[0]!.buttons).toEqual([]);
    // The same field with a button of its own in its dialog's footer takes that one only (the walk remembers 2,000 buttons).
    const q = extract(`<aside>${'<div>'.repeat(300)}${buttons}${'</div>'.repeat(300)}</aside><section><div><div><input name="e"></div></div><footer><button type="submit">Next</button></footer></section>`);
    expect(q.forms[0]!.buttons).toEqual(['Next']);
  });

  it('caps options (optionCount stays real), labels and the schema holds', () => {
    const options = Array.from({ length: 500 }, (_, i) => `<option>Option ${i}</option>`).join('');
    const labels = Array.from({ length: 10 }, (_, i) => `<label for="m">L${i}</label>`).join('');
    const p = extract(`${labels}<input id="m" name="m"><select name="s">${options}</select>`);
    expect(field(p, 's').options).toHaveLength(OPTIONS_CAP);
    expect(field(p, 's').optionCount).toBe(500);
    expect(field(p, 'm').labels).toHaveLength(6);
    expect(PageFeaturesSchema.safeParse(p).success).toBe(true);
  });

  it('ignores numbers that are not plain integers in min/max length', () => {
    const p = extract('<input name="a" maxlength="1e3" minlength="-2"><input name="b" maxlength="99999999999999999999">');
    expect(field(p, 'a')).toMatchObject({ minLength: null, maxLength: null });
    expect(field(p, 'b').maxLength).toBeNull();
  });
});

describe('caps and truncation', () => {
  const many = (n: number) => `<form>${Array.from({ length: n }, (_, i) => `<input name="f${i}">`).join('')}</form>`;

  it('stops at maxFields and says so', () => {
    const p = extractPage(page(many(50)), '', { maxFields: 20 });
    expect(fields(p)).toHaveLength(20);
    expect(p.truncated).toBe(true);
    expect(extractPage(page(many(50)), '').truncated).toBe(false);
  });

  it('caps forms and fields per form', () => {
    const forms = Array.from({ length: 5 }, (_, i) => `<form><input name="a${i}"><input name="b${i}"></form>`).join('');
    const p = extractPage(page(forms), '', { maxForms: 3, maxFieldsPerForm: 1 });
    expect(p.forms.map((f) => f.fields.map((x) => x.name))).toEqual([['a0'], ['a1'], ['a2']]);
    expect(p.truncated).toBe(true);
  });
});
