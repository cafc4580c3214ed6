import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex } from '../../../src/core/history/canonical.ts';
import { categoryStatuses, hashSnapshotContent, providerKey, snapshotFromFlow } from '../../../src/core/history/snapshot.ts';
import { sanitizeUrl } from '../../../src/core/history/sanitize.ts';
import { field, flow, meta, vendor } from './make-flow.ts';

describe('canonicalJson', () => {
  it('sorts keys at every level and drops undefined properties', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: 'x' }, u: undefined })).toBe(
      '{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}',
    );
  });
  it('refuses values JSON cannot carry', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow();
    expect(() => canonicalJson({ a: () => 1 })).toThrow();
  });
  it('hashes with SHA-256 (known vector)', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('sanitizeUrl', () => {
  it('keeps query names but not values, route fragments but not others, never credentials', () => {
    expect(sanitizeUrl('https://u:p@portal.example/signup?email=a%40b.c&ref=xyz#token=abc')).toBe(
      'https://portal.example/signup?email=&ref=',
    );
    expect(sanitizeUrl('https://portal.example/billing/signup#/account?email=a@b.c')).toBe(
      'https://portal.example/billing/signup#/account',
    );
    expect(sanitizeUrl('not a url?secret=1')).toBe('not a url');
  });
});

describe('snapshotFromFlow', () => {
  it('identifies a snapshot by the hash of its canonical content', async () => {
    const s = await snapshotFromFlow(flow('aws', [field('email'), field('cc-number')]), meta());
    expect(s.id).toMatch(/^[0-9a-f]{64}$/);
    expect(await hashSnapshotContent(s)).toBe(s.id);
    expect(s.schemaVersion).toBe(1);
    expect(s.provider).toEqual({ id: 'aws', name: 'Amazon Web Services', kind: 'hyperscaler' });
    // Same step and time: ordered by key.
    expect(s.fields.map((f) => f.fieldType)).toEqual(['cc-number', 'email']);
  });

  it('gives the same id whatever order the flow listed its fields and vendors in', async () => {
    const fields = [field('email'), field('tel', { stepIndex: 1 }), field('given-name')];
    const vendors = [vendor('stripe'), vendor('onfido', 'identity-verification')];
    const a = await snapshotFromFlow(flow('aws', fields, vendors), meta());
    const b = await snapshotFromFlow(flow('aws', [...fields].reverse(), [...vendors].reverse()), meta());
    expect(b.id).toBe(a.id);
    expect(a.fields.map((f) => f.stepIndex)).toEqual([0, 0, 1]);
  });

  it('changes the id when anything recorded changes', async () => {
    const base = await snapshotFromFlow(flow('aws', [field('email')]), meta());
    const required = await snapshotFromFlow(flow('aws', [field('email', { required: false })]), meta());
    const later = await snapshotFromFlow(flow('aws', [field('email')]), meta({ savedAt: 1 }));
    const catalog = await snapshotFromFlow(flow('aws', [field('email')]), meta({ catalogVersion: 'test-2' }));
    expect(new Set([base.id, required.id, later.id, catalog.id]).size).toBe(4);
  });

  it('sanitizes addresses and caps texts from the page', async () => {
    const long = 'x'.repeat(5000);
    const s = await snapshotFromFlow(
      flow('aws', [field('email', { label: `  Email\n\n ${long}`, frameOrigin: 'https://pay.example/frame?session=1' })]),
      meta({ url: 'https://portal.example/signup?email=me%40example.com' }),
    );
    expect(s.url).toBe('https://portal.example/signup?email=');
    expect(s.fields[0]!.label.length).toBeLessThanOrEqual(500);
    expect(s.fields[0]!.label.startsWith('Email x')).toBe(true);
    expect(s.fields[0]!.frameOrigin).toBe('https://pay.example');
  });

  it('says when the flow was truncated (the record may be incomplete), and only then', async () => {
    const full = await snapshotFromFlow(flow('aws', [field('email')]), meta());
    expect('truncated' in full).toBe(false);
    const cut = await snapshotFromFlow({ ...flow('aws', [field('email')]), truncated: true }, meta());
    expect(cut.truncated).toBe(true);
    expect(cut.id).not.toBe(full.id);
  });

  it('names a site outside the catalog by its host and groups it by host', async () => {
    const s = await snapshotFromFlow(flow(null, [field('email')]), meta({ url: 'https://cloud.example.org/join' }));
    expect(s.provider).toEqual({ id: null, name: 'cloud.example.org', kind: null });
    expect(providerKey(s)).toBe('site:cloud.example.org');
  });
});

describe('categoryStatuses', () => {
  it('is required when any field of the category is required', () => {
    const m = categoryStatuses({
      fields: [
        { category: 'phone', required: false },
        { category: 'phone', required: true },
        { category: 'email', required: false },
      ],
    });
    expect(m.get('phone')).toBe('required');
    expect(m.get('email')).toBe('optional');
    expect(m.has('address')).toBe(false);
  });
});
