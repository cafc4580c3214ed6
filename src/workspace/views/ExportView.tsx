// Export (JSON, CSV, Markdown, printable HTML) and import of a colleague's JSON export.
import { useState } from 'preact/hooks';
import { snapshotsToCsv } from '../../core/history/export-csv.ts';
import { buildExport, exportFileName, serializeExport } from '../../core/history/export-json.ts';
import { reportHtml, reportMarkdown } from '../../core/history/export-report.ts';
import { describePlan, type ImportPlan, planImport } from '../../core/history/import.ts';
import type { Snapshot } from '../../core/history/snapshot.ts';
import type { ViewContext } from '../App.tsx';
import { downloadText } from '../download.ts';
import { plural, shortId } from '../format.ts';
import { ProviderOptions } from './ProviderOptions.tsx';
import { useAsync } from './useAsync.ts';

type Format = 'json' | 'csv' | 'md' | 'html';
const FORMATS: { id: Format; title: string; mime: string }[] = [
  { id: 'json', title: 'JSON (for re-import and the CLI)', mime: 'application/json' },
  { id: 'csv', title: 'CSV (one row per field)', mime: 'text/csv' },
  { id: 'md', title: 'Markdown report', mime: 'text/markdown' },
  { id: 'html', title: 'Printable HTML report', mime: 'text/html' },
];

type ImportState =
  | { step: 'idle' }
  | { step: 'reading'; done: number; total: number }
  | { step: 'review'; plan: ImportPlan; fileName: string }
  | { step: 'done'; message: string }
  | { step: 'failed'; message: string };

export function ExportView({ ctx }: { ctx: ViewContext }) {
  const { db, revision } = ctx;
  const providers = useAsync(() => db.providers(), [db, revision]);
  const [scope, setScope] = useState('');
  const [withShots, setWithShots] = useState(false);
  const [exportStatus, setExportStatus] = useState<{ busy: boolean; message: string; error?: boolean }>({ busy: false, message: '' });
  const [imp, setImp] = useState<ImportState>({ step: 'idle' });

  async function runExport(format: (typeof FORMATS)[number]) {
    setExportStatus({ busy: true, message: 'Preparing the export…' });
    try {
      const snapshots: Snapshot[] = scope ? await db.ofProvider(scope) : await db.all();
      if (snapshots.length === 0) return setExportStatus({ busy: false, message: 'There is nothing to export yet.' });
      setExportStatus({ busy: true, message: `Formatting ${plural(snapshots.length, 'snapshot')}…` });
      const now = Date.now();
      let text: string;
      if (format.id === 'json') {
        const ids = [...new Set(snapshots.flatMap((s) => (s.screenshotId ? [s.screenshotId] : [])))];
        const screenshots = withShots ? await db.getScreenshots(ids) : [];
        text = serializeExport(buildExport(snapshots, { exportedAt: now, generator: ctx.generator, screenshots }));
      } else if (format.id === 'csv') text = `\uFEFF${snapshotsToCsv(snapshots)}`;
      else if (format.id === 'md') text = reportMarkdown(snapshots, { generatedAt: now, generator: ctx.generator });
      else text = reportHtml(snapshots, { generatedAt: now, generator: ctx.generator });
      const name = exportFileName(now, format.id);
      downloadText(name, format.mime, text);
      setExportStatus({ busy: false, message: `Exported ${plural(snapshots.length, 'snapshot')} to ${name}.` });
    } catch (e) {
      setExportStatus({ busy: false, message: `The export failed: ${e instanceof Error ? e.message : String(e)}`, error: true });
    }
  }

  async function readFile(file: File) {
    setImp({ step: 'reading', done: 0, total: 0 });
    try {
      const text = await file.text();
      const plan = await planImport(await db.ids(), text, { onProgress: (done, total) => setImp({ step: 'reading', done, total }) });
      if (plan.fileError) return setImp({ step: 'failed', message: `${plan.fileError} Nothing was imported.` });
      if (plan.errors.length > 0) return setImp({ step: 'review', plan, fileName: file.name });
      await apply(plan);
    } catch (e) {
      setImp({ step: 'failed', message: `The file could not be read: ${e instanceof Error ? e.message : String(e)}. Nothing was imported.` });
    }
  }

  async function apply(plan: ImportPlan) {
    try {
      const added = await db.putAll(plan.toAdd, plan.screenshots);
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
          <button key={f.id} type="button" disabled={exportStatus.busy} onClick={() => runExport(f)} data-testid={`export-${f.id}`}>
            {f.title}
          </button>
        ))}
      </div>
      <p role="status" class={exportStatus.error ? 'error' : ''} aria-busy={exportStatus.busy} data-testid="export-status">
        {exportStatus.message}
      </p>

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
          disabled={imp.step === 'reading'}
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
          <p>
            Checking the file… <progress max={imp.total || 1} value={imp.done} aria-label="Import progress" /> {imp.total ? `${imp.done} of ${imp.total}` : ''}
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
