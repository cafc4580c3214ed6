// The rule's status, derived from the catalog's dated events: the one-line status ("Proposed in
// January 2024; never finalized; not in force"), the longer note, and every event ready to show.
// Pure. An unconfirmed event's words are qualified here, once ("Reported, not confirmed: …"), so no
// view, report or export can show one as fact; and only confirmed events move the status line.
import type { CheckPlace, Fact, Grade, RequirementCatalog, RuleEvent, RuleEventKind, RuleHistory } from '../catalog/schema.ts';
import type { Category } from '../taxonomy/categories.ts';

export const UNCONFIRMED_QUALIFIER = 'Reported, not confirmed';

export type RuleStatusCode = 'proposed' | 'final' | 'in-force' | 'withdrawn';

/** An event as every view shows it: `title`, `text` and `headline` carry the qualifier when unconfirmed. */
export interface RuleEventView {
  readonly id: string;
  readonly date: string;
  /** "29 January 2024", "December 2025" or "2026": as precise as the source. */
  readonly dateLabel: string;
  /** UTC milliseconds of the start of `date`, for placing the event on a time axis. */
  readonly time: number;
  readonly kind: RuleEventKind;
  readonly title: string;
  readonly text: string;
  readonly headline?: string;
  /** The source's exact words (only for primary or quoted events). */
  readonly wording?: string;
  readonly source: string;
  readonly url?: string;
  readonly grade: Grade;
  readonly confirmed: boolean;
  readonly checkedOn: string;
}

