// Where pages come from: saved HTML files named on the command line or found in directories
// (recursively: .html, .htm, .xhtml), and web archives (.warc, .warc.gz, .wacz) through the archive
// readers. Each yields a Source in a stable order (arguments in order, directory entries sorted); a
// page that cannot be read is a Source with an `error`, so the batch goes on.
import type { Dirent } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeHtml } from './archive/html-sniff.ts';
import { readPages } from './archive/inputs.ts';

export interface Source {
  /** The path (or archive path + record) the page came from. */
  source: string;
  html?: string;
  /** The page's address when the container knows it (web archives). */
  url?: string;
  /** When the page was captured (ms since epoch), for archives. */
  capturedAt?: number;
  /** The archive record's payload digest (WARC-Payload-Digest), which keys the result cache. */
  digest?: string;
  error?: string;
}

export interface SourceOptions {
  /** Largest HTML file read, in bytes (default 32 MiB). */
  maxBytes?: number;
  /** Told the size of each chunk of input read (saved files and archive bytes), for a progress bar. */
  onBytes?: (n: number) => void;
}

export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;
const HTML_NAME = /\.x?html?$/i;
const ARCHIVE_NAME = /\.(warc|warc\.gz|wacz)$/i;

/** Every page of the given paths, in order. */
export async function* sourcesOf(paths: readonly string[], options: SourceOptions = {}): AsyncGenerator<Source> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const onBytes = options.onBytes;
  for (const path of paths) {
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(path);
    } catch (e) {
      yield { source: path, error: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : `cannot read: ${message(e)}` };
      continue;
    }
    if (info.isDirectory()) {
      yield* fromDirectory(path, maxBytes, onBytes);
    } else if (ARCHIVE_NAME.test(path)) {
      yield* fromArchive(path, info.size, maxBytes, onBytes);
    } else {
      // A file named explicitly is read whatever its extension; its content decides.
      yield await readHtmlFile(path, info.size, maxBytes);
      onBytes?.(info.size);
    }
  }
}

async function* fromDirectory(dir: string, maxBytes: number, onBytes?: (n: number) => void): AsyncGenerator<Source> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    yield { source: dir, error: `cannot list directory: ${message(e)}` };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      if (!e.name.startsWith('.') && e.name !== 'node_modules') yield* fromDirectory(path, maxBytes, onBytes);
    } else if (e.isFile() && HTML_NAME.test(e.name)) {
      const size = await stat(path).then(
        (s) => s.size,
        () => 0,
      );
      yield await readHtmlFile(path, size, maxBytes);
      onBytes?.(size);
    } else if (e.isFile() && ARCHIVE_NAME.test(e.name)) {
      const size = await stat(path).then((s) => s.size);
      yield* fromArchive(path, size, maxBytes, onBytes);
    }
  }
}

async function* fromArchive(path: string, size: number, maxBytes: number, onBytes?: (n: number) => void): AsyncGenerator<Source> {
  const kind = /\.wacz$/i.test(path) ? 'wacz' : 'warc';
  try {
    for await (const item of readPages([{ path, kind, size }], { maxHtmlBytes: maxBytes, ...(onBytes ? { onBytes } : {}) })) {
      if (item.kind === 'issue') {
        yield { source: item.issue.source, error: item.issue.message };
        continue;
      }
      const page = item.page;
      try {
        const html = typeof page.html === 'function' ? await page.html() : page.html;
        yield {
          source: page.source,
          html,
          url: page.url,
          ...(page.capturedAt !== undefined ? { capturedAt: page.capturedAt } : {}),
          ...(page.digest ? { digest: page.digest } : {}),
        };
      } catch (e) {
        yield { source: page.source, url: page.url, error: `cannot read the record: ${message(e)}` };
      }
    }
  } catch (e) {
    yield { source: path, error: `cannot read the archive: ${message(e)}` };
  }
}

/** Reads one saved page, refusing what is too large, binary or not HTML at all. */
export async function readHtmlFile(path: string, size: number, maxBytes: number): Promise<Source> {
  if (size > maxBytes) return { source: path, error: `file is too large (${mib(size)}; the limit is ${mib(maxBytes)})` };
  let bytes: Buffer;
  try {
    const fh = await open(path, 'r');
    try {
      // Read at most one byte past the limit: a file that grew since stat() is still refused.
      const buffer = Buffer.alloc(Math.min(size, maxBytes) + 1);
      const { bytesRead } = await fh.read(buffer, 0, buffer.length, 0);
      if (bytesRead > maxBytes) return { source: path, error: `file is too large (over ${mib(maxBytes)})` };
      bytes = buffer.subarray(0, bytesRead);
    } finally {
      await fh.close();
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { source: path, error: code === 'EISDIR' ? 'is a directory' : `cannot read: ${message(e)}` };
  }
  const verdict = checkHtml(bytes);
  if (verdict) return { source: path, error: verdict };
  return { source: path, html: decodeHtml(bytes, null) };
}

/** Why these bytes are not an HTML page, or null when they may be one. */
export function checkHtml(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return 'empty file';
  const head = bytes.subarray(0, 4096);
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  if (!utf16 && head.includes(0)) return 'not an HTML page (binary content)';
  const text = decodeHtml(bytes.subarray(0, 65536), null);
  if (!/<[a-zA-Z!/]/.test(text)) return 'not an HTML page (no markup found)';
  return null;
}

function mib(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
