// One snapshot in full: provenance, steps, fields with their evidence, vendors, screenshot.
import { useEffect, useRef } from 'preact/hooks';
import type { Snapshot } from '../../core/history/snapshot.ts';
import type { ViewContext } from '../App.tsx';
import { categoryTitle, formatDateTime } from '../format.ts';
import { useAsync } from './useAsync.ts';

export function SnapshotDetails({ ctx, id, onClose }: { ctx: ViewContext; id: string; onClose: () => void }) {
  const snapshot = useAsync(() => ctx.db.get(id), [ctx.db, id]);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [snapshot.state]);
  if (snapshot.state === 'loading') return <p aria-busy="true">Loading snapshot…</p>;
  if (snapshot.state === 'error')
    return (
      <p role="alert" class="error">
        {snapshot.message}
      </p>
    );
  const s = snapshot.value;
  if (!s) return <p role="alert">This snapshot is no longer stored.</p>;
  return (
    <section class="details" aria-labelledby="details-title" data-testid="snapshot-details">
      <h3 id="details-title" tabIndex={-1} ref={heading}>
        {s.provider.name} — {formatDateTime(s.savedAt)}
      </h3>
      <button type="button" onClick={onClose}>
        Close
      </button>
      <Provenance s={s} />
      {s.truncated && <p class="error">Incomplete record: a page had more fields than KYC Lens records, so some fields may be missing.</p>}
      <h4>Steps</h4>
      <ol>
        {s.steps.map((st) => (
          <li key={st.index}>
            {st.title || st.headings[0] || `Step ${st.index + 1}`} <code class="url">{st.url}</code>
          </li>
        ))}
      </ol>
      <h4>Fields</h4>
      {s.fields.length === 0 ? (
        <p>No form fields were recorded.</p>
      ) : (
        <table class="list">
          <thead>
            <tr>
              <th scope="col">Step</th>
              <th scope="col">Category</th>
              <th scope="col">Field</th>
              <th scope="col">Required</th>
              <th scope="col">Requirements</th>
              <th scope="col">Evidence</th>
            </tr>
          </thead>
          <tbody>
            {s.fields.map((f) => (
              <tr key={f.key}>
                <td>{f.stepIndex + 1}</td>
                <td>{categoryTitle(f.category)}</td>
                <td>
                  {f.label || '—'} <span class="muted">({f.fieldType})</span>
                </td>
                <td>{f.required ? 'yes' : 'no'}</td>
                <td>{f.requirements.join(', ') || '—'}</td>
                <td>{f.evidence.join('; ') || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h4>Vendors</h4>
      {s.vendors.length === 0 ? (
        <p>No payment, ID-verification or captcha vendor was seen.</p>
      ) : (
        <ul>
          {s.vendors.map((v) => (
            <li key={`${v.vendorId}-${v.role}-${v.origin}`}>
              {v.vendorId} — {v.role} ({v.via} from {v.origin}), step {v.stepIndex + 1}
            </li>
          ))}
        </ul>
      )}
      {s.screenshotId && <Screenshot ctx={ctx} id={s.screenshotId} />}
    </section>
  );
}

export function Provenance({ s }: { s: Snapshot }) {
  return (
    <dl class="provenance">
      <dt>Snapshot hash (SHA-256)</dt>
      <dd>
        <code data-testid="snapshot-id">{s.id}</code>
      </dd>
      <dt>URL</dt>
      <dd>
        <code class="url">{s.url}</code>
      </dd>
      <dt>Flow seen</dt>
      <dd>
        {formatDateTime(s.startedAt)} to {formatDateTime(s.updatedAt)}
      </dd>
      <dt>Saved</dt>
      <dd>
        {formatDateTime(s.savedAt)} ({s.reason === 'user' ? 'saved by you' : s.reason === 'finished' ? 'flow finished' : s.reason})
      </dd>
      <dt>Recorded by</dt>
      <dd>
        KYC Lens {s.extensionVersion}, catalog {s.catalogVersion}, format {s.schemaVersion}
      </dd>
    </dl>
  );
}

function Screenshot({ ctx, id }: { ctx: ViewContext; id: string }) {
  const shot = useAsync(() => ctx.db.getScreenshot(id), [ctx.db, id]);
  if (shot.state !== 'ready' || !shot.value) return null;
  return (
    <figure>
      <img src={shot.value} alt="Screenshot of the page when the snapshot was saved" class="screenshot" />
      <figcaption>
        Screenshot <code>{id.slice(0, 12)}</code>
      </figcaption>
    </figure>
  );
}
