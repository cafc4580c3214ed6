// The rule's events on a provider's time axis: interleaved with its snapshots (oldest first), and
// placed on the workspace's chart between its first and last snapshot. Pure.
import type { RuleEventView } from './status.ts';

export type TimelineItem<T> = { kind: 'snapshot'; time: number; entry: T } | { kind: 'rule'; time: number; event: RuleEventView };

/**
 * Snapshots and rule events on one time line, oldest first. An event dated only by month or year
 * counts from the start of that period; on a tie the rule event comes first (it is the earlier fact).
 */
export function interleave<T>(entries: readonly T[], timeOf: (entry: T) => number, events: readonly RuleEventView[]): TimelineItem<T>[] {
  const items: TimelineItem<T>[] = [
    ...events.map((event) => ({ kind: 'rule' as const, time: event.time, event })),
    ...entries.map((entry) => ({ kind: 'snapshot' as const, time: timeOf(entry), entry })),
  ];
  return items.sort((a, b) => a.time - b.time || (a.kind === b.kind ? 0 : a.kind === 'rule' ? -1 : 1));
}

export interface RuleMark {
  x: number;
  event: RuleEventView;
}

/**
 * Where the events fall on a chart whose x axis runs linearly from the first to the last snapshot
 * (given as two points of that axis). Events outside the range are not drawn; the list shows them.
 */
export function ruleMarks(
  axis: { first: { time: number; x: number }; last: { time: number; x: number } },
  events: readonly RuleEventView[],
): RuleMark[] {
  const { first, last } = axis;
  const span = last.time - first.time;
  if (span <= 0) return [];
  return events
    .filter((e) => e.time >= first.time && e.time <= last.time)
    .map((event) => ({ event, x: Math.round((first.x + ((event.time - first.time) / span) * (last.x - first.x)) * 10) / 10 }));
}

/** How many events fall before, within and after a snapshot range (for the list's captions). */
export function eventsAround(events: readonly RuleEventView[], from: number, to: number): { before: number; within: number; after: number } {
  let before = 0;
  let within = 0;
  let after = 0;
  for (const e of events) {
    if (e.time < from) before++;
    else if (e.time > to) after++;
    else within++;
  }
  return { before, within, after };
}