export interface RuleStatusView {
  readonly catalogVersion: string;
  readonly code: RuleStatusCode;
  /** "Proposed in January 2024; never finalized; not in force" */
  readonly line: string;
  /** The longer note, one sentence or short paragraph per entry, the line first. */
  readonly note: readonly string[];
  readonly checkedOn: string;
  readonly checkedOnLabel: string;
  readonly checkAgain: readonly CheckPlace[];
  /** Oldest first. */
  readonly events: readonly RuleEventView[];
  /** Related measures that are not this rule (context only). */
  readonly related: readonly RuleEventView[];
  readonly findings: readonly Fact[];
  /** Per requirement id: the sentence saying its legal basis was revoked (the AI-training report). */
  readonly basisNotes: Readonly<Record<string, string>>;
  /**
   * Per field category tied to such a requirement: why it is asked and that the basis is gone
   * ("Questions about intended use … relate to the proposal’s report … Its legal basis was revoked …").
   */
  readonly categoryNotes: Readonly<Partial<Record<Category, string>>>;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function parts(date: string): [number, number | undefined, number | undefined] {
  const [y, m, d] = date.split('-').map(Number);
  return [y!, m, d];
}

/** UTC milliseconds at the start of a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date. */
export function dateTime(date: string): number {
  const [y, m, d] = parts(date);
  return Date.UTC(y, (m ?? 1) - 1, d ?? 1);
}

/** "29 January 2024", "December 2025", "2026". */
export function dateLabel(date: string): string {
  const [y, m, d] = parts(date);
  if (m === undefined) return String(y);
  return d === undefined ? `${MONTHS[m - 1]} ${y}` : `${d} ${MONTHS[m - 1]} ${y}`;
}

const monthYear = (date: string) => {
  const [y, m] = parts(date);
  return m === undefined ? String(y) : `${MONTHS[m - 1]} ${y}`;
};

const confirmed = (e: Pick<RuleEvent, 'grade'>) => e.grade !== 'unconfirmed';

/** Words about an event as they may be shown: an unconfirmed event's are always qualified. */
export function qualified(e: Pick<RuleEvent, 'grade'>, words: string): string {
  return confirmed(e) ? words : `${UNCONFIRMED_QUALIFIER}: ${words}`;
}

export function eventView(e: RuleEvent): RuleEventView {
  const view: RuleEventView = {
    id: e.id,
    date: e.date,
    dateLabel: dateLabel(e.date),
    time: dateTime(e.date),
    kind: e.kind,
    title: qualified(e, e.title),
    text: qualified(e, e.text),
    source: e.source,
    grade: e.grade,
    confirmed: confirmed(e),
    checkedOn: e.checkedOn,
  };
  return {
    ...view,
    ...(e.headline ? { headline: qualified(e, e.headline) } : {}),
    ...(e.wording ? { wording: e.wording } : {}),
    ...(e.url ? { url: e.url } : {}),
  };
}

const latest = (events: readonly RuleEvent[], kind: RuleEventKind) => events.filter((e) => e.kind === kind && confirmed(e)).at(-1);

/** The status line and its code, from the confirmed events only. */
export function deriveStatusLine(history: Pick<RuleHistory, 'events'>): { code: RuleStatusCode; line: string } {
  const events = [...history.events].sort((a, b) => dateTime(a.date) - dateTime(b.date));
  const proposed = latest(events, 'proposed');
  const withdrawn = latest(events, 'withdrawn');
  const final = latest(events, 'final-rule');
  const inForce = latest(events, 'in-force');
  const head = proposed ? [`Proposed in ${monthYear(proposed.date)}`] : [];
  if (withdrawn && (!final || dateTime(withdrawn.date) >= dateTime(final.date)))
    return { code: 'withdrawn', line: [...head, `withdrawn in ${monthYear(withdrawn.date)}`, final ? 'no longer in force' : 'never in force'].join('; ') };
  if (final && inForce) return { code: 'in-force', line: [...head, `final rule published in ${monthYear(final.date)}`, `in force from ${dateLabel(inForce.date)}`].join('; ') };
  if (final) return { code: 'final', line: [...head, `final rule published in ${monthYear(final.date)}`, 'not yet in force'].join('; ') };
  return { code: 'proposed', line: [...head, 'never finalized', 'not in force'].join('; ') };
}

/** Sentences saying a requirement's legal basis was revoked, keyed by requirement id. */
export function basisNotes(history: Pick<RuleHistory, 'events'>): Record<string, string> {
  const notes: Record<string, string> = {};
  for (const e of history.events) {
    if (e.kind !== 'basis-revoked') continue;
    const sentence = qualified(e, `Its legal basis was revoked in ${monthYear(e.date)}: ${e.title} (${dateLabel(e.date)}).`);
    for (const id of e.affects ?? []) notes[id] = notes[id] ? `${notes[id]} ${sentence}` : sentence;
  }
  return notes;
}

/** Category → "why it is asked. Its legal basis was revoked …" for categories tied to a requirement that lost its basis. */
export function categoryNotes(catalog: Pick<RequirementCatalog, 'categoryMap'>, notes: Readonly<Record<string, string>>): Partial<Record<Category, string>> {
  const out: Partial<Record<Category, string>> = {};
  for (const [category, p] of Object.entries(catalog.categoryMap) as [Category, RequirementCatalog['categoryMap'][Category]][]) {
    const tied =
      p.kind === 'required'
        ? p.requirementIds.map((id) => ({ id, note: '' }))
        : p.kind === 'beyond'
          ? p.askedBy.flatMap((a) => (a.requirementId ? [{ id: a.requirementId, note: a.note }] : []))
          : [];
    const sentences = tied.flatMap((r) => (notes[r.id] ? [r.note, notes[r.id]!].filter(Boolean) : []));
    if (sentences.length) out[category] = sentences.join(' ');
  }
  return out;
}

export function ruleStatusView(catalog: Pick<RequirementCatalog, 'version' | 'ruleHistory' | 'categoryMap'>): RuleStatusView {
  const h = catalog.ruleHistory;
  const notes = basisNotes(h);
  const { code, line } = deriveStatusLine(h);
  const events = h.events.map(eventView).sort((a, b) => a.time - b.time);
  const note = [
    `${line}.`,
    ...events.flatMap((e) => (e.headline ? [e.headline] : [])),
    ...h.findings.map((f) => f.text),
    ...(h.footnote ? [h.footnote] : []),
  ];
  return {
    catalogVersion: catalog.version,
    code,
    line,
    note,
    checkedOn: h.checkedOn,
    checkedOnLabel: dateLabel(h.checkedOn),
    checkAgain: h.checkAgain,
    events,
    related: h.related.map(eventView),
    findings: h.findings,
    basisNotes: notes,
    categoryNotes: categoryNotes(catalog, notes),
  };
}

/** "Status checked on 7 December 2026." */
export const checkedSentence = (s: Pick<RuleStatusView, 'checkedOnLabel'>) => `Status checked on ${s.checkedOnLabel}.`;
