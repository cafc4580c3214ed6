// Words and marks for the comparison heat map (pure; unit-tested). Colour is never the only cue:
// every cell also carries a letter and a full sentence for screen readers.
import type { CompareCell, DocumentedStatus } from '../core/history/compare.ts';
import type { CategoryStatus } from '../core/history/snapshot.ts';
import { categoryTitle } from './format.ts';

export const OBSERVED_MARK: Record<CategoryStatus, string> = { required: 'R', optional: 'O', absent: '–' };
export const OBSERVED_WORDS: Record<CategoryStatus, string> = { required: 'required', optional: 'optional', absent: 'not asked' };
export const DOCUMENTED_MARK: Record<DocumentedStatus, string> = { asked: '●', conditional: '◐', 'not-asked': '○', unknown: '' };
export const DOCUMENTED_WORDS: Record<DocumentedStatus, string> = {
  asked: 'documented as asked',
  conditional: 'documented as asked in some cases',
  'not-asked': 'documented as not asked',
  unknown: 'no documentation in the catalog',
};

export function cellSentence(provider: string, cell: CompareCell): string {
  const observed = cell.viaVendor ? 'required (through a vendor frame)' : OBSERVED_WORDS[cell.observed];
  const mismatch =
    cell.agreement === 'observed-only'
      ? ' The flow asked although the documentation does not say so.'
      : cell.agreement === 'documented-only'
        ? ' Documented, but not seen in this flow.'
        : '';
  return `${provider}, ${categoryTitle(cell.category)}: observed ${observed}; ${DOCUMENTED_WORDS[cell.documented]}.${mismatch}`;
}
