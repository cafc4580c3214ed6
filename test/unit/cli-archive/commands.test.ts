import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExport } from '../../../src/cli/archive/export-command.ts';
import type { CommandIO } from '../../../src/cli/archive/options.ts';
import { runCompare } from '../../../src/cli/commands/compare.ts';
import { runTimeline } from '../../../src/cli/commands/timeline.ts';
import { mergePageIntoFlow } from '../../../src/core/flow/aggregate.ts';
import { buildExport, serializeExport } from '../../../src/core/history/export-json.ts';
import { planImport } from '../../../src/core/history/import.ts';
import { snapshotFromFlow } from '../../../src/core/history/snapshot.ts';
import type { PageAnalysis } from '../../../src/core/report.ts';
import { AWS_URL, writeCrawl } from './fixtures.ts';

let dir: string;
let warc: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kyc-cmd-'));
  warc = join(dir, 'crawl.warc.gz');
  await writeCrawl(warc);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const NOW = Date.parse('2025-01-01T00:00:00Z');

async function run(cmd: (argv: readonly string[], io: CommandIO) => Promise<number>, argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CommandIO = {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { isTTY: false, write: (t: string) => (stderr += t) },
    now: () => NOW,
  };
  const code = await cmd(argv, io);
  return { code, stdout, stderr };
}

const FAST = ['--jobs', '1', '--no-cache', '--quiet'];

interface TimelineDoc {
  format: string;
  groups: {
    provider: { id: string | null; name: string };
    url: string;
    entries: {
      snapshotId: string;
      capturedOn: string;
      required: string[];
      optional: string[];
      changes: string[];
      diff: null | { fieldsAdded: { category: string }[]; fieldsRemoved: { category: string }[]; categoriesAdded: string[]; categoriesRemoved: string[] };
    }[];
  }[];
}

describe('kyc-lens timeline', { timeout: 120_000 }, () => {
  it('groups captures by provider and signup URL and shows what changed between three capture dates', async () => {
    const { code, stdout } = await run(runTimeline, [warc, '--format', 'json', ...FAST]);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout) as TimelineDoc;
    expect(doc.format).toBe('kyc-lens-timeline');
    const aws = doc.groups.find((g) => g.provider.id === 'aws')!;
    expect(aws.url).toBe('https://signin.aws.amazon.com/signup');
    expect(aws.entries.map((e) => e.capturedOn)).toEqual(['2024-01-10', '2024-03-05', '2024-06-20']);
    const [first, second, third] = aws.entries;
    expect(first!.diff).toBeNull();
    expect(first!.required).toContain('email');
    expect(second!.diff!.fieldsAdded.map((f) => f.category)).toEqual(['phone']);
    expect(second!.diff!.categoriesAdded).toEqual(['phone']);
    expect(second!.diff!.fieldsRemoved).toEqual([]);
    expect(third!.diff!.fieldsRemoved.map((f) => f.category)).toEqual(['email']);
    expect(third!.diff!.fieldsAdded.map((f) => f.category)).toEqual(['date-of-birth']);
    expect(third!.diff!.categoriesRemoved).toEqual(['email']);
    expect(third!.diff!.categoriesAdded).toEqual(['date-of-birth']);
    expect(third!.changes).toContain('Category no longer asked: Email');
    // The second provider was captured twice, unchanged.
    const other = doc.groups.find((g) => g.provider.id === null)!;
    expect(other.entries).toHaveLength(2);
    expect(other.entries[1]!.changes).toEqual([]);
  });

  it('prints Markdown for people and CSV with one row per change', async () => {
    const md = await run(runTimeline, [warc, ...FAST]);
    expect(md.stdout).toMatch(/^# KYC Lens timeline/);
    expect(md.stdout).toContain('## Amazon Web Services — https://signin.aws.amazon.com/signup');
    expect(md.stdout).toContain('### 2024-03-05');
    expect(md.stdout).toContain('- New category: Phone');
    expect(md.stdout).toContain('- New category: Date of birth');
    const csv = await run(runTimeline, [warc, '--format', 'csv', ...FAST]);
    const rows = csv.stdout.trimEnd().split('\r\n');
    expect(rows[0]).toBe('provider,provider_name,url,captured_on,snapshot_id,previous_snapshot_id,kyc_categories,required_kyc_categories,change');
    expect(rows.filter((r) => r.startsWith('aws,') && r.includes('2024-06-20') && r.endsWith('Category no longer asked: Email'))).toHaveLength(1);
    expect(rows.filter((r) => r.includes('first capture'))).toHaveLength(2);
  });

  it('rejects an unknown format and missing inputs with a usage error', async () => {
    await expect(run(runTimeline, [warc, '--format', 'xml'])).rejects.toThrow(/--format must be one of md, csv, json/);
    await expect(run(runTimeline, ['--format', 'md'])).rejects.toThrow(/at least one file/);
  });
});

