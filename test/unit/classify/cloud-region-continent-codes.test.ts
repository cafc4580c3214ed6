// Region codes that start with a continent and a number ("EU01 (Deutschland)", STACKIT's) make a
// "Region" list the data-centre choice; UK postcode districts ("SW19 (Wimbledon)") do not.
import { describe, expect, it } from 'vitest';
import { classifyFields, labelled, select } from './factory.ts';

const region = (caption: string, options: string[]) => classifyFields([labelled('Name der Organisation'), labelled('Stadt'), select(caption, options)], {}, { lang: 'de' })[2]!;

describe('continent-number region codes', () => {
  it('"EU01 (Deutschland)", "EU02 (Österreich)" under "Region" are the data-centre choice', () => {
    expect(region('Region', ['EU01 (Deutschland)', 'EU02 (Österreich)']).fieldType).toBe('region-choice');
  });

  it('postcode districts with a place in brackets are no data centres', () => {
    expect(region('Region', ['SW19 (Wimbledon)', 'EC1A (City)', 'NW3 (Hampstead)']).fieldType).not.toBe('region-choice');
  });
});
