import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clampFeatures } from '../../../src/content/clamp.ts';
import { PageFeaturesSchema } from '../../../src/core/features.ts';
import { parseHtml } from '../../../src/cli/parse-html.ts';
import { CONTENT_SCRIPT_LIMITS, extractPage } from '../../../src/dom/extract.ts';
import { fromWire, toWire } from '../../../src/shared/content-wire.ts';
import { ContentMessageSchema } from '../../../src/shared/messages.ts';

const ROOT = new URL('../../../', import.meta.url).pathname;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}

/** The reports the content script would send for the demo's and the flow fixtures' pages. */
const reports = [...htmlFiles(join(ROOT, 'demo')), ...htmlFiles(join(ROOT, 'test/fixtures/flows'))].map((file) =>
  clampFeatures(extractPage(parseHtml(readFileSync(file, 'utf8')), `https://example.test/${file.length}`, CONTENT_SCRIPT_LIMITS)),
);

describe('content report on the wire', () => {
  it('comes back exactly as it was sent, for every fixture page', () => {
    expect(reports.length).toBeGreaterThan(20);
    for (const page of reports) {
      const wire = toWire({ type: 'page-features', reason: 'initial', features: page });
      expect(fromWire(wire.features)).toEqual(page);
      expect(PageFeaturesSchema.parse(fromWire(wire.features))).toEqual(page);
    }
  });

  it('is the report as JSON without its objects\' empty properties, at any depth, list items kept', () => {
    // What the wire format is, said the slow way: a replacer that leaves out empty properties.
    const empty = (v: unknown) => v === null || v === '' || v === false || (Array.isArray(v) && v.length === 0);
    const reference = (p: unknown) => JSON.stringify(p, function (this: unknown, _key, value) {
      return !Array.isArray(this) && empty(value) ? undefined : value;
    });
    for (const page of reports) expect(toWire({ type: 'page-features', reason: 'initial', features: page }).features).toBe(reference(page));
    const page = reports.find((p) => p.forms.some((f) => f.fields.some((x) => x.options.length > 0)))!;
    const odd = { ...page, forms: [{ ...page.forms[0]!, fields: [{ ...page.forms[0]!.fields[0]!, options: ['', 'x', ''], labels: [''], frameOrigin: undefined }] }] };
    expect(toWire({ type: 'page-features', reason: 'initial', features: odd as never }).features).toBe(reference(odd));
  });

  it('is about half the size of the report as plain JSON', () => {
    const plain = reports.reduce((n, p) => n + JSON.stringify(p).length, 0);
    const wire = reports.reduce((n, p) => n + toWire({ type: 'page-features', reason: 'initial', features: p }).features.length, 0);
    expect(wire / plain).toBeLessThan(0.6); // 0.53 on these pages, 0.46 on the page bench's 500-field page
  });

  it('keeps empty texts inside lists (an option may have no text) and restores empty entries', () => {
    const page = reports.find((p) => p.forms.some((f) => f.fields.some((x) => x.options.length > 0)))!;
    const form = page.forms[0]!;
    const field = { ...form.fields[0]!, options: ['', 'Germany', ''], optionCount: 3, labels: [''], minLength: null, required: false, visible: false };
    const edited = { ...page, truncated: false, forms: [{ ...form, selector: null, fields: [field] }] };
    expect(fromWire(toWire({ type: 'page-features', reason: 'initial', features: edited }).features)).toEqual(edited);
  });

  it('leaves what is not a wire report for the schema to refuse, with a reason', () => {
    expect(fromWire('{"url":')).toBe('{"url":');
    expect(fromWire('[1,2]')).toEqual([1, 2]);
    const obj = { url: 'x' };
    expect(fromWire(obj)).toBe(obj);
    const bad = ContentMessageSchema.safeParse({ type: 'page-features', reason: 'initial', features: '{"url":"https://x/","forms":"no"}' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['features', 'forms']);
  });
});
