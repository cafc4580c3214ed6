// The research workspace: history, providers side by side, timelines, export/import and data.
// Everything is read from the history store in IndexedDB; nothing leaves the browser.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { DocsLookup } from '../core/history/compare.ts';
import type { Generator } from '../core/history/export-json.ts';
import type { HistoryReader } from '../storage/history-db.ts';
import type { HistoryWrites } from './history-writes.ts';
import { CompareView } from './views/CompareView.tsx';
import { DataSection } from './views/DataSection.tsx';
import { ExportView } from './views/ExportView.tsx';
import { HistoryView } from './views/HistoryView.tsx';
import { TimelineView } from './views/TimelineView.tsx';

export const TABS = [
  { id: 'history', title: 'History' },
  { id: 'compare', title: 'Compare' },
  { id: 'timeline', title: 'Timeline' },
  { id: 'export', title: 'Export & import' },
  { id: 'data', title: 'Data' },
] as const;
export type TabId = (typeof TABS)[number]['id'];

export interface WorkspaceProps {
  openDb: () => Promise<HistoryReader>;
  /** Imports and deletions, which the worker makes (history's one writer). */
  writes: HistoryWrites;
  docs: DocsLookup;
  generator: Generator;
}

/** What every view gets: the store to read, the worker's writes, a revision that changes after any write (views ask again when it does), and a way to announce the page's own. */
export interface ViewContext {
  db: HistoryReader;
  writes: HistoryWrites;
  docs: DocsLookup;
  generator: Generator;
  revision: number;
  changed: () => void;
  /** Switches tab, optionally to one provider's timeline or one snapshot. */
  go: (tab: TabId, target?: { provider?: string; snapshot?: string }) => void;
  target: { provider?: string; snapshot?: string };
}

function tabFromHash(): TabId {
  const id = location.hash.replace(/^#/, '').split('?')[0];
  return (TABS.find((t) => t.id === id)?.id ?? 'history') as TabId;
}

export function App({ openDb, writes, docs, generator }: WorkspaceProps) {
  const [db, setDb] = useState<HistoryReader | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [tab, setTab] = useState<TabId>(tabFromHash);
  const [revision, setRevision] = useState(0);
  const [target, setTarget] = useState<{ provider?: string; snapshot?: string }>({});
  const tabRefs = useRef<Record<string, HTMLButtonElement | null>>({});

  useEffect(() => {
    openDb().then(setDb, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [openDb]);

  // What the worker writes (a flow saved from the popup, an import, a deletion) shows at once: the
  // store hears of each write and the views ask again.
  useEffect(() => db?.onChange(() => setRevision((r) => r + 1)), [db]);

  useEffect(() => {
    const onHash = () => setTab(tabFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const select = useCallback((id: TabId, focus = false) => {
    setTab(id);
    history.replaceState(null, '', `#${id}`);
    if (focus) tabRefs.current[id]?.focus();
  }, []);

  const onTabKey = (e: KeyboardEvent) => {
    const i = TABS.findIndex((t) => t.id === tab);
    const next =
      e.key === 'ArrowRight' ? (i + 1) % TABS.length : e.key === 'ArrowLeft' ? (i - 1 + TABS.length) % TABS.length : e.key === 'Home' ? 0 : e.key === 'End' ? TABS.length - 1 : -1;
    if (next < 0) return;
    e.preventDefault();
    select(TABS[next]!.id, true);
  };

  const ctx: ViewContext | null = db
    ? {
        db,
        writes,
        docs,
        generator,
        revision,
        // After the worker answered this page's own write: read again without waiting to hear of it.
        changed: () => {
          db.refresh();
          setRevision((r) => r + 1);
        },
        go: (t, tgt = {}) => {
          setTarget(tgt);
          select(t, true);
        },
        target,
      }
    : null;

  return (
    <div class="workspace">
      <header class="top">
        <h1>KYC Lens workspace</h1>
        <p class="tagline">Your saved signup flows: compare providers, follow changes, export evidence. Stored only in this browser.</p>
      </header>
      <main>
      <div role="tablist" aria-label="Workspace sections" class="tabs" onKeyDown={onTabKey}>
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`panel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            ref={(el) => {
              tabRefs.current[t.id] = el;
            }}
            onClick={() => select(t.id)}
          >
            {t.title}
          </button>
        ))}
      </div>
      <div id={`panel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`} class="panel">
        {error ? (
          <p role="alert" class="error">
            History cannot be opened: {error}
          </p>
        ) : !ctx ? (
          <p aria-busy="true">Opening history…</p>
        ) : tab === 'history' ? (
          <HistoryView ctx={ctx} />
        ) : tab === 'compare' ? (
          <CompareView ctx={ctx} />
        ) : tab === 'timeline' ? (
          <TimelineView ctx={ctx} />
        ) : tab === 'export' ? (
          <ExportView ctx={ctx} />
        ) : (
          <DataSection ctx={ctx} />
        )}
      </div>
      </main>
    </div>
  );
}
