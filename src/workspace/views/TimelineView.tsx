// One provider over time: a chart of how many KYC categories each snapshot asked for, and what
// changed from one snapshot to the next, with the rule's own dated events on the same time axis
// (dashed lines on the chart, rows in the list) so a change can be read against the rule's history.
import { useState } from 'preact/hooks';
import { buildTimeline, chartGeometry, type TimelineEntry } from '../../core/history/timeline.ts';
import { currentRuleStatus } from '../../core/rule-status/current.ts';
import { checkedSentence, type RuleEventView, type RuleStatusView } from '../../core/rule-status/status.ts';
import { interleave, ruleMarks } from '../../core/rule-status/timeline.ts';
import { IDENTITY_CATEGORIES } from '../../core/taxonomy/categories.ts';
import type { ViewContext } from '../App.tsx';
import { formatDate, formatDateTime, shortId } from '../format.ts';
import { EmptyState } from './EmptyState.tsx';
import { useAsync } from './useAsync.ts';

const GRADE_WORDS: Record<RuleEventView['grade'], string> = {
  primary: 'official text',
  quoted: 'quoted by secondary sources',
  summary: 'secondary summary',
  unconfirmed: 'reported, not confirmed',
};

function RuleStatusLine({ rule }: { rule: RuleStatusView }) {
  return (
    <p class="rule-status" data-testid="timeline-rule-status">
      <strong>Rule status: {rule.line}.</strong> {checkedSentence(rule)} Check it again:{' '}
      {rule.checkAgain.map((c, i) => (
        <span key={c.url}>
          {i > 0 && ' · '}
          <a href={c.url} target="_blank" rel="noreferrer noopener">
            {c.label}
          </a>
        </span>
      ))}
    </p>
  );
}

/** A rule event in the list; its words come qualified from core when it is unconfirmed. */
function RuleEventItem({ e }: { e: RuleEventView }) {
  return (
    <li class={e.confirmed ? 'rule-event' : 'rule-event unconfirmed'} data-event={e.id}>
      <h3>
        <time dateTime={e.date}>{e.dateLabel}</time> <span class="muted small">· the rule</span>
      </h3>
      <p>
        <strong>{e.title}</strong>
      </p>
      <p class="muted small">
        {e.source} ({GRADE_WORDS[e.grade]})
      </p>
    </li>
  );
}

export function TimelineView({ ctx }: { ctx: ViewContext }) {
  const { db, revision } = ctx;
  const rule = currentRuleStatus();
  const providers = useAsync(() => db.providers(), [db, revision]);
  const [chosen, setChosen] = useState(ctx.target.provider ?? '');
  const key = chosen || (providers.state === 'ready' ? (providers.value[0]?.key ?? '') : '');
  const entries = useAsync(async () => (key ? buildTimeline(await db.ofProvider(key)) : []), [db, key, revision]);

  if (providers.state === 'loading') return <p aria-busy="true">Loading…</p>;
  if (providers.state === 'error')
    return (
      <p role="alert" class="error">
        {providers.message}
      </p>
    );
  if (providers.value.length === 0) return <EmptyState />;
  const name = providers.value.find((p) => p.key === key)?.name ?? key;

  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">Timeline</h2>
      <RuleStatusLine rule={rule} />
      <div class="filters">
        <label>
          Provider
          <select value={key} onChange={(e) => setChosen((e.currentTarget as HTMLSelectElement).value)} data-testid="timeline-provider">
            {providers.value.map((p) => (
              <option key={p.key} value={p.key}>
                {p.name} ({p.count})
              </option>
            ))}
          </select>
        </label>
      </div>
      {entries.state === 'loading' ? (
        <p aria-busy="true">Loading…</p>
      ) : entries.state === 'error' ? (
        <p role="alert" class="error">
          {entries.message}
        </p>
      ) : (
        <>
          <Chart entries={entries.value} name={name} events={rule.events} />
          <ol class="timeline" data-testid="timeline-entries">
            {interleave(entries.value, (e) => e.snapshot.savedAt, rule.events)
              .reverse()
              .map((item) => {
                if (item.kind === 'rule') return <RuleEventItem key={item.event.id} e={item.event} />;
                const e = item.entry;
                return (
              <li key={e.snapshot.id}>
                <h3>
                  {formatDateTime(e.snapshot.savedAt)}{' '}
                  <span class="muted small">
                    {e.categoryCount} KYC {e.categoryCount === 1 ? 'category' : 'categories'} ({e.requiredCategoryCount} required) ·{' '}
                    <button type="button" class="link" onClick={() => ctx.go('history', { snapshot: e.snapshot.id })}>
                      snapshot <code>{shortId(e.snapshot.id)}</code>
                    </button>
                  </span>
                </h3>
                {e.diff === null ? (
                  <p>First snapshot.</p>
                ) : e.changes.length === 0 ? (
                  <p>No change from the snapshot before.</p>
                ) : (
                  <ul>
                    {e.changes.map((c) => (
                      <li key={c}>{c}</li>
                    ))}
                  </ul>
                )}
              </li>
                );
              })}
          </ol>
        </>
      )}
    </section>
  );
}

