// The rule's status in every export: when it was checked, where to check it again, its dated events,
// and the reported (unconfirmed) withdrawal never without "Reported, not confirmed".
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { REQUIREMENTS_2024_PROPOSED } from '../../../src/core/catalog/data/requirements-2024-proposed.ts';
import type { RequirementCatalog } from '../../../src/core/catalog/schema.ts';
import { snapshotsToCsv } from '../../../src/core/history/export-csv.ts';
import { buildExport, serializeExport } from '../../../src/core/history/export-json.ts';
import { reportHtml, reportMarkdown } from '../../../src/core/history/export-report.ts';
import { planImport } from '../../../src/core/history/import.ts';
import { ruleStatusView } from '../../../src/core/rule-status/status.ts';
import { field, snap } from './make-flow.ts';

const generator = { name: 'kyc-lens-extension', version: '0.1.0' };
const rule = ruleStatusView(REQUIREMENTS_2024_PROPOSED);
const QUALIFIER = /Reported, not confirmed: /;

/** Every string in a JSON value. */
const strings = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(strings) : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : [];

/** A catalog with a confirmed withdrawal appended: only data changes. */
function withdrawnRule() {
  const c: RequirementCatalog = structuredClone(REQUIREMENTS_2024_PROPOSED);
  c.ruleHistory.events.push({
    id: 'withdrawn-fr',
    date: '2027-02-15',
    kind: 'withdrawn',
    title: 'Withdrawal notice published',
    text: 'A hypothetical withdrawal notice.',
    source: 'A hypothetical Federal Register notice',
    grade: 'primary',
    checkedOn: '2027-03-01',
  });
  c.ruleHistory.checkedOn = '2027-03-01';
  return ruleStatusView(c);
}

async function sample() {
  return [await snap('aws', [field('email'), field('ai-training-intent', { required: false })], 0), await snap('vultr', [field('tel')], 1)];
}

describe('JSON export (format 2)', () => {
  it('carries the status, the date it was checked, the places to check again and every event', async () => {
    const env = buildExport(await sample(), { exportedAt: 0, generator });
    expect(env.version).toBe(2);
    expect(env.rule).toMatchObject({
      catalogVersion: '2024-01-proposed',
      code: 'proposed',
      status: 'Proposed in January 2024; never finalized; not in force',
      checkedOn: '2026-12-07',
    });
    expect(env.rule.checkAgain.map((c) => c.url)).toEqual(rule.checkAgain.map((c) => c.url));
    expect(env.rule.categoryNotes).toEqual({
      'intended-use':
        'Questions about intended use or AI training relate to the proposal’s report on training large AI models. Its legal basis was revoked in January 2025: EO 14110 revoked by EO 14148 (20 January 2025).',
    });
    expect(env.rule.events.map((e) => [e.id, e.date, e.grade])).toEqual(REQUIREMENTS_2024_PROPOSED.ruleHistory.events.map((e) => [e.id, e.date, e.grade]));
    const doc = JSON.parse(serializeExport(env));
    const validate = new Ajv2020({ strict: true, validateFormats: false }).compile(JSON.parse(readFileSync('docs/schemas/export.schema.json', 'utf8')));
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    delete doc.rule;
    expect(validate(doc)).toBe(false);
  });

  it('never carries the withdrawal report without its qualifier', async () => {
    const env = buildExport(await sample(), { exportedAt: 0, generator });
    const w = env.rule.events.find((e) => e.id === 'withdrawn-agenda-2025')!;
    expect(w).toMatchObject({ grade: 'unconfirmed', confirmed: false });
    const mentions = strings(env.rule).filter((s) => /withdrew the proposal/.test(s));
    expect(mentions.length).toBe(4); // the event's title, text and headline, and the note repeating the headline
    for (const s of mentions) expect(s).toMatch(QUALIFIER);
  });

  it('follows the data: a confirmed withdrawal changes the exported status', async () => {
    const env = buildExport(await sample(), { exportedAt: 0, generator, rule: withdrawnRule() });
    expect(env.rule).toMatchObject({ code: 'withdrawn', status: 'Proposed in January 2024; withdrawn in February 2027; never in force', checkedOn: '2027-03-01' });
  });
});

