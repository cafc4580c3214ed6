import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { REQUIREMENTS_2024_PROPOSED } from '../../../src/core/catalog/data/requirements-2024-proposed.ts';
import { type RequirementCatalog, RequirementCatalogSchema, type RuleEvent } from '../../../src/core/catalog/schema.ts';
import {
  basisNotes,
  dateLabel,
  dateTime,
  deriveStatusLine,
  ruleStatusView,
  UNCONFIRMED_QUALIFIER,
} from '../../../src/core/rule-status/status.ts';
import { eventsAround, interleave, ruleMarks } from '../../../src/core/rule-status/timeline.ts';

const KYC_RULE_DOC = fileURLToPath(new URL('../../../../shared/docs/kyc-rule.md', import.meta.url));
const kycRuleText = existsSync(KYC_RULE_DOC) ? readFileSync(KYC_RULE_DOC, 'utf8').replace(/\s+/g, ' ') : null;

const clone = (): RequirementCatalog => structuredClone(REQUIREMENTS_2024_PROPOSED);
const event = (over: Partial<RuleEvent> & Pick<RuleEvent, 'id' | 'date' | 'kind'>): RuleEvent => ({
  title: `${over.kind} event`,
  text: `Something happened (${over.id}).`,
  source: 'A hypothetical Federal Register notice',
  grade: 'primary',
  checkedOn: '2027-03-01',
  ...over,
});
/** The catalog with events appended the way docs/knowledge-base.md says: data only. */
function withEvents(...events: RuleEvent[]): RequirementCatalog {
  const c = clone();
  c.ruleHistory.events.push(...events);
  c.ruleHistory.checkedOn = '2027-03-01';
  expect(RequirementCatalogSchema.safeParse(c).error?.issues ?? []).toEqual([]);
  return c;
}

describe('the status line comes from the dated events', () => {
  const view = ruleStatusView(REQUIREMENTS_2024_PROPOSED);

  it('reads "Proposed in January 2024; never finalized; not in force" today, the safe wording of kyc-rule.md', () => {
    expect(view.line).toBe('Proposed in January 2024; never finalized; not in force');
    expect(view.code).toBe('proposed');
    if (kycRuleText) expect(kycRuleText).toContain(`${view.line}.`);
  });

  it('lists every event of the data, oldest first, each with date, source, grade and checked-on date', () => {
    const data = REQUIREMENTS_2024_PROPOSED.ruleHistory.events;
    expect(view.events.map((e) => e.id)).toEqual(data.map((e) => e.id));
    expect(view.events.map((e) => e.date)).toEqual(data.map((e) => e.date));
    for (const e of view.events) {
      expect(e.source.length).toBeGreaterThan(5);
      expect(e.checkedOn).toBe('2026-12-07');
    }
    expect(view.events.find((e) => e.id === 'proposed')).toMatchObject({ dateLabel: '29 January 2024', grade: 'primary', confirmed: true });
    expect(view.checkedOnLabel).toBe('7 December 2026');
  });

  it('the reported withdrawal is qualified in every word shown, and does not move the line', () => {
    const w = view.events.find((e) => e.id === 'withdrawn-agenda-2025')!;
    expect(w.confirmed).toBe(false);
    for (const words of [w.title, w.text, w.headline!]) expect(words.startsWith(`${UNCONFIRMED_QUALIFIER}: `)).toBe(true);
    expect(view.line).not.toMatch(/withdrawn/i);
    const inNote = view.note.filter((n) => n.includes('withdrew'));
    expect(inNote).toHaveLength(1);
    expect(inNote[0]).toMatch(/^Reported, not confirmed: Commerce withdrew the proposal in late 2025/);
  });

  it('the note: the line, the revoked basis, the withdrawal report, the findings and the footnote', () => {
    expect(view.note[0]).toBe('Proposed in January 2024; never finalized; not in force.');
    expect(view.note[1]).toBe('Its AI-training report lost its legal basis when EO 14110 was revoked (Jan 2025).');
    expect(view.note.join(' ')).toContain('No final rule was found');
    expect(view.note.at(-1)).toMatch(/provider’s own choice or required by other laws/);
  });

  it('the AI-training report’s basis note says it was revoked in January 2025', () => {
    expect(view.basisNotes).toEqual({
      'ai-training-report': 'Its legal basis was revoked in January 2025: EO 14110 revoked by EO 14148 (20 January 2025).',
    });
  });

  it('links the primary places to check again: the Federal Register document and the Unified Agenda entry', () => {
    const urls = view.checkAgain.map((c) => c.url);
    expect(urls[0]).toBe('https://federalregister.gov/d/2024-01580');
    expect(urls.filter((u) => u.startsWith('https://www.reginfo.gov/') && u.includes('RIN=0694-AJ35'))).toHaveLength(2);
  });
});

