// A report for people: per page and form, one aligned line per field, then what the batch collects
// by category. Long texts are shortened (the JSON and CSV formats carry them whole).
import { CATEGORIES, IDENTITY_CATEGORIES } from '../../core/taxonomy/categories.ts';
import { type Entry, isError } from '../entry.ts';
import type { Formatter } from './formatter.ts';

const MAX_EVIDENCE = 48;
const MAX_SELECTOR = 60;

export function tableFormatter(): Formatter {
  let pages = 0;
  let failed = 0;
  const fieldsBy = new Map<string, number>();
  const pagesBy = new Map<string, number>();
  return {
    begin: () => '',
    entry(e: Entry) {
      if (isError(e)) {
        failed++;
        return `${e.source}\n  could not be analysed: ${e.error}\n\n`;
      }
      pages++;
      const lines = [e.source];
      const about = [e.url ? `url ${e.url}` : '', e.provider ? `provider ${e.provider}` : ''].filter(Boolean).join('   ');
      if (about) lines.push(`  ${about}`);
      if (e.note) lines.push(`  ${e.note}`);
      else if (!e.forms.length) lines.push('  no form fields');
      const onPage = new Set<string>();
      for (const form of e.forms) {
        lines.push(`  form ${form.selector ?? '(fields outside any <form>)'}  [${form.kind}]  ${count(form.fields.length, 'field')}`);
        const rows = form.fields.map((f) => [
          f.category,
          f.fieldType,
          f.confidence.toFixed(2),
          shorten(f.evidence.join('; '), MAX_EVIDENCE),
          shortenLeft(f.selector, MAX_SELECTOR),
        ]);
        lines.push(...align([['CATEGORY', 'FIELD TYPE', 'CONF', 'EVIDENCE', 'SELECTOR'], ...rows]).map((l) => `    ${l}`));
        for (const f of form.fields) {
          fieldsBy.set(f.category, (fieldsBy.get(f.category) ?? 0) + 1);
          onPage.add(f.category);
        }
      }
      for (const c of onPage) pagesBy.set(c, (pagesBy.get(c) ?? 0) + 1);
      const identity = IDENTITY_CATEGORIES.filter((c) => onPage.has(c));
      lines.push(`  asks for: ${identity.length ? identity.join(', ') : 'no identity data'}`);
      return `${lines.join('\n')}\n\n`;
    },
    end() {
      const head = `Summary: ${count(pages, 'page')} analysed${failed ? `, ${count(failed, 'page')} could not be read` : ''}`;
      const rows = CATEGORIES.filter((c) => fieldsBy.has(c)).map((c) => [
        c,
        IDENTITY_CATEGORIES.includes(c) ? 'identity' : '',
        count(fieldsBy.get(c) ?? 0, 'field'),
        `on ${count(pagesBy.get(c) ?? 0, 'page')}`,
      ]);
      if (!rows.length) return `${head}\n`;
      return `${head}\n${align([['CATEGORY', 'KIND', 'FIELDS', 'PAGES'], ...rows])
        .map((l) => `  ${l}`)
        .join('\n')}\n`;
    },
  };
}

/** Pads columns to a common width (the last column is not padded). */
export function align(rows: string[][]): string[] {
  const widths: number[] = [];
  for (const r of rows) {
    r.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, cell.length);
    });
  }
  return rows.map((r) =>
    r
      .map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}

function shorten(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/** Selectors say most at their end. */
function shortenLeft(s: string, max: number): string {
  return s.length <= max ? s : `…${s.slice(s.length - max + 1)}`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
