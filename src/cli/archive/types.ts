// What archive readers hand to the analysis pipeline.

/**
 * One archived HTML page. `html()` reads the payload from the archive stream, so it must be called
 * before the reader is asked for the next event (the stream has moved on after that); the pipeline
 * skips calling it when the digest already has a cached result.
 */
export interface ArchiveCapture {
  /** Where it came from: `crawl.warc.gz#1234` (the record's byte offset; inside a WACZ, `x.wacz!archive/a.warc.gz#1234`). */
  source: string;
  /** WARC-Target-URI. */
  url: string;
  /** WARC-Date, ms since 1970-01-01 UTC. */
  capturedAt: number;
  /** WARC-Payload-Digest as written (e.g. `sha1:…` or `sha256:…`), or null when the record has none. */
  digest: string | null;
  html(): Promise<string>;
}

/** A problem with part of an archive: reported, and the rest of the archive is still read. */
export interface ArchiveIssue {
  source: string;
  offset?: number;
  message: string;
}

export type ArchiveEvent = { kind: 'capture'; capture: ArchiveCapture } | { kind: 'issue'; issue: ArchiveIssue };

/** Counts of what a reader saw, for the summary line and tests. */
export interface ArchiveStats {
  records: number;
  captures: number;
  skippedNotHtml: number;
  skippedRevisit: number;
  skippedStatus: number;
  skippedNotPage: number;
  skippedDuplicateRecord: number;
  skippedTooLarge: number;
  issues: number;
}

export const emptyArchiveStats = (): ArchiveStats => ({
  records: 0,
  captures: 0,
  skippedNotHtml: 0,
  skippedRevisit: 0,
  skippedStatus: 0,
  skippedNotPage: 0,
  skippedDuplicateRecord: 0,
  skippedTooLarge: 0,
  issues: 0,
});

export interface ArchiveReadOptions {
  stats?: ArchiveStats;
  /** Each chunk of archive bytes read (for the progress bar). */
  onBytes?: (n: number) => void;
  /** HTML payloads larger than this are skipped (reported); the default is 16 MiB. */
  maxHtmlBytes?: number;
  /** When set, only captures of these URLs are pages (a WACZ's pages.jsonl). */
  isPage?: (url: string) => boolean;
}

export const DEFAULT_MAX_HTML_BYTES = 16 * 1024 * 1024;