describe('kyc-lens compare', { timeout: 120_000 }, () => {
  it('builds the providers × categories matrix from the newest capture of each provider', async () => {
    const { stdout } = await run(runCompare, [warc, '--format', 'json', ...FAST]);
    const doc = JSON.parse(stdout) as { format: string; rows: { providerId: string | null; name: string; savedAt: number; cells: { category: string; observed: string }[] }[] };
    expect(doc.format).toBe('kyc-lens-compare');
    expect(doc.rows.map((r) => r.name).sort()).toEqual(['Amazon Web Services', 'signup.example.org']);
    const aws = doc.rows.find((r) => r.providerId === 'aws')!;
    expect(new Date(aws.savedAt).toISOString().slice(0, 10)).toBe('2024-06-20');
    const status = (row: typeof aws, c: string) => row.cells.find((x) => x.category === c)!.observed;
    expect(status(aws, 'phone')).toBe('required');
    expect(status(aws, 'date-of-birth')).toBe('required');
    expect(status(aws, 'email')).toBe('absent');
    const other = doc.rows.find((r) => r.providerId === null)!;
    expect(['name', 'email', 'address'].map((c) => status(other, c))).toEqual(['required', 'required', 'required']);
  });

  it('prints a Markdown table and a CSV row per provider and category', async () => {
    const md = await run(runCompare, [warc, ...FAST]);
    expect(md.stdout).toMatch(/\| Provider \| Impact \| Name \| Email \| Phone \|/);
    expect(md.stdout).toMatch(/\| Amazon Web Services \| \d+ \(\w+\) \|/);
    const csv = await run(runCompare, [warc, '--format', 'csv', ...FAST]);
    const rows = csv.stdout.trimEnd().split('\r\n');
    expect(rows[0]!.startsWith('provider,provider_name,provider_kind,snapshot_id')).toBe(true);
    // 12 KYC categories per provider.
    expect(rows).toHaveLength(1 + 2 * 12);
    expect(rows.some((r) => r.startsWith('aws,') && r.includes(',date-of-birth,required,'))).toBe(true);
  });
});

