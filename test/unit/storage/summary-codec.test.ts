import { describe, expect, it } from 'vitest';
import { summarize } from '../../../src/core/history/summary.ts';
import { decodeSummaries, encodeSummaries } from '../../../src/storage/summary-codec.ts';
import { field, snap, vendor } from '../history/make-flow.ts';

describe('summary codec', () => {
  it('gives back exactly the summaries it encoded, nulls and empty lists included', async () => {
    const snapshots = [
      await snap('aws', [field('email'), field('bday', { required: false }), field('family-name', { label: 'Surname' })], 3, [vendor('stripe')]),
      await snap(null, [field('passport-number')], 1, [vendor('onfido', 'identity-verification')]),
      await snap('vultr', [], 2),
    ];
    const summaries = snapshots.map(summarize);
    summaries[2] = { ...summaries[2]!, screenshotId: 'a'.repeat(64), providerKind: null };
    const json = encodeSummaries(summaries);
    expect(decodeSummaries(json)).toEqual(summaries);
    expect(decodeSummaries(encodeSummaries([]))).toEqual([]);
  });

  it('is several times smaller than the summaries written out in full when they repeat', async () => {
    const fields = ['email', 'given-name', 'family-name', 'tel', 'street-address', 'postal-code', 'country', 'bday'].map((t) => field(t));
    const summaries = await Promise.all(Array.from({ length: 200 }, (_, i) => snap(i % 2 ? 'aws' : 'vultr', fields, i))).then((xs) => xs.map(summarize));
    const compact = encodeSummaries(summaries).length;
    const full = JSON.stringify(summaries).length;
    expect(compact * 2.5).toBeLessThan(full);
  });

  it('reads the first layout (a plain JSON array) and refuses what it does not know', async () => {
    const summaries = [summarize(await snap('aws', [field('email')]))];
    expect(decodeSummaries(JSON.stringify(summaries))).toEqual(summaries);
    expect(() => decodeSummaries('{"v":99,"s":[],"r":[]}')).toThrow(/unknown format/);
    expect(() => decodeSummaries('{"v":2,"s":[],"r":[["x",1,5,0,0,0,0,0,0,0,[],[],[],null,0,[]]]}')).toThrow(/damaged/);
  });
});
