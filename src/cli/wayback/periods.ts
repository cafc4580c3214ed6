// Dates on the wayback command line and in the CDX index. --from / --to take YYYY or YYYYMM (the
// CDX API pads a short timestamp to the start or end of the span); --every names the period that
// keeps one capture (plus one per other content digest seen in it).

export const PERIODS = ['month', 'quarter', 'year'] as const;
export type Period = (typeof PERIODS)[number];

/** `2019` or `201903` as given, or null when it is neither. */
export function parseYearMonth(value: string): string | null {
  const m = /^(\d{4})(?:-?(\d{2}))?$/.exec(value.trim());
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1991 || year > 9999) return null;
  if (m[2] === undefined) return m[1]!;
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? `${m[1]}${m[2]}` : null;
}

/** A CDX timestamp (YYYYMMDDhhmmss, UTC) in ms since 1970, or null when it is not one. */
export function timestampMs(ts: string): number | null {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(ts);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  const back = new Date(ms);
  // Date.UTC rolls 20190231 over into March; such a stamp is not a date.
  if (back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return null;
  return ms;
}

/** The period a CDX timestamp falls in: `2019`, `2019-Q2` or `2019-04`. */
export function periodOf(ts: string, every: Period): string {
  const year = ts.slice(0, 4);
  const month = Number(ts.slice(4, 6));
  if (every === 'year') return year;
  if (every === 'quarter') return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
  return `${year}-${ts.slice(4, 6)}`;
}
