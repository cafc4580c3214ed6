import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../src/core/history/canonical.ts';
import { buildExport, serializeExport } from '../../../src/core/history/export-json.ts';
import { describePlan, planImport } from '../../../src/core/history/import.ts';
import { hashSnapshotContent } from '../../../src/core/history/snapshot.ts';
import { field, snap } from './make-flow.ts';

const generator = { name: 'kyc-lens-cli', version: '0.1.0' };
const PNG = 'data:image/png;base64,iVBORw0KGgo=';

async function threeSnapshots() {
  return [await snap('aws', [field('email')], 0), await snap('aws', [field('email'), field('bday')], 1), await snap('vultr', [field('tel')], 2)];
}

describe('planImport', () => {
  it('adds what is new and counts what is already there', async () => {
    const [a, b, c] = await threeSnapshots();
    const text = serializeExport(buildExport([a!, b!, c!], { exportedAt: 0, generator }));
    const plan = await planImport(new Set([b!.id]), text);
    expect(plan.fileError).toBeUndefined();
    expect(plan.total).toBe(3);
    expect(plan.toAdd.map((s) => s.id).sort()).toEqual([a!.id, c!.id].sort());
    expect(plan.duplicates).toEqual([b!.id]);
    expect(plan.errors).toEqual([]);
    expect(plan.toAdd.find((s) => s.id === a!.id)).toEqual(a);
    expect(describePlan(plan)).toBe('2 new snapshots, 1 already present.');
  });

  it('is idempotent: importing what was imported changes nothing', async () => {
    const all = await threeSnapshots();
    const text = serializeExport(buildExport(all, { exportedAt: 0, generator }));
    const first = await planImport(new Set(), text);
    const second = await planImport(new Set(first.toAdd.map((s) => s.id)), text);
    expect(second.toAdd).toEqual([]);
    expect(second.duplicates.length).toBe(3);
  });

  it('counts a record repeated inside the file once', async () => {
    const [a] = await threeSnapshots();
    const plan = await planImport(new Set(), serializeExport(buildExport([a!, a!], { exportedAt: 0, generator })));
    expect(plan.toAdd.length).toBe(1);
    expect(plan.duplicates).toEqual([a!.id]);
  });

  it('reports each broken record with its position, id, provider and reason', async () => {
    const [a, b, c] = await threeSnapshots();
    const doc = JSON.parse(serializeExport(buildExport([a!, b!, c!], { exportedAt: 0, generator })));
    doc.snapshots[1].fields[0].required = false; // edited after export
    doc.snapshots[2] = { ...doc.snapshots[2], schemaVersion: 'one' };
    doc.snapshots.push('not an object');
    const plan = await planImport(new Set(), JSON.stringify(doc));
    expect(plan.toAdd.map((s) => s.id)).toEqual([a!.id]);
    expect(plan.errors).toEqual([
      { index: 1, list: 'snapshots', id: b!.id, provider: 'Amazon Web Services', message: 'content does not match its hash (edited or damaged)' },
      { index: 2, list: 'snapshots', id: c!.id, provider: 'Vultr', message: 'schemaVersion is missing or not a whole number' },
      { index: 3, list: 'snapshots', message: 'not a snapshot object' },
    ]);
    expect(describePlan(plan)).toBe('1 new snapshot, 0 already present, 3 records with errors.');
  });

  it('refuses files that are not exports, with a plain reason', async () => {
    const cases: [string, RegExp][] = [
      ['{"format": "kyc-lens-export", "version": 1, "snap', /not valid JSON/],
      ['[]', /not a KYC Lens export/],
      ['{"hello": 1}', /"format" should be "kyc-lens-export" but is missing/],
      ['{"format": "kyc-lens-export", "version": 9, "snapshots": []}', /newer KYC Lens/],
      ['{"format": "kyc-lens-export", "version": 1, "snapshots": {}}', /no list of snapshots/],
    ];
    for (const [text, message] of cases) {
      const plan = await planImport(new Set(), text);
      expect(plan.fileError).toMatch(message);
      expect(plan.toAdd).toEqual([]);
    }
    expect((await planImport(new Set(), 'x'.repeat(100), { maxChars: 10 })).fileError).toMatch(/too large/);
  });

  it('accepts a byte-order mark', async () => {
    const [a] = await threeSnapshots();
    const plan = await planImport(new Set(), `\uFEFF${serializeExport(buildExport([a!], { exportedAt: 0, generator }))}`);
    expect(plan.toAdd.length).toBe(1);
  });

  it('takes the screenshots its snapshots refer to, checked against their hash', async () => {
    const id = await sha256Hex(PNG);
    const base = await snap('aws', [field('email')]);
    const { id: _id, ...content } = { ...base, screenshotId: id };
    const withShot = { ...content, id: await hashSnapshotContent(content) };
    const env = buildExport([withShot], { exportedAt: 0, generator, screenshots: [{ id, dataUrl: PNG }] });
    const good = await planImport(new Set(), serializeExport(env));
    expect(good.screenshots).toEqual([{ id, dataUrl: PNG }]);
    const bad = JSON.parse(serializeExport(env));
    bad.screenshots[0].dataUrl = 'data:image/png;base64,AAAA';
    const plan = await planImport(new Set(), JSON.stringify(bad));
    expect(plan.screenshots).toEqual([]);
    expect(plan.errors).toEqual([{ index: 0, list: 'screenshots', id, message: 'screenshot does not match its hash' }]);
  });

  it('reports progress on long files', async () => {
    const [a] = await threeSnapshots();
    const calls: [number, number][] = [];
    await planImport(new Set(), serializeExport(buildExport(Array(5).fill(a!), { exportedAt: 0, generator })), {
      onProgress: (done, total) => calls.push([done, total]),
      progressEvery: 2,
    });
    expect(calls).toEqual([
      [2, 5],
      [4, 5],
      [5, 5],
    ]);
  });
});
