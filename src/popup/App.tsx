// The popup: finds the tab to describe, asks the worker for its flow, and shows one of its states.
// While open it re-reads the flow every second, so a person clicking through a signup in the same
// window (or a test) sees new steps arrive.
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CatalogView } from '../core/present/catalog-view.ts';
import { levelKey } from '../core/present/labels.ts';
import { buildView, type PopupView } from '../core/present/view-model.ts';
import type { TabFlow } from '../core/flow/model.ts';
import { PAGE_FIELDS_CAP } from '../core/limits.ts';
import type { PopupApi, PopupReply, TargetTab } from './api.ts';
import { Actions } from './components/Actions.tsx';
import { BeyondSection } from './components/BeyondSection.tsx';
import { Header } from './components/Header.tsx';
import { ImpactPanel } from './components/ImpactPanel.tsx';
import { NotIdentitySection } from './components/NotIdentitySection.tsx';
import { RequirementSection } from './components/RequirementSection.tsx';
import { ErrorState, Loading, NoForm, NoTab, NotProvider } from './components/States.tsx';
import { errorText } from './errors.ts';
import { useT } from './i18n.ts';

export interface AppProps {
  api: PopupApi;
  catalog: CatalogView;
  /** The catalog provider whose host this is; null on any other page (or when the URL is unknown). */
  providerForUrl(url: string | undefined): { id: string; name: string } | null;
  /** How often to re-read the flow while open (ms); 0 turns it off. */
  refreshMs?: number;
  /**
   * The opening requests (which tab, and its flow), when the caller started them before rendering:
   * asked from the first render's effect they would wait for the first paint, since Preact runs
   * effects after it.
   */
  opening?: Opening;
  /** The opening's answers, when they came before the first render (see settleOpening). */
  opened?: Opened | null;
}

/** The two requests that open the popup, asked together. */
export interface Opening {
  tab: Promise<TargetTab | null>;
  flow: ReturnType<PopupApi['getInitialFlow']>;
}

/** Starts the opening requests. */
export function startOpening(api: PopupApi): Opening {
  return { tab: api.targetTab(), flow: api.getInitialFlow() };
}

/** Both opening answers. */
export interface Opened {
  target: TargetTab | null;
  initial: Awaited<Opening['flow']>;
}

/**
 * The opening's answers if both arrive within `waitMs`, else null. Rendering after them makes the
 * first paint the flow itself: painting "Loading…" first cost a style, layout and paint on the
 * critical path (the worker's answer waited behind it) only to be replaced a few frames later. Past
 * the wait (a worker that has to start first), the loading state is shown.
 */
export function settleOpening(opening: Opening, waitMs: number): Promise<Opened | null> {
  const answers = Promise.all([opening.tab, opening.flow]).then(([target, initial]) => ({ target, initial }));
  return Promise.race([answers, new Promise<null>((resolve) => setTimeout(() => resolve(null), waitMs))]);
}

/** The opening's flow when the worker answered for the tab the popup describes; else null (ask by tab id). */
function initialFlow(target: TargetTab, initial: Opened['initial']): { ok: true; data: TabFlow | null } | null {
  return initial.ok && initial.data.tabId === target.id ? { ok: true, data: initial.data.flow } : null;
}

/** The state the opening's answers show at once, or null when the flow must still be asked by tab id. */
function openedState({ target, initial }: Opened): Loaded | null {
  if (!target) return { kind: 'no-tab' };
  const reply = initialFlow(target, initial);
  return reply ? { kind: 'ready', tab: target, flow: reply.data } : null;
}

type Loaded =
  | { kind: 'loading' }
  | { kind: 'no-tab' }
  | { kind: 'error'; text: string }
  | { kind: 'ready'; tab: TargetTab; flow: TabFlow | null };

const hasContent = (flow: TabFlow | null) => !!flow && (flow.fields.length > 0 || flow.vendors.length > 0);

function FlowView({ view }: { view: PopupView }) {
  const t = useT();
  return (
    <div data-state="flow" data-fields={view.counts.fields}>
      <p class="summary" data-testid="summary">
        {t('summaryCounts', [
          view.counts.fields,
          view.counts.requirementsAnswered,
          view.counts.requirementsTotal,
          view.counts.beyondCategories,
        ])}
      </p>
      <p class="summary">
        <a href="#sec-impact" class={`chip level-${view.impact.level}`}>
          {t('sectionImpact')}: {t('impactScore', view.impact.score)} · {t(levelKey(view.impact.level))}
        </a>
      </p>
      <p class="muted">{t('flowInProgress')}</p>
      {view.truncated && (
        <p class="notice" role="note" data-testid="truncated">
          {t('flowTruncated', PAGE_FIELDS_CAP)}
        </p>
      )}
      <RequirementSection groups={view.requirements} />
      <BeyondSection groups={view.beyond} />
      <NotIdentitySection groups={view.notIdentity} />
      <ImpactPanel view={view} />
    </div>
  );
}

