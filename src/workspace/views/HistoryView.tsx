// History: every snapshot, newest first, with search and filters; a row opens the snapshot.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { HistoryQuery } from '../../core/history/summary.ts';
import type { ListResult } from '../../storage/history-db.ts';
import { type Category, CATEGORIES } from '../../core/taxonomy/categories.ts';
import type { ViewContext } from '../App.tsx';
import { categoryTitle, dayBound, formatDateTime, plural, shortId } from '../format.ts';
import { EmptyState } from './EmptyState.tsx';
import { SnapshotDetails } from './SnapshotDetails.tsx';
import { ProviderOptions } from './ProviderOptions.tsx';
import { useAsync } from './useAsync.ts';

const PAGE = 50;

interface Filters {
  text: string;
  provider: string;
  kind: string;
  category: string;
  from: string;
  to: string;
}

export function toQuery(f: Filters, page: number): HistoryQuery {
  const q: HistoryQuery = { limit: PAGE, offset: page * PAGE };
  if (f.text.trim()) q.text = f.text;
  if (f.provider) q.provider = f.provider;
  if (f.kind) q.kind = f.kind;
  if (f.category) q.category = f.category as Category;
  const from = dayBound(f.from, false);
  const to = dayBound(f.to, true);
  if (from !== undefined) q.from = from;
  if (to !== undefined) q.to = to;
  return q;
}

/** What the count line says; a partial answer says so and how far the search got. */
export function statusText(r: ListResult): string {
  if (!r.complete)
    return `Searching ${r.searched.toLocaleString('en')} of ${r.of.toLocaleString('en')} snapshots… ${plural(r.total, 'match', 'matches')} so far.`;
  return r.total === 0 ? 'No snapshot matches these filters.' : `${plural(r.total, 'snapshot')} match.`;
}

export function HistoryView({ ctx }: { ctx: ViewContext }) {
  const { db, revision } = ctx;
  const [filters, setFilters] = useState<Filters>({ text: '', provider: ctx.target.provider ?? '', kind: '', category: '', from: '', to: '' });
  const [page, setPage] = useState(0);
  const [open, setOpen] = useState<string | null>(ctx.target.snapshot ?? null);
  const providers = useAsync(() => db.providers(), [db, revision]);
  // When the question was asked, to time how long until its answer is complete.
  const asked = useMemo(() => ({ query: toQuery(filters, page), at: performance.now(), completed: false }), [filters, page]);
  // A page that just opened answers from the summaries loaded so far; each chunk that arrives asks again.
  const [arrived, setArrived] = useState(0);
  const lastComplete = useRef(true);
  useEffect(() => db.onLoadProgress(() => !lastComplete.current && setArrived((n) => n + 1)), [db]);
  const result = useAsync<ListResult>(async () => {
    const t = performance.now();
    lastComplete.current = false;
    const r = await db.listNow(asked.query);
    lastComplete.current = r.complete;
    // Real-browser timing for the bench and anyone profiling (no data in it).
    performance.measure('kyc-history-list', { start: t });
    if (r.complete && !asked.completed) {
      asked.completed = true;
      performance.measure('kyc-history-complete', { start: asked.at });
    }
    return r;
  }, [db, asked, revision, arrived]);

  const set = (key: keyof Filters) => (e: Event) => {
    setFilters({ ...filters, [key]: (e.currentTarget as HTMLInputElement | HTMLSelectElement).value });
    setPage(0);
  };

  if (providers.state === 'ready' && providers.value.length === 0) return <EmptyState />;
  const kinds = providers.state === 'ready' ? [...new Set(providers.value.map((p) => p.kind ?? 'unknown'))].sort() : [];

  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">History</h2>
      <search>
      <form class="filters" aria-label="Search and filter snapshots" onSubmit={(e) => e.preventDefault()}>
        <label>
          Search
          <input type="search" value={filters.text} onInput={set('text')} placeholder="provider, field label, vendor, URL…" data-testid="history-search" />
        </label>
        <label>
          Provider
          <select value={filters.provider} onChange={set('provider')} data-testid="history-provider">
            <option value="">All providers</option>
            <ProviderOptions providers={providers} />
          </select>
        </label>
        <label>
          Kind
          <select value={filters.kind} onChange={set('kind')}>
            <option value="">All kinds</option>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </label>
        <label>
          Asks for
          <select value={filters.category} onChange={set('category')}>
            <option value="">Any category</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {categoryTitle(c)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Saved from
          <input type="date" value={filters.from} onInput={set('from')} />
        </label>
        <label>
          to
          <input type="date" value={filters.to} onInput={set('to')} />
        </label>
      </form>
      </search>

      {result.state === 'error' ? (
        <p role="alert" class="error">
          {result.message}
        </p>
      ) : result.state === 'loading' ? (
        <p aria-busy="true">Loading…</p>
      ) : (
        <>
          <p role="status" data-testid="history-count" aria-busy={!result.value.complete}>
            {statusText(result.value)}
          </p>
          {!result.value.complete && (
            <progress class="searching" max={result.value.of} value={result.value.searched} aria-label="Snapshots searched so far" />
          )}
          {result.value.items.length > 0 && (
            <table class="list" data-testid="history-table">
              <caption class="visually-hidden">Snapshots, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Saved</th>
                  <th scope="col">Provider</th>
                  <th scope="col">Categories asked</th>
                  <th scope="col">Fields</th>
                  <th scope="col">Vendors</th>
                  <th scope="col">Snapshot</th>
                </tr>
              </thead>
              <tbody>
                {result.value.items.map((s) => (
                  <tr key={s.id} class={open === s.id ? 'selected' : ''}>
                    <td>{formatDateTime(s.savedAt)}</td>
                    <td>
                      {s.providerName}
                      {s.providerKind && <span class="muted"> · {s.providerKind}</span>}
                    </td>
                    <td>
                      {s.categories.length === 0
                        ? '—'
                        : s.categories.map((c) => (
                            <span key={c} class={`chip ${s.requiredCategories.includes(c) ? 'required' : 'optional'}`}>
                              {categoryTitle(c)}
                              <span class="visually-hidden">{s.requiredCategories.includes(c) ? ' (required)' : ' (optional)'}</span>
                            </span>
                          ))}
                    </td>
                    <td>{s.fieldCount}</td>
                    <td>{s.vendorIds.join(', ') || '—'}</td>
                    <td>
                      <button type="button" class="link" aria-expanded={open === s.id} onClick={() => setOpen(open === s.id ? null : s.id)}>
                        {open === s.id ? 'Hide' : 'Open'} <code>{shortId(s.id)}</code>
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {result.value.total > PAGE && (
            <nav class="pager" aria-label="Pages">
              <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
                Newer
              </button>
              <span>
                Page {page + 1} of {Math.ceil(result.value.total / PAGE)}
              </span>
              <button type="button" disabled={(page + 1) * PAGE >= result.value.total} onClick={() => setPage(page + 1)}>
                Older
              </button>
            </nav>
          )}
        </>
      )}
      {open && <SnapshotDetails ctx={ctx} id={open} onClose={() => setOpen(null)} />}
    </section>
  );
}
