// Shorthands for citing a source in the provider catalog. `date` is the page's own date where the
// research showed one, else the month the research was gathered (see providers.md, Nov 2026).
import type { Source } from '../schema.ts';

export const GATHERED_AT = '2026-11';

function source(reliability: Source['reliability'], ref: string, pageDate?: string): Source {
  return pageDate
    ? { ref, date: pageDate, dateKind: 'page', reliability }
    : { ref, date: GATHERED_AT, dateKind: 'gathered', reliability };
}

/** The provider's own documentation, help centre or API reference. */
export const doc = (ref: string, pageDate?: string): Source => source('documented', ref, pageDate);
/** A user guide, blog, issue thread or other third-party account: lower reliability. */
export const third = (ref: string, pageDate?: string): Source => source('third-party', ref, pageDate);
/** Not backed by a source; `ref` says what the guess rests on. Confirm on a live page before relying on it. */
export const guess = (ref: string, pageDate?: string): Source => source('guess', ref, pageDate);

/** A host the research names without citing a page for it. */
export const RESEARCH_NOTE = third('KYC Lens provider research (Nov 2026): host named, no page cited');