export function App({ api, catalog, providerForUrl, refreshMs = 1000, opening, opened }: AppProps) {
  const t = useT();
  const [first] = useState(() => (opened ? openedState(opened) : null));
  const [state, setState] = useState<Loaded>(first ?? { kind: 'loading' });
  const [analyze, setAnalyze] = useState<{ running: boolean; nothingFound: boolean; error: string | null }>({
    running: false,
    nothingFound: false,
    error: null,
  });
  const tabRef = useRef<TargetTab | null>(first?.kind === 'ready' ? first.tab : null);
  const openingRef = useRef<Opening | null>(opening ?? null);

  const load = useCallback(async () => {
    let tab = tabRef.current;
    let reply: PopupReply<TabFlow | null>;
    if (tab) reply = await api.getFlow(tab.id);
    else {
      // Opening: which tab, and its flow, asked together; the flow is asked again by id in the rare
      // case the worker's idea of the active tab differs from the popup's.
      const asked = openingRef.current ?? startOpening(api);
      openingRef.current = null;
      const [target, initial] = await Promise.all([asked.tab, asked.flow]);
      if (!target) return setState({ kind: 'no-tab' });
      tab = target;
      tabRef.current = tab;
      reply = initialFlow(tab, initial) ?? (await api.getFlow(tab.id));
    }
    if (!reply.ok) {
      // A failed re-read keeps what is on screen (the worker may be restarting); a failed first read says why.
      const text = errorText(t, reply.error);
      return setState((prev) => (prev.kind === 'ready' ? prev : { kind: 'error', text }));
    }
    setState((prev) =>
      // Keep the same object when nothing changed, so the view is not rebuilt every second.
      prev.kind === 'ready' && prev.flow?.updatedAt === reply.data?.updatedAt && (prev.flow === null) === (reply.data === null)
        ? prev
        : { kind: 'ready', tab, flow: reply.data },
    );
  }, [api, t]);

  useEffect(() => {
    // Nothing to ask yet when the opening's answers are already on screen; the refresh goes on.
    if (!first) void load();
    if (!refreshMs) return;
    const timer = setInterval(() => {
      if (document.visibilityState !== 'hidden') void load();
    }, refreshMs);
    return () => clearInterval(timer);
  }, [load, refreshMs]);

  const flow = state.kind === 'ready' ? state.flow : null;
  const view = useMemo(() => (flow ? buildView(flow, catalog) : null), [flow, catalog]);

  const runAnalyze = async (tab: TargetTab) => {
    setAnalyze({ running: true, nothingFound: false, error: null });
    const reply = await api.analyze(tab.id);
    if (!reply.ok) return setAnalyze({ running: false, nothingFound: false, error: errorText(t, reply.error) });
    // The injected script reports asynchronously: look for its result for a few seconds.
    let found = false;
    for (let i = 0; i < 10 && !found; i++) {
      if (i > 0) await new Promise((r) => setTimeout(r, 300));
      const got = await api.getFlow(tab.id);
      found = got.ok && hasContent(got.data);
    }
    await load();
    setAnalyze({ running: false, nothingFound: !found, error: null });
  };

  if (state.kind === 'loading') return <Loading />;
  if (state.kind === 'no-tab') return <NoTab />;
  if (state.kind === 'error') return <ErrorState text={state.text} />;

  const { tab } = state;
  const urlProvider = providerForUrl(tab.url);
  if (!hasContent(flow) && !flow?.providerId && !urlProvider) {
    return (
      <NotProvider
        analyzing={analyze.running}
        nothingFound={analyze.nothingFound}
        error={analyze.error}
        onAnalyze={() => void runAnalyze(tab)}
      />
    );
  }
  const headerView = view ?? { provider: urlProvider, steps: [], rule: catalog.rule };
  return (
    <>
      <Header view={headerView} />
      <main>
        <Actions api={api} tab={tab} view={view} onReset={() => void load()} />
        {view && hasContent(flow) ? <FlowView view={view} /> : <NoForm />}
      </main>
    </>
  );
}
