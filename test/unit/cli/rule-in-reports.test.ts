// `kyc-lens timeline` and `kyc-lens compare` carry the rule: its dated events on the captures' time line, its status and check date.
import { describe, expect, it } from 'vitest';
import { timelineCsv, timelineGroups, timelineJson, timelineMarkdown } from '../../../src/cli/commands/timeline.ts';
import { REQUIREMENTS_2024_PROPOSED } from '../../../src/core/catalog/data/requirements-2024-proposed.ts';
import { ruleStatusView } from '../../../src/core/rule-status/status.ts';
import { field, snap } from '../history/make-flow.ts';

const rule = ruleStatusView(REQUIREMENTS_2024_PROPOSED);
const meta = { generatedAt: Date.UTC(2026, 11, 7), generator: { name: 'kyc-lens-cli', version: 'test' } };

// Captures on 2023-11-14, 2024-06-01 and 2025-02-06: before the proposal, after it, after EO 14110's revocation.
async function groups() {
  return timelineGroups([await snap('aws', [field('email')], 0), await snap('aws', [field('email'), field('tel')], 200), await snap('aws', [field('tel')], 450)]);
}

describe('timeline Markdown', () => {
  it('says when the status was checked and where to check it, then marks the rule’s events among the captures', async () => {
    const md = timelineMarkdown(await groups(), meta);
    expect(md).toContain('**Proposed in January 2024; never finalized; not in force.** Status checked on 7 December 2026.');
    expect(md).toContain('(https://federalregister.gov/d/2024-01580)');
    expect(md).toContain('The rule’s events on this page’s time line: 3 rule events before the first capture, 5 rule events between the first and the last, 4 rule events after.');
    const table = md.split('## Amazon Web Services')[1]!.split('\n').filter((l) => /^\| \d{4}/.test(l));
    expect(table).toHaveLength(3 + rule.events.length);
    const dates = table.map((l) => l.split(' | ')[0]!.slice(2));
    expect(dates).toEqual([...dates].sort());
    const at = (re: RegExp) => table.findIndex((l) => re.test(l));
    expect(at(/^\| 2023-11-14 \| 1 \|/)).toBeLessThan(at(/Rule: Proposed rule published/));
    expect(at(/Rule: Proposed rule published/)).toBeLessThan(at(/^\| 2024-06-01 \| 2 \|/));
    expect(at(/Rule: EO 14110 revoked by EO 14148 \(official text\)/)).toBeLessThan(at(/^\| 2025-02-06 \|/));
  });

  it('never shows the reported withdrawal without its qualifier', async () => {
    const lines = timelineMarkdown(await groups(), meta)
      .split('\n')
      .filter((l) => /withdrew|Withdrawn/.test(l));
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const l of lines) expect(l).toMatch(/Reported, not confirmed: /);
  });
});

describe('timeline CSV and JSON', () => {
  it('CSV: one row per rule event on the page’s time line, with its source and the check date', async () => {
    const rows = timelineCsv(await groups()).trimEnd().split('\r\n');
    const ruleRows = rows.filter((r) => /,"?Rule: /.test(r));
    expect(ruleRows).toHaveLength(rule.events.length);
    for (const r of ruleRows) expect(r).toMatch(/status checked on 2026-12-07"?$/);
    expect(ruleRows.find((r) => r.includes('2025-12'))).toContain('Rule: Reported, not confirmed: Commerce withdrew the proposal (Fall 2025 Unified Agenda) (reported, not confirmed)');
    const dates = rows.slice(1).map((r) => r.split(',')[3]!);
    expect(dates).toEqual([...dates].sort());
  });

  it('JSON: the rule block with status, check date, links and qualified events', async () => {
    const doc = JSON.parse(timelineJson(await groups(), meta));
    expect(doc.rule).toMatchObject({ status: 'Proposed in January 2024; never finalized; not in force', checkedOn: '2026-12-07' });
    expect(doc.rule.checkAgain).toHaveLength(3);
    const w = doc.rule.events.find((e: { id: string }) => e.id === 'withdrawn-agenda-2025');
    expect(w.title).toMatch(/^Reported, not confirmed: /);
    expect(w.text).toMatch(/^Reported, not confirmed: /);
  });
});

describe('compare report', () => {
  it('Markdown and JSON say the status, when it was checked and where to check it again', async () => {
    const { buildCompare, compareJson, compareMarkdown } = await import('../../../src/cli/commands/compare.ts');
    const m = buildCompare([await snap('aws', [field('email')], 0)]);
    const md = compareMarkdown(m, meta);
    expect(md).toContain('**Proposed in January 2024; never finalized; not in force.** Status checked on 7 December 2026.');
    expect(md).toContain('(https://federalregister.gov/d/2024-01580)');
    const mentions = md.split('\n').filter((x) => /withdrew|Withdrawn/.test(x));
    expect(mentions.length).toBeGreaterThanOrEqual(2);
    for (const l of mentions) expect(l).toMatch(/Reported, not confirmed: /);
    const doc = JSON.parse(compareJson(m, meta));
    expect(doc.rule).toMatchObject({ status: 'Proposed in January 2024; never finalized; not in force', checkedOn: '2026-12-07' });
  });
});
