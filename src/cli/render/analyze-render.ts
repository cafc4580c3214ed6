// `kyc-lens analyze --render`: each page loaded in Chromium (renderer.ts) instead of parsed as
// saved. A page from a WARC or WACZ gets its resources from the same archive (archive-resources.ts);
// a saved HTML file gets none (every request is blocked), so only its inline scripts run.
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Analyze } from '../analyze-command.ts';
import { type Entry, toEntry } from '../entry.ts';
import { pageUrl } from '../page-url.ts';
import type { Source } from '../sources.ts';
import { indexArchiveResources, type ResourceIndex } from './archive-resources.ts';
import { createRenderer, type RendererOptions } from './renderer.ts';
import { looksScriptBuilt, scriptBuiltNote } from './script-built.ts';
import type { RenderStats } from './types.ts';

export interface RenderAnalyze {
  analyze: Analyze;
  readonly stats: RenderStats;
  close(): Promise<void>;
}

/** The archive file a page came from: `a.warc.gz#123` or `b.wacz!archive/x.warc.gz#45` → the file. */
export function archiveFileOf(source: string): string | null {
  const m = /^(.*?\.(?:warc(?:\.gz)?|wacz))(?:[#!]|$)/i.exec(source);
  return m ? m[1]! : null;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export async function createRenderAnalyze(options: RendererOptions = {}): Promise<RenderAnalyze> {
  const renderer = await createRenderer(options);
  const indexes = new Map<string, Promise<ResourceIndex>>();
  const resourcesOf = (file: string) => {
    let index = indexes.get(file);
    if (!index) {
      index = stat(file).then((s) => indexArchiveResources(file, s.size));
      indexes.set(file, index);
    }
    return index;
  };

  async function analyze(s: Source): Promise<Entry> {
    const url = s.url ?? (s.html !== undefined ? pageUrl(s.html) : undefined);
    const fail = (error: string): Entry => (url ? { source: s.source, url, error } : { source: s.source, error });
    if (s.error !== undefined || s.html === undefined) return fail(s.error ?? 'nothing to read');
    try {
      const file = archiveFileOf(s.source);
      const index = file ? await resourcesOf(file) : null;
      // A page without a web address is loaded under a name that resolves nowhere.
      const loadUrl = url && /^https?:\/\//i.test(url) ? url : `https://saved-page.invalid/${encodeURIComponent(basename(s.source))}`;
      const result = await renderer.render({ url: loadUrl, html: s.html, resources: index ? (u) => index.lookup(u) : async () => null });
      const entry = toEntry(s.source, url, result.analysis);
      if (looksScriptBuilt(s.html)) entry.note = scriptBuiltNote('rendered');
      return entry;
    } catch (e) {
      return fail(`could not render the page: ${message(e)}`);
    }
  }

  return {
    analyze,
    stats: renderer.stats,
    async close() {
      for (const index of indexes.values()) (await index.catch(() => null))?.close();
      await renderer.close();
    },
  };
}
