// A list of years is read against the year the page is from (an archived page's capture year), not
// the clock when the classifier module loaded: the same archived page classifies the same way in
// any later year.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { classifyPage } from '../../../src/core/classify/index.ts';
import { form, page, select, years } from './factory.ts';

// An unlabelled list running from 2015 to 2035: card expiry years for a page of 2016, a plain list
// of years for one of 2030 (the list starts 15 years back).
const archived = page([form([select('', ['', ...years(2015, 2035)], { name: 'f1' })])]);
const typeIn = (year?: number) => classifyPage(archived, year === undefined ? {} : { year }).forms[0]!.fields[0]!.fieldType;

afterEach(() => {
  vi.useRealTimers();
});

describe('the year a page is read in', () => {
  it('decides whether a list of years is card expiry years', () => {
    expect(typeIn(2016)).toBe('cc-exp-year');
    expect(typeIn(2030)).not.toBe('cc-exp-year');
  });

  it('defaults to the year of the call, not of the module load', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2016-05-01T00:00:00Z'));
    expect(typeIn()).toBe(typeIn(2016));
    vi.setSystemTime(new Date('2030-05-01T00:00:00Z'));
    expect(typeIn()).toBe(typeIn(2030));
  });
});
