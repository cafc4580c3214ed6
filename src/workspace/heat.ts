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

export interface GridPos {
  row: number;
  col: number;
}

/**
 * Where a key moves focus in the heat map (the ARIA grid pattern): arrows by one cell, Home/End to
 * the row's ends, Ctrl+Home/End to the first and last cell, PageUp/PageDown by five rows. Null when
 * the key is not a grid key.
 */
export function gridMove(key: string, at: GridPos, size: { rows: number; cols: number }, ctrl = false): GridPos | null {
  if (size.rows === 0 || size.cols === 0) return null;
  const clamp = (row: number, col: number): GridPos => ({
    row: Math.max(0, Math.min(size.rows - 1, row)),
    col: Math.max(0, Math.min(size.cols - 1, col)),
  });
  switch (key) {
    case 'ArrowRight':
      return clamp(at.row, at.col + 1);
    case 'ArrowLeft':
      return clamp(at.row, at.col - 1);
    case 'ArrowDown':
      return clamp(at.row + 1, at.col);
    case 'ArrowUp':
      return clamp(at.row - 1, at.col);
    case 'Home':
      return ctrl ? clamp(0, 0) : clamp(at.row, 0);
    case 'End':
      return ctrl ? clamp(size.rows - 1, size.cols - 1) : clamp(at.row, size.cols - 1);
    case 'PageDown':
      return clamp(at.row + 5, at.col);
    case 'PageUp':
      return clamp(at.row - 5, at.col);
    default:
      return null;
  }
}
