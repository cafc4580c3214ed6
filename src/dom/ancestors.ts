// Ancestor lookups by tag or role. Walking parents by hand is as fast as a browser's closest() and
// much faster than a Node DOM compiling the selector string on every call. Reads go through
// node-access: an ancestor may be a <form>.
import { parentOf, tagOf } from './node-access.ts';

/** Nearest inclusive ancestor whose tag is `tag` (or one of `tags`), within the element's root. */
export function closestTag(el: Element, tag: string | ReadonlySet<string>): Element | null {
  for (let node: Element | null = el; node; node = parentOf(node)) {
    const name = tagOf(node);
    if (typeof tag === 'string' ? name === tag : tag.has(name)) return node;
  }
  return null;
}

/** The containers a field's context reads, each the nearest inclusive ancestor within its root. */
export interface Ancestry {
  /** A wrapping <label>. */
  label: Element | null;
  /** A table cell (<td>/<th>) and the <table> around that cell. */
  cell: Element | null;
  cellTable: Element | null;
  fieldset: Element | null;
  /** An ARIA grid cell (role gridcell/cell) and the grid (role grid/table/treegrid) around it. */
  gridCell: Element | null;
  cellGrid: Element | null;
  /** Nearest <table> and grid-role element (what an inner cell's `cellTable`/`cellGrid` become). */
  table: Element | null;
  grid: Element | null;
}

const NONE: Ancestry = { label: null, cell: null, cellTable: null, fieldset: null, gridCell: null, cellGrid: null, table: null, grid: null };
const CELL_TAGS = new Set(['td', 'th']);
const CELL_ROLES = new Set(['gridcell', 'cell']);
const GRID_ROLES = new Set(['grid', 'table', 'treegrid']);

/**
 * Ancestries of the elements of one extraction. Each element's record is built from its parent's,
 * so fields that share containers share the climb: a page's fields cost O(elements above them)
 * in all, instead of several climbs to the root per field.
 */
export class AncestryIndex {
  private readonly known = new WeakMap<Element, Ancestry>();

  /** `roles` reads an element's role attribute (the walk's per-root index knows which elements have one). */
  of(el: Element, roles: { roleOf(el: Element): string | null }): Ancestry {
    const chain: Element[] = [];
    let base = NONE;
    for (let node: Element | null = el; node; node = parentOf(node)) {
      const known = this.known.get(node);
      if (known) {
        base = known;
        break;
      }
      chain.push(node);
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const node = chain[i]!;
      const tag = tagOf(node);
      const role = roles.roleOf(node)?.trim().toLowerCase() ?? '';
      const isCell = CELL_TAGS.has(tag);
      const isGridCell = CELL_ROLES.has(role);
      base = {
        label: tag === 'label' ? node : base.label,
        cell: isCell ? node : base.cell,
        cellTable: isCell ? base.table : base.cellTable,
        fieldset: tag === 'fieldset' ? node : base.fieldset,
        gridCell: isGridCell ? node : base.gridCell,
        cellGrid: isGridCell ? base.grid : base.cellGrid,
        table: tag === 'table' ? node : base.table,
        grid: GRID_ROLES.has(role) ? node : base.grid,
      };
      this.known.set(node, base);
    }
    return base;
  }
}
