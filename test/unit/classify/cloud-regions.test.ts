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
    ['Scaleway', ['Paris (fr-par)', 'Amsterdam (nl-ams)', 'Warsaw (pl-waw)']],
    ['Alibaba Cloud', ['华东1（杭州）', '华北2（北京）', '新加坡']],
    ['Huawei Cloud', ['华北-北京四', '华东-上海一', '华南-广州']],
    ['Tencent Cloud', ['华南地区（广州）', '华东地区（上海）', '华北地区（北京）']],
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
    expect(region('省份', ['广东省', '浙江省', '北京市', '上海市']).category).toBe('address');
    // Hyphenated words in brackets are no city codes.
    expect(region('Region', ['North (co-op)', 'South (co-op)', 'East (re-run)']).fieldType).not.toBe('region-choice');
  });
});
