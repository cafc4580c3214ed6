// Export (JSON, CSV, Markdown, printable HTML) and import of a colleague's JSON export.
import { useEffect, useRef, useState } from 'preact/hooks';
import { describePlan, type ImportPlan, planImport } from '../../core/history/import.ts';
import type { ViewContext } from '../App.tsx';
import { downloadBlob } from '../download.ts';
import { buildExportFile, type ExportFormat, type ExportProgress, exportErrorMessage } from '../export-job.ts';
import { plural, shortId } from '../format.ts';
import { ProviderOptions } from './ProviderOptions.tsx';
import { useAsync } from './useAsync.ts';

const FORMATS: { id: ExportFormat; title: string }[] = [
  { id: 'json', title: 'JSON (for re-import and the CLI)' },
  { id: 'csv', title: 'CSV (one row per field)' },
  { id: 'md', title: 'Markdown report' },
  { id: 'html', title: 'Printable HTML report' },
];

type ExportState =
  | { step: 'idle' }
  | { step: 'running'; progress: ExportProgress | null }
  | { step: 'done'; message: string }
  | { step: 'failed'; message: string };

/** "Exporting 3,000 of 10,000…" */
export function progressText(p: ExportProgress | null): string {
  if (!p) return 'Preparing the export…';
  const n = (x: number) => x.toLocaleString('en');
  return p.phase === 'reading' ? `Reading ${n(p.done)} of ${n(p.total)} snapshots…` : `Exporting ${n(p.done)} of ${n(p.total)}…`;
}

type ImportState =
  | { step: 'idle' }
  | { step: 'reading'; done: number; total: number }
  | { step: 'saving'; count: number }
  | { step: 'review'; plan: ImportPlan; fileName: string }
  | { step: 'done'; message: string }
  | { step: 'failed'; message: string };

