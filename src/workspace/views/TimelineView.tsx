// One provider over time: a chart of how many KYC categories each snapshot asked for, and what
// changed from one snapshot to the next.
import { useState } from 'preact/hooks';
import { buildTimeline, chartGeometry, type TimelineEntry } from '../../core/history/timeline.ts';
import { IDENTITY_CATEGORIES } from '../../core/taxonomy/categories.ts';
import type { ViewContext } from '../App.tsx';
import { formatDate, formatDateTime, shortId } from '../format.ts';
import { EmptyState } from './EmptyState.tsx';
import { useAsync } from './useAsync.ts';

export function TimelineView({ ctx }: { ctx: ViewContext }) {
  const { db, revision } = ctx;
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
          <Chart entries={entries.value} name={name} />
          <ol class="timeline" data-testid="timeline-entries">
            {[...entries.value].reverse().map((e) => (
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
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function Chart({ entries, name }: { entries: TimelineEntry[]; name: string }) {
  if (entries.length === 0) return null;
  const g = chartGeometry(entries);
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
      </figcaption>
    </figure>
  );
}
