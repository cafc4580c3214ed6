// Storage used, and deleting history (one provider or everything) after an explicit confirmation.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ViewContext } from '../App.tsx';
import { formatBytes, plural } from '../format.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { KeptSection } from './KeptSection.tsx';
import { useAsync } from './useAsync.ts';

type Pending = { what: 'all'; count: number } | { what: 'provider'; key: string; name: string; count: number } | null;

export function DataSection({ ctx }: { ctx: ViewContext }) {
  const { db, writes, revision } = ctx;
  const info = useAsync(async () => {
    const [count, bytes, providers, estimate] = await Promise.all([
      db.count(),
      db.estimateBytes(),
      db.providers(),
      typeof navigator !== 'undefined' && navigator.storage?.estimate ? navigator.storage.estimate().catch(() => null) : Promise.resolve(null),
    ]);
    return { count, bytes, providers, estimate };
  }, [db, revision]);
  const [provider, setProvider] = useState('');
  const [pending, setPending] = useState<Pending>(null);
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const messageRef = useRef<HTMLParagraphElement>(null);
  // After a delete the button that asked may be gone: the outcome takes the focus.
  useEffect(() => {
    if (message) messageRef.current?.focus();
  }, [message]);

  if (info.state === 'loading') return <p aria-busy="true">Loading…</p>;
  if (info.state === 'error')
    return (
      <p role="alert" class="error">
        {info.message}
      </p>
    );
  const { count, bytes, providers, estimate } = info.value;
  const chosen = providers.find((p) => p.key === provider) ?? providers[0];

  async function confirm() {
    if (!pending) return;
    try {
      if (pending.what === 'all') {
        await writes.deleteAll();
        setMessage({ text: `Deleted all ${plural(pending.count, 'snapshot')}.` });
      } else {
        const n = await writes.deleteProvider(pending.key);
        setMessage({ text: `Deleted ${plural(n, 'snapshot')} of ${pending.name}.` });
      }
      setProvider('');
      ctx.changed();
    } catch (e) {
      setMessage({ text: `Nothing was deleted: ${e instanceof Error ? e.message : String(e)}`, error: true });
    }
    setPending(null);
  }

  const pendingText = !pending
    ? ''
    : pending.what === 'all'
      ? `Delete all ${plural(pending.count, 'snapshot')} and their screenshots?`
      : `Delete the ${plural(pending.count, 'snapshot')} of ${pending.name}?`;

  return (
    <>
      <KeptSection />
      <section aria-labelledby="data-title">
        <h2 id="data-title">Data</h2>
        <dl class="provenance" data-testid="data-usage">
          <dt>Snapshots</dt>
          <dd data-testid="data-count">{count.toLocaleString('en')}</dd>
          <dt>History size</dt>
          <dd>{formatBytes(bytes)} (snapshots and screenshots)</dd>
          {estimate?.usage !== undefined && (
    <>
              <dt>Storage used by KYC Lens</dt>
              <dd>
                {formatBytes(estimate.usage)}
                {estimate.quota ? ` of ${formatBytes(estimate.quota)} the browser allows` : ''}
              </dd>
    </>
        )}
      </dl>
      <p>History stays in this browser profile. Deleting cannot be undone; export first if you may need it.</p>
      {message && (
        <p role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : 'ok'} data-testid="data-message" tabIndex={-1} ref={messageRef}>
          {message.text}
        </p>
      )}
      {pending && (
        <ConfirmDialog
          title={pending.what === 'all' ? 'Delete all history?' : `Delete ${pending.name}’s snapshots?`}
          confirmLabel="Yes, delete"
          onConfirm={confirm}
          onCancel={() => setPending(null)}
        >
          <p>
            {pendingText} This cannot be undone. Export first if you may need them.
          </p>
        </ConfirmDialog>
      )}
      {count === 0 ? (
        <p>There is nothing to delete.</p>
      ) : (
        <div class="buttons">
          <label>
            Provider
            <select value={chosen?.key ?? ''} onChange={(e) => setProvider((e.currentTarget as HTMLSelectElement).value)} data-testid="data-provider">
              {providers.map((p) => (
                <option key={p.key} value={p.key}>
                  {p.name} ({p.count})
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            class="danger"
            disabled={!chosen}
            onClick={() => chosen && setPending({ what: 'provider', key: chosen.key, name: chosen.name, count: chosen.count })}
            data-testid="delete-provider"
          >
            Delete this provider’s snapshots…
          </button>
          <button type="button" class="danger" onClick={() => setPending({ what: 'all', count })} data-testid="delete-all">
            Delete all history…
          </button>
        </div>
      )}
    </section>
    </>
  );
}
