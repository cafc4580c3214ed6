// Walking-skeleton popup: shows the stored report of one tab. The real popup is issue 6.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { TabReport } from '../background/tab-reports.ts';
import type { PageMessage, Reply } from '../shared/messages.ts';

async function targetTabId(): Promise<number | null> {
  // Tests (and the workspace) open the popup in a tab with ?tab=<id>; the toolbar popup uses the active tab.
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export function App() {
  const [state, setState] = useState<{ report: TabReport | null; error?: string } | null>(null);
  useEffect(() => {
    void (async () => {
      const tabId = await targetTabId();
      if (tabId === null) return setState({ report: null });
      const message: PageMessage = { type: 'get-tab-report', tabId };
      const reply = (await browser.runtime.sendMessage(message)) as Reply<TabReport | null>;
      setState(reply.ok ? { report: reply.data } : { report: null, error: reply.error.message });
    })();
  }, []);
  if (!state) return <p>Loading…</p>;
  if (state.error) return <p role="alert">{state.error}</p>;
  if (!state.report) return <p>No signup form seen in this tab.</p>;
  const fields = state.report.analysis.forms.flatMap((f) => f.fields);
  return (
    <main>
      <h1>KYC Lens</h1>
      <p data-testid="provider">{state.report.analysis.providerId ?? 'Unknown provider'}</p>
      <ul data-testid="fields">
        {fields.map((f) => (
          <li key={f.selector} data-category={f.category}>
            {f.label || f.fieldType}: {f.category}
          </li>
        ))}
      </ul>
    </main>
  );
}