describe('import reads format 1 and 2', () => {
  it('imports a version-1 export (no rule block) and a version-2 one', async () => {
    const snaps = await sample();
    const v2 = serializeExport(buildExport(snaps, { exportedAt: 0, generator }));
    const { rule: _rule, ...rest } = JSON.parse(v2);
    const v1 = JSON.stringify({ ...rest, version: 1 });
    for (const text of [v1, v2]) {
      const plan = await planImport(new Set(), text);
      expect(plan.fileError).toBeUndefined();
      expect(plan.toAdd.map((s) => s.id).sort()).toEqual(snaps.map((s) => s.id).sort());
    }
    expect((await planImport(new Set(), JSON.stringify({ ...rest, version: 3 }))).fileError).toMatch(/newer KYC Lens/);
    expect((await planImport(new Set(), JSON.stringify({ ...rest, version: 0 }))).fileError).toBe('Export format 0 is not supported.');
  });
});

describe('CSV export', () => {
  it('every row says the status and when it was checked; an AI-training field says its basis was revoked', async () => {
    const csv = snapshotsToCsv(await sample());
    const rows = csv.trimEnd().split('\r\n');
    const header = rows[0]!.split(',');
    expect(header.slice(-3)).toEqual(['rule_status', 'rule_status_checked_on', 'rule_note']);
    for (const row of rows.slice(1)) expect(row).toContain(',Proposed in January 2024; never finalized; not in force,2026-12-07,');
    const ai = rows.find((r) => r.includes('ai-training-intent'))!;
    expect(ai).toContain('Its legal basis was revoked in January 2025: EO 14110 revoked by EO 14148 (20 January 2025).');
    expect(rows.filter((r) => r.includes('legal basis was revoked'))).toHaveLength(1);
    expect(csv).not.toMatch(/withdr/i);
    expect(snapshotsToCsv(await sample(), withdrawnRule())).toContain(',Proposed in January 2024; withdrawn in February 2027; never in force,2027-03-01,');
  });
});

describe('Markdown and HTML reports', () => {
  const opts = { generatedAt: 0, generator };

  it('say when the status was checked, link where to check it again, and list the events from the data', async () => {
    const snaps = await sample();
    const md = reportMarkdown(snaps, opts);
    expect(md).toContain('**Proposed in January 2024; never finalized; not in force.** Status checked on 7 December 2026.');
    expect(md).toContain('(https://federalregister.gov/d/2024-01580)');
    expect(md).toContain('(https://www.reginfo.gov/public/do/eAgendaViewRule?pubId=202510&RIN=0694-AJ35)');
    for (const e of rule.events) expect(md).toContain(`| ${e.date} | `);
    expect(md).toContain('| 2025-01-20 | EO 14110 revoked by EO 14148 | Presidential Notice of 27 March 2025');
    expect(md).toContain('- Intended use: Questions about intended use or AI training relate to the proposal’s report on training large AI models. Its legal basis was revoked in January 2025');
    const html = reportHtml(snaps, opts);
    expect(html).toContain('<strong>Proposed in January 2024; never finalized; not in force.</strong> Status checked on 7 December 2026.');
    expect(html).toContain('<a href="https://www.reginfo.gov/public/do/eAgendaViewRule?pubId=202510&#38;RIN=0694-AJ35">');
    expect(html.match(/<tr data-event=/g)).toHaveLength(rule.events.length);
    expect(html).toContain('<dt>Legal basis</dt><dd>Intended use: Questions about intended use');
    // The basis line appears only for the snapshot that asked about intended use.
    expect(md.match(/^- Intended use: /gm)).toHaveLength(1);
  });

  it('never mention the reported withdrawal without its qualifier', async () => {
    const snaps = await sample();
    const mdLines = reportMarkdown(snaps, opts).split('\n').filter((l) => /withdrew|Withdrawn/.test(l));
    expect(mdLines.length).toBeGreaterThanOrEqual(2);
    for (const l of mdLines) expect(l).toMatch(QUALIFIER);
    const html = reportHtml(snaps, opts);
    const cells = [...html.matchAll(/<(td|li)>([^<]*)<\/\1>/g)].map((m) => m[2]!).filter((c) => /withdrew|Withdrawn/.test(c));
    expect(cells.length).toBeGreaterThanOrEqual(2);
    for (const c of cells) expect(c).toMatch(QUALIFIER);
    const row = html.match(/<tr data-event="withdrawn-agenda-2025">.*?<\/tr>/)![0];
    expect(row).toContain('reported, not confirmed</td>');
  });
});
