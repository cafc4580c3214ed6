import { describe, expect, it } from 'vitest';
import { clampFeatures, clampSelector, MAX_FIELDS, MAX_REPORT_CHARS } from '../../../src/content/clamp.ts';
import { type FieldFeatures, PageFeaturesSchema } from '../../../src/core/features.ts';
import { samePage } from '../../../src/content/same-page.ts';

const huge = 'x'.repeat(1_000_000);
const field = (i: number, over: Partial<FieldFeatures> = {}): FieldFeatures => ({
  selector: `#f${i}`, tag: 'input', type: 'text', name: `n${i}`, id: '', autocomplete: '', inputmode: '', pattern: '', minLength: null, maxLength: null,
  placeholder: '', title: '', ariaLabel: '', ariaLabelledBy: '', ariaDescribedBy: '', labels: [], nearbyText: '', legend: '', heading: '',
  options: [], optionCount: 0, accept: '', required: false, visible: true, inShadowRoot: false, ...over,
});

describe('clampFeatures', () => {
  it('turns a hostile page into a report the worker accepts, marked truncated', () => {
    const deep = Array.from({ length: 400 }, () => 'div:nth-of-type(1)').join(' > ');
    const hostile = {
      url: `https://x.example/${huge}`,
      title: huge,
      lang: huge,
      headings: Array.from({ length: 50 }, () => huge),
      forms: Array.from({ length: 300 }, (_, f) => ({
        selector: deep,
        action: huge,
        buttons: Array.from({ length: 50 }, () => huge),
        submitButtons: 50,
        heading: huge,
        fields: Array.from({ length: 20 }, (_, i) => field(f * 20 + i, { selector: `${deep} > input`, labels: Array.from({ length: 20 }, () => huge), options: Array.from({ length: 500 }, () => huge), ariaLabel: '<img src=x onerror=alert(1)>' })),
      })),
      frameOrigins: Array.from({ length: 500 }, (_, i) => `https://f${i}.example`),
      scriptOrigins: Array.from({ length: 500 }, (_, i) => `https://s${i}.example`),
      truncated: false,
    };
    const clamped = clampFeatures(hostile);
    const parsed = PageFeaturesSchema.safeParse(clamped);
    expect(parsed.success, parsed.success ? '' : parsed.error.issues[0]?.message).toBe(true);
    expect(clamped.truncated).toBe(true);
    const kept = clamped.forms.flatMap((f) => f.fields).length;
    expect(kept).toBeGreaterThan(100);
    expect(kept).toBeLessThan(MAX_FIELDS);
    expect(clamped.forms[0]?.fields[0]?.selector.endsWith('div:nth-of-type(1) > input')).toBe(true);
    // Markup in a label stays text: nothing here is ever parsed as HTML.
    expect(clamped.forms[0]?.fields[0]?.ariaLabel).toBe('<img src=x onerror=alert(1)>');
    expect(JSON.stringify(clamped).length).toBeLessThan(MAX_REPORT_CHARS * 1.2);
  });

  it('keeps at most MAX_FIELDS fields of a page with many small ones', () => {
    const many = { url: 'https://a.example/', title: '', lang: '', headings: [], forms: [{ selector: null, action: '', buttons: [], heading: '', fields: Array.from({ length: 20_000 }, (_, i) => field(i)) }], frameOrigins: [], scriptOrigins: [], truncated: false };
    const clamped = clampFeatures(many);
    expect(clamped.forms[0]?.fields).toHaveLength(MAX_FIELDS);
    expect(clamped.truncated).toBe(true);
  });

  it('leaves a normal page as it was', () => {
    const page = { url: 'https://a.example/', title: 'Sign up', lang: 'en', headings: ['Create account'], forms: [{ selector: 'form', action: '/x', buttons: ['Next', 'Sign in instead'], submitButtons: 1, heading: '', fields: [field(1), field(2)] }], frameOrigins: ['https://js.stripe.com'], scriptOrigins: [], truncated: false };
    expect(clampFeatures(page)).toEqual(page);
  });

  it('cuts long selectors at a step boundary', () => {
    expect(clampSelector('a > b')).toBe('a > b');
    const long = Array.from({ length: 1000 }, (_, i) => `d${i}`).join(' > ');
    const cut = clampSelector(long);
    expect(cut.length).toBeLessThanOrEqual(4000);
    expect(cut.startsWith('d')).toBe(true);
    expect(cut.endsWith('d999')).toBe(true);
  });
});

describe('samePage', () => {
  const page = (fields: FieldFeatures[], extra: Partial<{ headings: string[]; frameOrigins: string[] }> = {}) => ({
    url: 'https://a.example/',
    title: 't',
    lang: 'en',
    headings: extra.headings ?? ['Sign up'],
    forms: [{ selector: 'form', action: '', buttons: ['Next'], heading: '', fields }],
    frameOrigins: extra.frameOrigins ?? [],
    scriptOrigins: [],
    truncated: false,
  });

  it('is true for an equal report and false for any structural difference', () => {
    const a = page([field(1), field(2)]);
    expect(samePage(a, structuredClone(a))).toBe(true);
    expect(samePage(a, null)).toBe(false);
    expect(samePage(a, page([field(1)]))).toBe(false);
    expect(samePage(a, page([field(1), field(2, { required: true })]))).toBe(false);
    expect(samePage(a, page([field(1), field(2, { labels: ['Email'] })]))).toBe(false);
    expect(samePage(a, page([field(1), field(2, { frameOrigin: 'https://a.example' })]))).toBe(false);
    expect(samePage(page([field(1), field(2, { frameOrigin: 'https://a.example' })]), a)).toBe(false);
    expect(samePage(a, page([field(1), field(2)], { headings: ['Billing'] }))).toBe(false);
    expect(samePage(a, page([field(1), field(2)], { frameOrigins: ['https://js.stripe.com'] }))).toBe(false);
    expect(samePage(a, { ...a, url: 'https://a.example/#/2' })).toBe(false);
  });
});
