// Output formats of `kyc-lens analyze`. Each writes as pages arrive (a crawl of any size prints in
// flat memory): `begin`, one `entry` per page, then `end`.
import type { Entry } from '../entry.ts';

export interface Formatter {
  begin(): string;
  entry(entry: Entry): string;
  end(): string;
}

export const FORMATS = ['json', 'csv', 'table'] as const;
export type Format = (typeof FORMATS)[number];
