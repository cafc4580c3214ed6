// What the rendered path needs from whoever holds the capture's resources, and what it gives back.

/** A resource of the capture as the archive holds it, or null when the archive does not have it. */
export interface ArchivedResource {
  status: number;
  contentType: string | null;
  body: Uint8Array;
}

export type ResourceLookup = (url: string) => Promise<ArchivedResource | null>;

export interface RenderTask {
  /** The page's address (its original URL); the page is loaded under it. */
  url: string;
  html: string;
  /** Serves the page's subresources from the archive; anything it does not have is blocked. */
  resources: ResourceLookup;
  /** When the page was captured (ms): it is classified against that year (src/cli/pool/year.ts). */
  capturedAt?: number;
}

export interface RenderStats {
  /** Requests served from the archive. */
  served: number;
  /** Requests blocked: not in the archive, or not http(s). Nothing is ever fetched from the live web. */
  blocked: number;
}
