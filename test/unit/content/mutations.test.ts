import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { anyStructural, isStructural, OBSERVE_OPTIONS, STRUCTURE_ATTRIBUTES } from '../../../src/content/mutations.ts';

const { document } = parseHTML('<html><body><form><label id=l>Email</label><div id=d>12:00</div><input id=i></form></body></html>');
const el = (id: string) => document.getElementById(id)!;
const list = (...nodes: Node[]) => Object.assign([...nodes], { item: (i: number) => nodes[i] ?? null }) as unknown as NodeList;
const rec = (r: Partial<MutationRecord>): MutationRecord => ({ addedNodes: list(), removedNodes: list(), ...r }) as MutationRecord;

describe('structural mutations', () => {
  it('never observes the attributes that carry values', () => {
    expect(OBSERVE_OPTIONS.attributeFilter).toEqual(STRUCTURE_ATTRIBUTES);
    for (const a of ['value', 'checked', 'selected', 'data-value']) expect(STRUCTURE_ATTRIBUTES).not.toContain(a);
    expect(OBSERVE_OPTIONS.characterData).toBeUndefined();
    expect(isStructural(rec({ type: 'attributes', attributeName: 'value', target: el('i') }))).toBe(false);
  });

  it('counts attribute changes the extractor reads, and added or removed elements', () => {
    expect(isStructural(rec({ type: 'attributes', attributeName: 'autocomplete', target: el('i') }))).toBe(true);
    expect(isStructural(rec({ type: 'childList', target: el('d'), addedNodes: list(document.createElement('input')) }))).toBe(true);
    expect(isStructural(rec({ type: 'childList', target: el('d'), removedNodes: list(document.createElement('div')) }))).toBe(true);
  });

  it('ignores text changes outside labels, headings and options (a ticking clock), but not inside them', () => {
    expect(isStructural(rec({ type: 'childList', target: el('d'), addedNodes: list(document.createTextNode('12:01')) }))).toBe(false);
    expect(isStructural(rec({ type: 'childList', target: el('l'), addedNodes: list(document.createTextNode('E-mail')) }))).toBe(true);
    expect(isStructural(rec({ type: 'characterData', target: el('d') }))).toBe(false);
  });

  it('anyStructural stops at the first structural record', () => {
    const text = rec({ type: 'childList', target: el('d'), addedNodes: list(document.createTextNode('x')) });
    expect(anyStructural([text, text])).toBe(false);
    expect(anyStructural([text, rec({ type: 'attributes', attributeName: 'name', target: el('i') })])).toBe(true);
  });
});
