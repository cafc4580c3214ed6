// Which captures to fetch: per period (--every), the first capture, and the first capture of every
// other content digest seen in that period, so a page that changed within a month is not missed and
// an unchanged one costs one request per period. Captures that are not 200 HTML (an archive may
// ignore the query's filter; a redirect, a 404, an image) are left out and counted.
import type { CdxCapture } from './cdx.ts';
import { type Period, periodOf, timestampMs } from './periods.ts';

export interface Selection {
  chosen: CdxCapture[];
  /** Captures in the index that are not a 200 response. */
  notOk: number;
  /** Captures whose type says they are not a page. */
  notHtml: number;
}

// What archives record for an HTML page; `unk`/empty when the crawler did not know (fetched and sniffed later).
const PAGE_TYPES = /^(text\/html|application\/xhtml\+xml|unk|unknown|application\/octet-stream|text\/plain)?$/i;

export function isPageType(mimetype: string): boolean {
  return PAGE_TYPES.test(mimetype.split(';', 1)[0]!.trim());
}

export function selectCaptures(captures: readonly CdxCapture[], every: Period): Selection {
  const out: Selection = { chosen: [], notOk: 0, notHtml: 0 };
  const sorted = [...captures].filter((c) => timestampMs(c.timestamp) !== null).sort((a, b) => (a.timestamp < b.timestamp ? -1 : a.timestamp > b.timestamp ? 1 : 0));
  const seen = new Map<string, Set<string>>();
  for (const c of sorted) {
    if (c.statuscode !== '200') {
      out.notOk++;
      continue;
    }
    if (!isPageType(c.mimetype)) {
      out.notHtml++;
      continue;
    }
    const period = periodOf(c.timestamp, every);
    const digests = seen.get(period) ?? new Set<string>();
    seen.set(period, digests);
    if (digests.has(c.digest)) continue;
    digests.add(c.digest);
    out.chosen.push(c);
  }
  return out;
}
