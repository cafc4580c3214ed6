// A region picker whose options are data centres ("us-east-1", "europe-west1", "nyc3", "fsn1") is the
// data-centre choice, however the caption reads ("Region", "Location"): not the person's state.
import { describe, expect, it } from 'vitest';
import { classifyFields, labelled, select } from './factory.ts';

const region = (caption: string, options: string[]) => classifyFields([labelled('Full name'), labelled('Email', { type: 'email' }), select(caption, options)])[2]!;

describe('data-centre region lists', () => {
  const lists: [string, string[]][] = [
    ['AWS', ['US East (N. Virginia) us-east-1', 'Europe (Frankfurt) eu-central-1', 'Asia Pacific (Tokyo) ap-northeast-1']],
    ['Oracle', ['us-ashburn-1', 'eu-frankfurt-1', 'ap-tokyo-1']],
    ['Google Cloud', ['europe-west1', 'us-central1', 'asia-east1']],
    ['Azure', ['eastus', 'westeurope', 'southeastasia']],
    ['DigitalOcean', ['New York 1 (nyc1)', 'Amsterdam 3 (ams3)', 'Frankfurt 1 (fra1)']],
    ['Hetzner', ['Falkenstein (fsn1)', 'Nuremberg (nbg1)', 'Helsinki (hel1)']],
  ];
  for (const [provider, options] of lists) {
    it(`${provider}'s region codes under "Region" are the data-centre choice`, () => {
      const f = region('Region', options);
      expect(f.fieldType).toBe('region-choice');
      expect(f.category).toBe('other');
    });
  }

  it('a list of states or countries under "Region" stays the address', () => {
    expect(region('Region', ['Alabama', 'Alaska', 'Arizona', 'California']).category).toBe('address');
    expect(region('Country/Region', ['France', 'Germany', 'Spain', 'Italy']).fieldType).toBe('country');
  });
});