describe('a confirmed withdrawal or a final rule is a data change (docs/knowledge-base.md)', () => {
  it('a confirmed withdrawal event changes the line', () => {
    const c = withEvents(event({ id: 'withdrawn-fr', date: '2027-02-15', kind: 'withdrawn' }));
    const v = ruleStatusView(c);
    expect(v.line).toBe('Proposed in January 2024; withdrawn in February 2027; never in force');
    expect(v.code).toBe('withdrawn');
    expect(v.events.at(-1)?.id).toBe('withdrawn-fr');
    expect(v.checkedOnLabel).toBe('1 March 2027');
  });

  it('a final rule, then its effective date', () => {
    const final = event({ id: 'final', date: '2027-02-15', kind: 'final-rule' });
    expect(ruleStatusView(withEvents(final)).line).toBe('Proposed in January 2024; final rule published in February 2027; not yet in force');
    const v = ruleStatusView(withEvents(final, event({ id: 'effective', date: '2027-03-01', kind: 'in-force' })));
    expect(v.line).toBe('Proposed in January 2024; final rule published in February 2027; in force from 1 March 2027');
    expect(v.code).toBe('in-force');
  });

  it('an unconfirmed final rule changes nothing but the event list', () => {
    const v = ruleStatusView(withEvents(event({ id: 'rumour', date: '2027-01', kind: 'final-rule', grade: 'unconfirmed' })));
    expect(v.line).toBe('Proposed in January 2024; never finalized; not in force');
    expect(v.events.at(-1)?.title).toBe(`${UNCONFIRMED_QUALIFIER}: final-rule event`);
  });

  it('events are ordered by date whatever the order given to the derivation', () => {
    const events = [event({ id: 'w', date: '2027-02', kind: 'withdrawn' }), ...REQUIREMENTS_2024_PROPOSED.ruleHistory.events].reverse();
    expect(deriveStatusLine({ events }).line).toBe('Proposed in January 2024; withdrawn in February 2027; never in force');
  });

  it('an unconfirmed revocation gives a qualified basis note', () => {
    const notes = basisNotes({ events: [event({ id: 'r', date: '2027-01-05', kind: 'basis-revoked', grade: 'unconfirmed', title: 'EO X revoked', affects: ['verification'] })] });
    expect(notes).toEqual({ verification: 'Reported, not confirmed: Its legal basis was revoked in January 2027: EO X revoked (5 January 2027).' });
  });

  describe('through the current catalog, with only the data changed', () => {
    afterEach(() => {
      vi.doUnmock('../../../src/core/catalog/data/requirement-catalogs.ts');
      vi.resetModules();
    });

    it('currentRuleStatus() follows an appended withdrawal', async () => {
      const c = withEvents(event({ id: 'withdrawn-fr', date: '2027-02-15', kind: 'withdrawn' }));
      vi.resetModules();
      vi.doMock('../../../src/core/catalog/data/requirement-catalogs.ts', () => ({ REQUIREMENT_CATALOGS: [c] }));
      const { currentRuleStatus } = await import('../../../src/core/rule-status/current.ts');
      expect(currentRuleStatus().line).toBe('Proposed in January 2024; withdrawn in February 2027; never in force');
    });
  });
});

describe('dates', () => {
  it('labels and times as precise as the source', () => {
    expect(dateLabel('2025-01-20')).toBe('20 January 2025');
    expect(dateLabel('2025-12')).toBe('December 2025');
    expect(dateLabel('2026')).toBe('2026');
    expect(dateTime('2025-12')).toBe(Date.UTC(2025, 11, 1));
    expect(dateTime('2026')).toBe(Date.UTC(2026, 0, 1));
  });
});

describe('rule events on a provider’s time axis', () => {
  const events = ruleStatusView(REQUIREMENTS_2024_PROPOSED).events;
  const at = (iso: string) => Date.parse(iso);

  it('interleaves events with snapshots by time, an event first on a tie', () => {
    const snaps = [{ t: at('2024-01-29T00:00:00Z') }, { t: at('2023-06-01T00:00:00Z') }, { t: at('2025-03-01T00:00:00Z') }];
    const items = interleave(snaps, (s) => s.t, events);
    expect(items.map((i) => i.time)).toEqual([...items.map((i) => i.time)].sort((a, b) => a - b));
    const iProposed = items.findIndex((i) => i.kind === 'rule' && i.event.id === 'proposed');
    expect(items[iProposed + 1]).toMatchObject({ kind: 'snapshot', entry: snaps[0] });
    const revoked = items.findIndex((i) => i.kind === 'rule' && i.event.id === 'eo-14110-revoked');
    expect(items.slice(revoked).find((i) => i.kind === 'snapshot')).toMatchObject({ entry: snaps[2] });
  });

  it('places only events inside the snapshot range on the chart, linearly', () => {
    const first = { time: at('2024-01-01T00:00:00Z'), x: 100 };
    const last = { time: at('2025-01-01T00:00:00Z'), x: 466 };
    const marks = ruleMarks({ first, last }, events);
    expect(marks.map((m) => m.event.id)).toEqual(['proposed', 'comments-closed', 'moved-to-part-791']);
    // 29 January 2024 is 28 days into a 366-day year.
    expect(marks[0]!.x).toBeCloseTo(100 + (28 / 366) * 366, 1);
    expect(ruleMarks({ first, last: first }, events)).toEqual([]);
    expect(eventsAround(events, first.time, last.time)).toEqual({ before: 3, within: 3, after: events.length - 6 });
  });
});
