// What KYC Lens keeps, in words a person can check, and the switch for automatic saving (stored in
// storage.local as settings.autoSave; saving by hand from the popup stays either way).
import { useEffect, useState } from 'preact/hooks';
import { AUTO_SAVE_KEY, autoSaveFrom } from '../../core/settings.ts';

type LocalArea = { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };

/** storage.local of this extension page (Firefox `browser`, Chromium `chrome`); null outside an extension. */
function localArea(): LocalArea | null {
  const g = globalThis as { browser?: { storage?: { local?: LocalArea } }; chrome?: { storage?: { local?: LocalArea } } };
  return g.browser?.storage?.local ?? g.chrome?.storage?.local ?? null;
}

export function KeptSection({ area = localArea() }: { area?: LocalArea | null }) {
  const [autoSave, setAutoSave] = useState<boolean | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    if (!area) return;
    area.get(AUTO_SAVE_KEY).then(
      (got) => setAutoSave(autoSaveFrom(got[AUTO_SAVE_KEY])),
      (e: unknown) => setError(String(e)),
    );
  }, [area]);

  async function toggle(on: boolean) {
    if (!area) return;
    try {
      await area.set({ [AUTO_SAVE_KEY]: on });
      setAutoSave(on);
      setError('');
    } catch (e) {
      setError(`The setting was not changed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  return (
    <section aria-labelledby="kept-title" data-testid="kept">
      <h2 id="kept-title">What is kept</h2>
      <ul>
        <li>
          Only signup flows: pages of a provider’s signup, registration, verification or first payment that hold such a form, and pages
          you analysed yourself. Consoles and other pages leave nothing.
        </li>
        <li>
          Of each page: its address without what follows “?” or “#” (only the names of its query parameters), its title and headings,
          and each field’s kind, label and category. Never what you type, never which option you chose, never text the page shows from
          your input.
        </li>
        <li>While the tab is open, the flow lives in the browser’s session storage; it is forgotten when the tab or the browser closes.</li>
        <li>Saved flows (and a screenshot, when you asked for one) stay in this browser’s history until you delete them below.</li>
      </ul>
      <label class="switch">
        <input
          type="checkbox"
          checked={autoSave ?? true}
          disabled={autoSave === null}
          onChange={(e) => void toggle((e.currentTarget as HTMLInputElement).checked)}
          data-testid="auto-save"
        />{' '}
        Save each signup flow to history when its tab leaves the provider or closes
      </label>
      <p class="hint">
        {autoSave === false ? 'Off: flows are saved only when you click Save in the popup.' : 'Saving by hand from the popup works either way.'}
      </p>
      {!area && <p class="hint">Settings are available in the extension only.</p>}
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </section>
  );
}
