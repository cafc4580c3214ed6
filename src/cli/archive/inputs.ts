// The inputs of `analyze`, `timeline`, `compare` and `export`: saved HTML pages, WARC and WACZ web
// archives and KYC Lens JSON exports, named one by one or found in directories (recursively). Pages
// come out as one stream, in a stable order (arguments in order, directory entries sorted), whatever
// their container; export files are read separately, as snapshots.
import { open, readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Snapshot } from '../../core/history/snapshot.ts';
import { pageUrl } from '../page-url.ts';
import type { PipelineInput, SourceIssue } from '../pool/pipeline.ts';
import { DEFAULT_MAX_BYTES, readHtmlFile } from '../sources.ts';
import { fileSource } from './bytes.ts';
import type { ArchiveEvent, ArchiveReadOptions } from './types.ts';

export type InputKind = 'html' | 'warc' | 'wacz' | 'export';

export interface InputFile {
  path: string;
  kind: InputKind;
  size: number;
}

const HTML_FILE = /\.(x?html?)$/i;
const WARC_FILE = /\.warc(\.gz)?$/i;
const WACZ_FILE = /\.wacz$/i;
const JSON_FILE = /\.json$/i;

export function kindOfName(name: string): InputKind | null {
  if (WARC_FILE.test(name)) return 'warc';
  if (WACZ_FILE.test(name)) return 'wacz';
  if (HTML_FILE.test(name)) return 'html';
  if (JSON_FILE.test(name)) return 'export';
  return null;
}

/** A .json file found in a directory is an input only if it is a KYC Lens export (it says so early on). */
async function isExportFile(path: string): Promise<boolean> {
  const fh = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await fh.read(Buffer.alloc(512), 0, 512, 0);
    return buffer.subarray(0, bytesRead).toString('utf8').includes('"kyc-lens-export"');
  } finally {
    await fh.close();
  }
}

export async function discoverInputs(paths: readonly string[]): Promise<{ files: InputFile[]; issues: SourceIssue[] }> {
  const files: InputFile[] = [];
  const issues: SourceIssue[] = [];
  const seen = new Set<string>();
  const add = (path: string, kind: InputKind, size: number) => {
    const abs = resolve(path);
    if (seen.has(abs)) return;
    seen.add(abs);
    files.push({ path, kind, size });
  };
  async function walk(dir: string): Promise<void> {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const path = join(dir, e.name);
      if (e.isDirectory()) {
        if (!e.name.startsWith('.') && e.name !== 'node_modules') await walk(path);
        continue;
      }
      if (!e.isFile()) continue;
      const kind = kindOfName(e.name);
      if (!kind) continue;
      if (kind === 'export' && !(await isExportFile(path).catch(() => false))) continue;
      add(path, kind, (await stat(path)).size);
    }
  }
  for (const p of paths) {
    try {
      const s = await stat(p);
      if (s.isDirectory()) await walk(p);
      else add(p, kindOfName(p) ?? 'html', s.size);
    } catch (e) {
      issues.push({ source: p, message: `cannot read: ${e instanceof Error ? e.message : String(e)}` });
    }
  }
  return { files, issues };
}

const SINGLEFILE_DATE = /<!--[\s\S]*?Page saved with SingleFile[\s\S]*?saved date:\s*([^\n]+?)\s*(?:\n|-->)/i;

/** The address a saved page came from (page-url.ts reads it from the file), else the file's own URL. */
export function savedPageUrl(html: string, path: string): string {
  return pageUrl(html) ?? pathToFileURL(resolve(path)).href;
}

/** When a saved page was captured: SingleFile's "saved date", else the file's modification time. */
export function savedPageDate(html: string, mtimeMs: number): number {
  const m = SINGLEFILE_DATE.exec(html.slice(0, 4096));
  const t = m?.[1] ? Date.parse(m[1]) : Number.NaN;
  return Number.isFinite(t) ? t : Math.round(mtimeMs);
}

async function* fromArchive(events: AsyncIterable<ArchiveEvent>): AsyncGenerator<PipelineInput> {
  for await (const e of events) {
    if (e.kind === 'issue') yield { kind: 'issue', issue: { source: e.issue.source, message: e.issue.message } };
    else {
      const c = e.capture;
      yield { kind: 'page', page: { source: c.source, url: c.url, capturedAt: c.capturedAt, digest: c.digest, html: () => c.html() } };
    }
  }
}

/** Every page of the inputs (export files excluded), in order, as the pipeline reads them. */
export async function* readPages(files: readonly InputFile[], options: ArchiveReadOptions = {}): AsyncGenerator<PipelineInput> {
  for (const file of files) {
    // The archive readers (and warcio, yauzl) load only when an archive is read: `analyze page.html`
    // starts without them.
    if (file.kind === 'warc') {
      const { readWarc } = await import('./warc.ts');
      yield* fromArchive(readWarc(fileSource(file.path, file.size), options));
    } else if (file.kind === 'wacz') {
      const { readWacz } = await import('./wacz.ts');
      yield* fromArchive(readWacz(file.path, options));
    }
    else if (file.kind === 'html') {
      // Read as analyze reads saved pages (size limit, binary and empty files refused).
      const page = await readHtmlFile(file.path, file.size, options.maxHtmlBytes ?? DEFAULT_MAX_BYTES);
      options.onBytes?.(file.size);
      if (page.html === undefined) {
        yield { kind: 'issue', issue: { source: file.path, message: page.error ?? 'cannot read' } };
        continue;
      }
      const mtime = await stat(file.path).then((s) => s.mtimeMs, () => Date.now());
      yield { kind: 'page', page: { source: file.path, url: savedPageUrl(page.html, file.path), capturedAt: savedPageDate(page.html, mtime), html: page.html } };
    }
  }
}

/**
 * The snapshots of KYC Lens JSON exports (the extension's or the CLI's), read through the workspace's
 * import planner: the same validation, hash check and migrations as an import into the extension.
 */
export async function readExports(files: readonly InputFile[]): Promise<{ snapshots: Snapshot[]; issues: SourceIssue[] }> {
  const snapshots: Snapshot[] = [];
  const issues: SourceIssue[] = [];
  const ids = new Set<string>();
  for (const file of files.filter((f) => f.kind === 'export')) {
    let text: string;
    try {
      text = await readFile(file.path, 'utf8');
    } catch (e) {
      issues.push({ source: file.path, message: `cannot read: ${e instanceof Error ? e.message : String(e)}` });
      continue;
    }
    const { planImport } = await import('../../core/history/import.ts');
    const plan = await planImport(ids, text);
    if (plan.fileError) issues.push({ source: file.path, message: plan.fileError });
    for (const err of plan.errors) issues.push({ source: `${file.path}#${err.list}[${err.index}]`, message: err.message });
    for (const s of plan.toAdd) {
      ids.add(s.id);
      snapshots.push(s);
    }
  }
  return { snapshots, issues };
}
