import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writePages } from './fixtures.ts';
import { runCli } from './run-cli.ts';

/** RFC 4180 reader (quoted cells, doubled quotes, CRLF rows) to check the writer against. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell || row.length) throw new Error('CSV does not end with CRLF');
  return rows;
}

const TRICKY = {
  'tricky.html': `<form><label for="a">Name, "as on ID"
second line</label><input id="a" name="a"><label for="f">=HYPERLINK("x")</label><input id="f" name="f"></form><input name="outside">`,
  'broken.html': '',
};

let dir = '';
let json: { source: string; forms?: { selector: string | null; kind: string; fields: { selector: string; category: string; evidence: string[]; requirements: string[] }[] }[] }[] = [];
beforeAll(async () => {
  dir = writePages(TRICKY);
  json = JSON.parse((await runCli(['analyze', dir])).stdout);
});

describe('--format csv', () => {
  it('writes one RFC 4180 row per field, quoting what needs it, plus a row for a failed page', async () => {
    const r = await runCli(['analyze', dir, '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stdout.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(r.stdout);
    expect(rows[0]).toEqual(['source', 'url', 'provider', 'form_selector', 'form_kind', 'field_selector', 'category', 'field_type', 'confidence', 'requirements', 'evidence', 'error']);
    const body = rows.slice(1);
    expect(body.every((row) => row.length === 12)).toBe(true);
    expect(body[0]).toEqual([join(dir, 'broken.html'), '', '', '', '', '', '', '', '', '', '', 'empty file']);
    const fields = json[1]!.forms!.flatMap((f) => f.fields.map((x) => ({ form: f, field: x })));
    expect(body.slice(1)).toHaveLength(fields.length);
    body.slice(1).forEach((row, i) => {
      const { form, field } = fields[i]!;
      expect(row[3]).toBe(form.selector ?? '');
      expect(row[5]).toBe(field.selector);
      expect(row[6]).toBe(field.category);
      expect(row[9]).toBe(field.requirements.join(' '));
    });
    // The label with a comma, quotes and a line break survives the round trip.
    expect(body[1]![10]).toContain('Name, "as on ID" second line');
    // A cell a spreadsheet would run as a formula is defused.
    expect(r.stdout).not.toMatch(/(^|,)"?=HYPERLINK/m);
  });
});

describe('--format table', () => {
  it('groups by page and form, aligns the columns and sums up the categories', async () => {
    const r = await runCli(['analyze', dir, '--format', 'table']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines).toContain(join(dir, 'tricky.html'));
    expect(lines).toContain(`  could not be analysed: empty file`);
    expect(lines.some((l) => /^ {2}form html > body > form {2}\[\w[\w-]*\] {2}2 fields$/.test(l))).toBe(true);
    expect(lines.some((l) => l.startsWith('  form (fields outside any <form>)'))).toBe(true);
    // Every row of a form's block starts its columns where the header's do.
    const header = lines.findIndex((l) => l.trim().startsWith('CATEGORY') && l.includes('SELECTOR'));
    const cols = ['FIELD TYPE', 'CONF', 'EVIDENCE', 'SELECTOR'].map((h) => lines[header]!.indexOf(h));
    for (const row of lines.slice(header + 1, header + 3)) {
      for (const c of cols) expect(row[c - 1], row).toBe(' ');
      for (const c of cols) expect(row[c], row).not.toBe(' ');
    }
    expect(r.stdout).toMatch(/Summary: 1 page analysed, 1 page could not be read/);
    expect(r.stdout).toMatch(/\n {2}CATEGORY +KIND +FIELDS +PAGES\n/);
  });
});
