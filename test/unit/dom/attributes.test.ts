// The CLI's lean parse keeps only READ_ATTRIBUTES (+ aria-*, and src/value where used): every
// attribute name the extractor reads must be listed, or saved pages would silently lose it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { READ_ATTRIBUTES } from '../../../src/dom/attributes.ts';

const DOM_DIR = join(import.meta.dirname, '../../../src/dom');
const READS = /(?:getAttribute|hasAttribute|\battr|\braw|intAttr\(\w+,|idRefText\(\w+,)\(?\s*'([a-zA-Z-]+)'/g;
const KEPT_WHERE_USED = new Set(['src', 'value']);

describe('attributes read by the extractor', () => {
  it('are all kept by the lean parse', () => {
    const names = new Set<string>();
    for (const file of readdirSync(DOM_DIR).filter((f) => f.endsWith('.ts'))) {
      for (const m of readFileSync(join(DOM_DIR, file), 'utf8').matchAll(READS)) names.add(m[1]!);
    }
    expect(names.size).toBeGreaterThan(20);
    const missing = [...names].filter((n) => !READ_ATTRIBUTES.has(n) && !n.startsWith('aria-') && !KEPT_WHERE_USED.has(n));
    expect(missing).toEqual([]);
  });
});
