// The workspace timeline shows the rule's dated events on the same time axis as a provider's snapshots.
import { describe, expect, it, vi } from 'vitest';
import type { Snapshot } from '../../../src/core/history/snapshot.ts';
import { currentRuleStatus } from '../../../src/core/rule-status/current.ts';
import type { HistoryReader, ProviderEntry } from '../../../src/storage/history-db.ts';
import type { ViewContext } from '../../../src/workspace/App.tsx';
import { TimelineView } from '../../../src/workspace/views/TimelineView.tsx';
import { field, snap } from '../history/make-flow.ts';
import { mount, settle, text } from './dom.ts';

const provider: ProviderEntry = { key: 'aws', name: 'Amazon Web Services', kind: 'hyperscaler', count: 3, latestId: 'x', latestAt: 1 };

async function render() {
  // 2023-11-14, 2024-06-01 and 2025-02-06.
  const snaps: Snapshot[] = [await snap('aws', [field('email')], 0), await snap('aws', [field('email'), field('tel')], 200), await snap('aws', [field('tel')], 450)];
  const db = { providers: async () => [provider], ofProvider: async () => snaps } as unknown as HistoryReader;
  const ctx = { db, docs: () => undefined, generator: { name: 't', version: '1' }, revision: 0, changed: vi.fn(), go: vi.fn(), target: {} } as unknown as ViewContext;
  const root = mount(<TimelineView ctx={ctx} />);
  await settle(20);
  return root;
}

describe('workspace timeline with the rule’s events', () => {
  it('says the status, when it was checked and where to check it again', async () => {
    const root = await render();
    const status = root.querySelector('[data-testid=timeline-rule-status]')!;
    expect(text(status)).toMatch(/^Rule status: Proposed in January 2024; never finalized; not in force\. Status checked on 7 December 2026\. Check it again:/);
    expect([...status.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(currentRuleStatus().checkAgain.map((c) => c.url));
  });

  it('lists rule events among the snapshots, newest first, and marks those inside the range on the chart', async () => {
    const root = await render();
    const items = [...root.querySelectorAll('[data-testid=timeline-entries] > li')] as HTMLElement[];
    expect(items).toHaveLength(3 + currentRuleStatus().events.length);
    const order = items.map((li) => li.dataset.event ?? 'snapshot');
    // Newest first: the reported withdrawal (Dec 2025) is above the 2025-02-06 snapshot, the proposal between the first two snapshots.
    expect(order.indexOf('withdrawn-agenda-2025')).toBeLessThan(order.indexOf('snapshot'));
    const snapshotAt = order.flatMap((o, i) => (o === 'snapshot' ? [i] : []));
    expect(order.indexOf('eo-14110-revoked')).toBeGreaterThan(snapshotAt[0]!);
    expect(order.indexOf('eo-14110-revoked')).toBeLessThan(snapshotAt[1]!);
    expect(order.indexOf('proposed')).toBeGreaterThan(snapshotAt[1]!);
    expect(order.indexOf('proposed')).toBeLessThan(snapshotAt[2]!);
    const marks = [...root.querySelectorAll('[data-testid=timeline-chart] .rule-mark')] as HTMLElement[];
    expect(marks.map((m) => m.dataset.event)).toEqual(['proposed', 'comments-closed', 'moved-to-part-791', 'eo-14110-revoked', 'eo-14110-review']);
    expect(text(marks[3]!.querySelector('title'))).toBe('20 January 2025: EO 14110 revoked by EO 14148');
  });

  it('never shows the reported withdrawal without "Reported, not confirmed"', async () => {
    const root = await render();
    const w = root.querySelector('[data-event=withdrawn-agenda-2025]')!;
    expect(w.className).toContain('unconfirmed');
    expect(text(w.querySelector('strong'))).toMatch(/^Reported, not confirmed: Commerce withdrew the proposal/);
    expect(text(w)).toContain('(reported, not confirmed)');
    const mentions = [...root.querySelectorAll('*')].filter((el) => el.children.length === 0 && /withdrew/.test(el.textContent ?? ''));
    expect(mentions.length).toBeGreaterThanOrEqual(1);
    for (const el of mentions) expect(el.textContent).toMatch(/Reported, not confirmed: /);
  });
});