function Chart({ entries, name, events }: { entries: TimelineEntry[]; name: string; events: readonly RuleEventView[] }) {
  if (entries.length === 0) return null;
  const g = chartGeometry(entries);
  const marks = ruleMarks({ first: g.observed[0]!, last: g.observed.at(-1)! }, events);
  const first = entries[0]!;
  const last = entries.at(-1)!;
  const desc =
    entries.length === 1
      ? `One snapshot on ${formatDate(first.snapshot.savedAt)} asking for ${first.categoryCount} KYC categories.`
      : `${entries.length} snapshots from ${formatDate(first.snapshot.savedAt)} to ${formatDate(last.snapshot.savedAt)}; KYC categories asked went from ${first.categoryCount} to ${last.categoryCount} (required: ${first.requiredCategoryCount} to ${last.requiredCategoryCount}).`;
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${g.width} ${g.height}`} role="img" aria-labelledby="chart-title chart-desc" data-testid="timeline-chart">
        <title id="chart-title">KYC categories asked by {name} over time</title>
        <desc id="chart-desc">{desc}</desc>
        {g.yTicks.map((t) => (
          <g key={t.value} class="grid">
            <line x1={g.plot.left} x2={g.plot.right} y1={t.y} y2={t.y} />
            <text x={g.plot.left - 6} y={t.y + 4} text-anchor="end">
              {t.value}
            </text>
          </g>
        ))}
        {g.xTicks.map((t) => (
          <text key={t.time} class="axis" x={t.x} y={g.plot.bottom + 18} text-anchor="middle">
            {formatDate(t.time)}
          </text>
        ))}
        {marks.map((m) => (
          <g key={m.event.id} class={m.event.confirmed ? 'rule-mark' : 'rule-mark unconfirmed'} data-event={m.event.id}>
            <title>
              {m.event.dateLabel}: {m.event.title}
            </title>
            <line x1={m.x} x2={m.x} y1={g.plot.top} y2={g.plot.bottom} />
          </g>
        ))}
        <path d={g.observedPath} class="line observed" />
        <path d={g.requiredPath} class="line required" />
        {g.observed.map((p) => (
          <circle key={`o${p.time}`} class="dot observed" cx={p.x} cy={p.y} r={4} />
        ))}
        {g.required.map((p) => (
          <circle key={`r${p.time}`} class="dot required" cx={p.x} cy={p.y} r={3} />
        ))}
      </svg>
      <figcaption>
        <span class="key observed">■</span> categories asked (of {IDENTITY_CATEGORIES.length}) <span class="key required">■</span> of them required
        {marks.length > 0 && (
          <>
            {' '}
            <span class="key rule">┆</span> the rule’s events in this period ({marks.length}; the list below names them)
          </>
        )}
      </figcaption>
    </figure>
  );
}