export function ExportView({ ctx }: { ctx: ViewContext }) {
  const { db, writes, revision } = ctx;
  const providers = useAsync(() => db.providers(), [db, revision]);
  const [scope, setScope] = useState('');
  const [withShots, setWithShots] = useState(false);
  const [exp, setExp] = useState<ExportState>({ step: 'idle' });
  const [imp, setImp] = useState<ImportState>({ step: 'idle' });
  const cancel = useRef<AbortController | null>(null);
  // Leaving the tab stops an export in progress.
  useEffect(() => () => cancel.current?.abort(), []);

  async function runExport(format: ExportFormat) {
    const controller = new AbortController();
    cancel.current = controller;
    setExp({ step: 'running', progress: null });
    try {
      const file = await buildExportFile({
        db,
        scope,
        format,
        withScreenshots: withShots,
        generator: ctx.generator,
        now: Date.now(),
        signal: controller.signal,
        onProgress: (progress) => !controller.signal.aborted && setExp({ step: 'running', progress }),
      });
      if (!file) return setExp({ step: 'done', message: 'There is nothing to export yet.' });
      downloadBlob(file.fileName, file.blob);
      setExp({ step: 'done', message: `Exported ${plural(file.count, 'snapshot')} to ${file.fileName}.` });
    } catch (e) {
      // Cancelling is not a failure: say so calmly.
      setExp({ step: controller.signal.aborted ? 'done' : 'failed', message: exportErrorMessage(controller.signal.aborted ? controller.signal.reason : e) });
    } finally {
      if (cancel.current === controller) cancel.current = null;
    }
  }

  const importCancel = useRef<AbortController | null>(null);
  useEffect(() => () => importCancel.current?.abort(), []);

  async function readFile(file: File) {
    const controller = new AbortController();
    importCancel.current = controller;
    setImp({ step: 'reading', done: 0, total: 0 });
    try {
      const text = await file.text();
      controller.signal.throwIfAborted();
      const plan = await planImport(await db.ids(), text, {
        // Checking stops at the next progress report after Cancel (nothing is written before the end).
        onProgress: (done, total) => {
          controller.signal.throwIfAborted();
          setImp({ step: 'reading', done, total });
        },
      });
      controller.signal.throwIfAborted();
      if (plan.fileError) return setImp({ step: 'failed', message: `${plan.fileError} Nothing was imported.` });
      if (plan.errors.length > 0) return setImp({ step: 'review', plan, fileName: file.name });
      await apply(plan);
    } catch (e) {
      if (controller.signal.aborted) setImp({ step: 'done', message: 'Import cancelled; nothing was changed.' });
      else setImp({ step: 'failed', message: `The file could not be read: ${e instanceof Error ? e.message : String(e)}. Nothing was imported.` });
    } finally {
      if (importCancel.current === controller) importCancel.current = null;
    }
  }

  async function apply(plan: ImportPlan) {
    setImp({ step: 'saving', count: plan.toAdd.length });
    try {
      const added = await writes.importSnapshots(plan.toAdd, plan.screenshots);
      const already = plan.duplicates.length;
      const skipped = plan.errors.filter((e) => e.list === 'snapshots').length;
      const parts = [`Imported ${plural(added, 'new snapshot')}`];
      if (already) parts.push(`${plural(already, 'was', 'were')} already here`);
      if (skipped) parts.push(`${plural(skipped, 'broken record was', 'broken records were')} skipped`);
      if (plan.migrated) parts.push(`${plural(plan.migrated, 'snapshot')} upgraded from an older format`);
      setImp({ step: 'done', message: `${parts.join('; ')}.` });
      ctx.changed();
    } catch (e) {
      setImp({ step: 'failed', message: `${e instanceof Error ? e.message : String(e)} Nothing was imported.` });
    }
  }

  return (
    <section aria-labelledby="export-title">
      <h2 id="export-title">Export</h2>
      {providers.state === 'ready' && providers.value.length === 0 && (
        <p class="empty" data-testid="export-empty">
          No snapshots yet, so there is nothing to export. Save one from the KYC Lens popup on a provider’s signup page, or import a colleague’s
          export below.
        </p>
      )}
      <div class="filters">
        <label>
          What to export
          <select value={scope} onChange={(e) => setScope((e.currentTarget as HTMLSelectElement).value)} data-testid="export-scope">
            <option value="">Every snapshot</option>
            <ProviderOptions providers={providers} />
          </select>
        </label>
        <label class="check">
          <input type="checkbox" checked={withShots} onChange={(e) => setWithShots((e.currentTarget as HTMLInputElement).checked)} />
          Include screenshots in JSON
        </label>
      </div>
      <div class="buttons">
        {FORMATS.map((f) => (
          <button key={f.id} type="button" disabled={exp.step === 'running'} onClick={() => runExport(f.id)} data-testid={`export-${f.id}`}>
            {f.title}
          </button>
        ))}
      </div>
      <div aria-live="polite" data-testid="export-status">
        {exp.step === 'running' && (
          <p class="progress-line">
            <span data-testid="export-progress-text">{progressText(exp.progress)}</span>{' '}
            <progress
              max={exp.progress?.total || 1}
              value={exp.progress?.done ?? 0}
              aria-label="Export progress"
              aria-valuetext={progressText(exp.progress)}
              data-testid="export-progress"
            />{' '}
            <button type="button" onClick={() => cancel.current?.abort()} data-testid="export-cancel">
              Cancel export
            </button>
          </p>
        )}
        {exp.step === 'done' && <p class="ok">{exp.message}</p>}
        {exp.step === 'failed' && (
          <p role="alert" class="error">
            {exp.message}
          </p>
        )}
      </div>

      <h2>Import</h2>
      <p>
        Import a JSON export made by KYC Lens (the extension or the command-line tool). Snapshots are matched by their hash: what is already here
        is not added twice. A file with problems changes nothing unless you choose to import its valid records.
      </p>
      <label class="file">
        JSON export file
        <input
          type="file"
          accept=".json,application/json"
          data-testid="import-file"
          disabled={imp.step === 'reading' || imp.step === 'saving'}
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            const file = input.files?.[0];
            input.value = '';
            if (file) void readFile(file);
          }}
        />
      </label>
      <div aria-live="polite" data-testid="import-status">
        {imp.step === 'reading' && (
          <p class="progress-line">
            <span>{imp.total ? `Checking ${imp.done.toLocaleString('en')} of ${imp.total.toLocaleString('en')} records…` : 'Reading the file…'}</span>{' '}
            <progress max={imp.total || 1} value={imp.done} aria-label="Import progress" data-testid="import-progress" />{' '}
            <button type="button" onClick={() => importCancel.current?.abort()} data-testid="import-cancel">
              Cancel import
            </button>
          </p>
        )}
        {imp.step === 'saving' && (
          <p class="progress-line">
            <span>Saving {plural(imp.count, 'snapshot')} in one step (all or nothing)…</span> <progress aria-label="Saving the import" />
          </p>
        )}
        {imp.step === 'done' && <p class="ok">{imp.message}</p>}
        {imp.step === 'failed' && (
          <p role="alert" class="error">
            {imp.message}
          </p>
        )}
        {imp.step === 'review' && (
          <div class="review" role="alert">
            <p>
              <strong>{imp.fileName}</strong>: {describePlan(imp.plan)} Nothing has been imported yet.
            </p>
            <table class="list" data-testid="import-errors">
              <caption>Records with errors</caption>
              <thead>
                <tr>
                  <th scope="col">Record</th>
                  <th scope="col">Provider</th>
                  <th scope="col">Id</th>
                  <th scope="col">Problem</th>
                </tr>
              </thead>
              <tbody>
                {imp.plan.errors.slice(0, 200).map((e) => (
                  <tr key={`${e.list}${e.index}`}>
                    <td>
                      {e.list === 'screenshots' ? 'screenshot' : 'snapshot'} #{e.index + 1}
                    </td>
                    <td>{e.provider ?? '—'}</td>
                    <td>{e.id ? <code>{shortId(e.id)}</code> : '—'}</td>
                    <td>{e.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {imp.plan.errors.length > 200 && <p>…and {imp.plan.errors.length - 200} more.</p>}
            <div class="buttons">
              {imp.plan.toAdd.length > 0 && (
                <button type="button" onClick={() => apply(imp.plan)} data-testid="import-partial">
                  Import the {plural(imp.plan.toAdd.length, 'valid new snapshot')} only
                </button>
              )}
              <button type="button" onClick={() => setImp({ step: 'done', message: 'Import cancelled; nothing was changed.' })}>
                Cancel
              </button>
            </div>
          </div>
        )}
      </div>
    </section>
  );
}