describe('one export format for the CLI and the extension', { timeout: 120_000 }, () => {
  it('writes an export that the workspace import planner accepts whole, and importing it twice adds nothing', async () => {
    const out = join(dir, 'cli-export.json');
    const { code } = await run(runExport, [warc, '-o', out, ...FAST]);
    expect(code).toBe(0);
    const text = await readFile(out, 'utf8');
    const plan = await planImport(new Set(), text);
    expect(plan.fileError).toBeUndefined();
    expect(plan.errors).toEqual([]);
    // AWS on three dates, the other provider on two.
    expect(plan.toAdd).toHaveLength(5);
    expect(plan.toAdd.every((s) => s.reason === 'cli')).toBe(true);
    expect(JSON.parse(text).generator.name).toBe('kyc-lens-cli');
    const again = await planImport(new Set(plan.toAdd.map((s) => s.id)), text);
    expect(again.toAdd).toEqual([]);
    expect(again.duplicates).toHaveLength(5);

    // The CLI reads its own export back: same timeline as from the archive.
    const fromWarc = JSON.parse((await run(runTimeline, [warc, '--format', 'json', ...FAST])).stdout) as TimelineDoc;
    const fromExport = JSON.parse((await run(runTimeline, [out, '--format', 'json', ...FAST])).stdout) as TimelineDoc;
    expect(fromExport.groups).toEqual(fromWarc.groups);
  });

  it('reads what the workspace exports (snapshots made by the extension path), and reports a damaged record', async () => {
    const analysis: PageAnalysis = {
      url: 'https://portal.azure.com/signup',
      title: 'Azure',
      providerId: 'azure',
      truncated: false,
      vendors: [],
      forms: [
        {
          selector: 'form',
          kind: 'signup',
          fields: [
            { selector: '#p', category: 'phone', fieldType: 'phone', confidence: 0.9, requirements: [], evidence: ['type=tel'], label: 'Phone', required: true },
            { selector: '#c', category: 'payment', fieldType: 'cc-number', confidence: 0.9, requirements: [], evidence: ['autocomplete=cc-number'], label: 'Card number', required: true },
          ],
        },
      ],
    };
    const at = Date.parse('2024-05-01T12:00:00Z');
    const { tabId: _t, ...flow } = mergePageIntoFlow(null, analysis, { at, tabId: 7, providerId: 'azure', headings: ['Sign up'] });
    const snapshot = await snapshotFromFlow(flow, { url: analysis.url, savedAt: at, extensionVersion: '0.1.0', catalogVersion: 'test', reason: 'user' });
    const envelope = buildExport([snapshot], { exportedAt: at, generator: { name: 'kyc-lens-extension', version: '0.1.0' } });
    const good = join(dir, 'workspace-export.json');
    await writeFile(good, serializeExport(envelope));
    const cmp = JSON.parse((await run(runCompare, [good, '--format', 'json', ...FAST])).stdout) as { rows: { providerId: string; snapshotId: string; cells: { category: string; observed: string }[] }[] };
    expect(cmp.rows.map((r) => r.providerId)).toEqual(['azure']);
    expect(cmp.rows[0]!.snapshotId).toBe(snapshot.id);
    expect(cmp.rows[0]!.cells.find((c) => c.category === 'payment')!.observed).toBe('required');

    // A snapshot edited after export fails its hash check: reported, the others still read.
    const edited = JSON.parse(serializeExport(envelope));
    edited.snapshots.push({ ...edited.snapshots[0], url: 'https://portal.azure.com/elsewhere' });
    const bad = join(dir, 'edited-export.json');
    await writeFile(bad, JSON.stringify(edited));
    const res = await run(runTimeline, [bad, warc, '--format', 'json', ...FAST]);
    expect(res.stderr).toMatch(/edited-export\.json#snapshots\[1\]: content does not match its hash/);
    const doc = JSON.parse(res.stdout) as TimelineDoc;
    expect(doc.groups.map((g) => g.provider.id)).toEqual(expect.arrayContaining(['aws', 'azure', null]));
  });

  it('merges exports: an export of an archive plus an older export carries both', async () => {
    const older = join(dir, 'workspace-export.json');
    const merged = join(dir, 'merged.json');
    await run(runExport, [warc, older, '-o', merged, ...FAST]);
    const plan = await planImport(new Set(), await readFile(merged, 'utf8'));
    expect(plan.errors).toEqual([]);
    expect(plan.toAdd).toHaveLength(6);
    expect(new Set(plan.toAdd.map((s) => s.provider.id))).toEqual(new Set(['aws', 'azure', null]));
  });
});

it('the AWS fixture URL is a catalog signup host (keeps the fixtures honest)', async () => {
  const { providerForUrl } = await import('../../../src/core/catalog/index.ts');
  expect(providerForUrl(AWS_URL)).toBe('aws');
});
