import { describe, expect, it } from 'vitest';
import type { CompareCell } from '../../../src/core/history/compare.ts';
import { dayBound, formatBytes, formatDateTime, plural, shortId } from '../../../src/workspace/format.ts';
import { cellSentence, gridMove } from '../../../src/workspace/heat.ts';
import { toQuery } from '../../../src/workspace/views/HistoryView.tsx';

const cell = (over: Partial<CompareCell>): CompareCell => ({
  category: 'date-of-birth',
  observed: 'required',
  viaVendor: false,
  documented: 'not-asked',
  documentedNote: '',
  agreement: 'observed-only',
  evidence: [],
  ...over,
});

describe('workspace helpers', () => {
  it('formats sizes, times, counts and ids for people', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(250 * 1024 * 1024)).toBe('250 MB');
    expect(formatDateTime(Date.UTC(2025, 4, 1, 12, 30, 45))).toBe('2025-05-01 12:30 UTC');
    expect(formatDateTime(Number.NaN)).toBe('—');
    expect(plural(1, 'snapshot')).toBe('1 snapshot');
    expect(plural(12_000, 'snapshot')).toBe('12,000 snapshots');
    expect(shortId('abcdef0123456789')).toBe('abcdef012345');
  });

  it('turns date inputs into inclusive UTC day bounds', () => {
    expect(dayBound('2025-05-01', false)).toBe(Date.UTC(2025, 4, 1));
    expect(dayBound('2025-05-01', true)).toBe(Date.UTC(2025, 4, 2) - 1);
    expect(dayBound('', false)).toBeUndefined();
    expect(dayBound('2025-13-45', false)).toBeUndefined();
  });

  it('builds the store query from the filter form, leaving out empty filters', () => {
    expect(toQuery({ text: '  ', provider: '', kind: '', category: '', from: '', to: '' }, 0)).toEqual({ limit: 50, offset: 0 });
    expect(toQuery({ text: 'stripe', provider: 'aws', kind: 'hyperscaler', category: 'payment', from: '2025-01-01', to: '2025-01-31' }, 2)).toEqual({
      limit: 50,
      offset: 100,
      text: 'stripe',
      provider: 'aws',
      kind: 'hyperscaler',
      category: 'payment',
      from: Date.UTC(2025, 0, 1),
      to: Date.UTC(2025, 1, 1) - 1,
    });
  });

  it('describes a heat-map cell in one sentence, mismatch included', () => {
    expect(cellSentence('Vultr', cell({}))).toBe(
      'Vultr, Date of birth: observed required; documented as not asked. The flow asked although the documentation does not say so.',
    );
    expect(cellSentence('AWS', cell({ category: 'payment', viaVendor: true, documented: 'asked', agreement: 'agree' }))).toBe(
      'AWS, Payment: observed required (through a vendor frame); documented as asked.',
    );
    expect(cellSentence('X', cell({ observed: 'absent', documented: 'unknown', agreement: 'no-docs' }))).toBe(
      'X, Date of birth: observed not asked; no documentation in the catalog.',
    );
  });
});

describe('heat-map keyboard', () => {
  const size = { rows: 3, cols: 4 };
  it('moves by arrows within bounds, to row ends with Home/End and to the corners with Ctrl', () => {
    expect(gridMove('ArrowRight', { row: 0, col: 0 }, size)).toEqual({ row: 0, col: 1 });
    expect(gridMove('ArrowLeft', { row: 0, col: 0 }, size)).toEqual({ row: 0, col: 0 });
    expect(gridMove('ArrowDown', { row: 2, col: 1 }, size)).toEqual({ row: 2, col: 1 });
    expect(gridMove('ArrowUp', { row: 2, col: 1 }, size)).toEqual({ row: 1, col: 1 });
    expect(gridMove('End', { row: 1, col: 1 }, size)).toEqual({ row: 1, col: 3 });
    expect(gridMove('Home', { row: 1, col: 2 }, size)).toEqual({ row: 1, col: 0 });
    expect(gridMove('End', { row: 0, col: 0 }, size, true)).toEqual({ row: 2, col: 3 });
    expect(gridMove('Home', { row: 2, col: 3 }, size, true)).toEqual({ row: 0, col: 0 });
    expect(gridMove('PageDown', { row: 0, col: 2 }, size)).toEqual({ row: 2, col: 2 });
    expect(gridMove('Enter', { row: 0, col: 0 }, size)).toBeNull();
    expect(gridMove('ArrowRight', { row: 0, col: 0 }, { rows: 0, cols: 4 })).toBeNull();
  });
});
