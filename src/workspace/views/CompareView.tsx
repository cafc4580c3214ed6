// Providers side by side: a heat map that is also the accessible table (rows = providers, columns =
// KYC categories). Each cell is a button that opens its evidence below the table.
import { useRef, useState } from 'preact/hooks';
import { COMPARE_SORTS, type CompareMatrix, type CompareSort, compareMatrix } from '../../core/history/compare.ts';
import type { ViewContext } from '../App.tsx';
import { categoryTitle, formatDateTime } from '../format.ts';
import { cellSentence, DOCUMENTED_MARK, DOCUMENTED_WORDS, type GridPos, gridMove, OBSERVED_MARK, OBSERVED_WORDS } from '../heat.ts';
import { EmptyState } from './EmptyState.tsx';
import { useAsync } from './useAsync.ts';

const SORT_TITLES: Record<CompareSort, string> = { impact: 'Privacy impact', name: 'Name', categories: 'Number of categories' };

export function CompareView({ ctx }: { ctx: ViewContext }) {
  const { db, docs, revision } = ctx;
  const [sort, setSort] = useState<CompareSort>('impact');
  const [kind, setKind] = useState('');
  const [open, setOpen] = useState<{ row: string; category: string } | null>(null);
  // One cell is in the Tab order; arrow keys move between cells (roving tabindex). The table stays a
  // plain data table (screen readers keep their table commands; every cell is still a button).
  const [focus, setFocus] = useState<GridPos>({ row: 0, col: 0 });
  const tableRef = useRef<HTMLTableElement>(null);
  const latest = useAsync(async () => db.getMany((await db.providers()).map((p) => p.latestId)), [db, revision]);

  if (latest.state === 'loading') return <p aria-busy="true">Loading…</p>;
  if (latest.state === 'error')
    return (
      <p role="alert" class="error">
        {latest.message}
      </p>
    );
  if (latest.value.length === 0) return <EmptyState />;
  const matrix: CompareMatrix = compareMatrix(latest.value, docs, { sort, kind: kind || null });
  const size = { rows: matrix.rows.length, cols: matrix.categories.length };
  const current = { row: Math.min(focus.row, Math.max(0, size.rows - 1)), col: Math.min(focus.col, Math.max(0, size.cols - 1)) };
  const onGridKey = (e: KeyboardEvent) => {
    const next = gridMove(e.key, current, size, e.ctrlKey || e.metaKey);
    if (!next) return;
    e.preventDefault();
    setFocus(next);
    tableRef.current?.querySelector<HTMLButtonElement>(`button[data-pos="${next.row}:${next.col}"]`)?.focus();
  };
  const openRow = open && matrix.rows.find((r) => r.key === open.row);
  const openCell = openRow?.cells.find((c) => c.category === open?.category);

  return (
    <section aria-labelledby="compare-title">
      <h2 id="compare-title">Providers side by side</h2>
      <p>
        The latest snapshot of each provider. Letters show what the flow asked (R required, O optional, – not asked); the dot shows what the
        provider’s documentation says (● asked, ◐ in some cases, ○ not asked; none = not documented). A cell opens its evidence: click
        it, or Tab into the table, move with the arrow keys and press Enter.
      </p>
      <div class="filters">
        <label>
          Sort by
          <select value={sort} onChange={(e) => setSort((e.currentTarget as HTMLSelectElement).value as CompareSort)} data-testid="compare-sort">
            {COMPARE_SORTS.map((s) => (
              <option key={s} value={s}>
                {SORT_TITLES[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Provider kind
          <select value={kind} onChange={(e) => setKind((e.currentTarget as HTMLSelectElement).value)} data-testid="compare-kind">
            <option value="">All kinds</option>
            {matrix.kinds.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div class="heat-wrap">
        <table class="heat" ref={tableRef} onKeyDown={onGridKey} data-testid="compare-table">
          <caption>
            KYC categories asked per provider ({matrix.rows.length} {matrix.rows.length === 1 ? 'provider' : 'providers'}, sorted by{' '}
            {SORT_TITLES[sort].toLowerCase()})
          </caption>
          <thead>
            <tr>
              <th scope="col">Provider</th>
              <th scope="col">Impact</th>
              {matrix.categories.map((c) => (
                <th key={c} scope="col" class="cat">
                  <span>{categoryTitle(c)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row, r) => (
              <tr key={row.key} data-provider={row.key}>
                <th scope="row">
                  {row.name}
                  <span class="muted small">
                    {row.kind ?? 'unknown kind'} · {formatDateTime(row.savedAt)}
                  </span>
                </th>
                <td class={`impact ${row.impactLevel}`}>{row.impact}</td>
                {row.cells.map((cell, c) => {
                  const selected = open?.row === row.key && open.category === cell.category;
                  const here = current.row === r && current.col === c;
                  return (
                    <td key={cell.category} class={`cell ${cell.observed} ${cell.agreement}`} data-category={cell.category} data-observed={cell.observed} data-documented={cell.documented}>
                      <button
                        type="button"
                        aria-expanded={selected}
                        tabIndex={here ? 0 : -1}
                        data-pos={`${r}:${c}`}
                        onFocus={() => !here && setFocus({ row: r, col: c })}
                        onClick={() => setOpen(selected ? null : { row: row.key, category: cell.category })}
                      >
                        <span aria-hidden="true">
                          {OBSERVED_MARK[cell.observed]}
                          <span class="doc">{DOCUMENTED_MARK[cell.documented]}</span>
                        </span>
                        <span class="visually-hidden">{cellSentence(row.name, cell)}</span>
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {matrix.rows.length === 0 && <p>No provider of this kind has a snapshot.</p>}
      {openRow && openCell && (
        <section class="evidence" aria-live="polite" data-testid="compare-evidence">
          <h3>
            {openRow.name} — {categoryTitle(openCell.category)}
          </h3>
          <p>
            Observed: {openCell.viaVendor ? 'required (a vendor frame takes it)' : OBSERVED_WORDS[openCell.observed]}. Documentation:{' '}
            {DOCUMENTED_WORDS[openCell.documented]}
            {openCell.documentedNote ? ` — ${openCell.documentedNote}` : ''}.
          </p>
          {openCell.evidence.length === 0 ? (
            <p>No field of this category was seen in this snapshot.</p>
          ) : (
            <ul>
              {openCell.evidence.map((e, i) => (
                <li key={i}>
                  {e.kind === 'vendor' ? 'Vendor frame' : 'Field'} “{e.label || e.fieldType}” ({e.fieldType}), {e.required ? 'required' : 'optional'}, step{' '}
                  {e.stepIndex + 1} ({e.stepTitle}){e.requirements.length ? `; answers ${e.requirements.join(', ')}` : ''}
                  {e.signals.length ? `; evidence: ${e.signals.join('; ')}` : ''}
                </li>
              ))}
            </ul>
          )}
          <button type="button" class="link" onClick={() => ctx.go('history', { snapshot: openRow.snapshotId })}>
            Open the snapshot
          </button>{' '}
          <button type="button" class="link" onClick={() => ctx.go('timeline', { provider: openRow.key })}>
            Show {openRow.name}’s timeline
          </button>
        </section>
      )}
    </section>
  );
}
