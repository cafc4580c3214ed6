import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { csvCell, neutralizeFormula, snapshotsToCsv } from '../../../src/core/history/export-csv.ts';
import { buildExport, exportFileName, exportJsonSchema, serializeExport } from '../../../src/core/history/export-json.ts';
import { htmlText, mdText, reportHtml, reportMarkdown } from '../../../src/core/history/export-report.ts';
import { snapshotFromFlow } from '../../../src/core/history/snapshot.ts';
import { field, flow, meta, snap, vendor } from './make-flow.ts';

const generator = { name: 'kyc-lens-extension', version: '0.1.0' };

/** A strict RFC 4180 reader, to check the writer from the outside. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') cell += c;
      else if (text[i + 1] === '"') {
        cell += '"';
        i++;
      } else quoted = false;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else if (c === '\n' || c === '\r' || c === '"') throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
    else cell += c;
  }
  if (cell !== '' || row.length) throw new Error('missing final CRLF');
  return rows;
}

describe('CSV', () => {
  it('neutralises cells a spreadsheet would run as a formula', () => {
    for (const evil of ['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '\n=1', '＝1+1'])
      expect(neutralizeFormula(evil)).toBe(`'${evil}`);
    for (const fine of ['Email', 'a=b', 'x-y', ' e-mail', "'quoted"]) expect(neutralizeFormula(fine)).toBe(fine);
  });

  it('quotes per RFC 4180', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\r\nlines')).toBe('"two\r\nlines"');
    expect(csvCell('=1,2')).toBe(`"'=1,2"`);
    expect(csvCell(true)).toBe('true');
  });

  it('writes one row per observed field that reads back to the same values', async () => {
    const s = await snap('aws', [
      field('email', { label: 'Email, "work"', evidence: ['label "Email"', 'autocomplete=email'], requirements: ['email', 'contact'] }),
      field('tel', { label: '=cmd|\' /C calc\'!A0', required: false, stepIndex: 1 }),
    ]);
    const csv = snapshotsToCsv([s]);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv);
    const [header, email, tel] = rows;
    expect(rows.length).toBe(3);
    expect(header!.slice(0, 6)).toEqual(['snapshot_id', 'provider', 'provider_name', 'url', 'saved_at', 'observed_at']);
    const col = (row: string[], name: string) => row[header!.indexOf(name)];
    expect(col(email!, 'snapshot_id')).toBe(s.id);
    expect(col(email!, 'label')).toBe('Email, "work"');
    expect(col(email!, 'required')).toBe('yes');
    expect(col(email!, 'requirement_ids')).toBe('contact; email');
    expect(col(email!, 'evidence')).toBe('label "Email"; autocomplete=email');
    expect(col(email!, 'category')).toBe('email');
    expect(col(email!, 'saved_at')).toBe(new Date(s.savedAt).toISOString());
    expect(col(tel!, 'label')).toBe("'=cmd|' /C calc'!A0");
    expect(col(tel!, 'required')).toBe('no');
    expect(col(tel!, 'step')).toBe('2');
    expect(col(tel!, 'url')).toBe('https://signup.aws.example/step1');
  });
});

describe('JSON export', () => {
  it('wraps snapshots in a versioned envelope that validates against the committed JSON Schema', async () => {
    const a = await snap('aws', [field('email')], 2, [vendor('stripe')]);
    const b = await snap('vultr', [field('bday', { frameOrigin: 'https://id.example' })], 1);
    const env = buildExport([a, b], { exportedAt: Date.UTC(2025, 0, 2, 3, 4, 5), generator });
    expect(env).toMatchObject({ format: 'kyc-lens-export', version: 2, exportedAt: '2025-01-02T03:04:05.000Z', generator });
    expect(env.snapshots.map((s) => s.id)).toEqual([b.id, a.id]);
    const schema = JSON.parse(readFileSync('docs/schemas/export.schema.json', 'utf8'));
    const validate = new Ajv2020({ strict: true, validateFormats: false }).compile(schema);
    const doc = JSON.parse(serializeExport(env));
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    // The schema rejects what the format forbids.
    doc.snapshots[0].fields[0].category = 'shoe-size';
    expect(validate(doc)).toBe(false);
    delete doc.format;
    expect(validate(doc)).toBe(false);
  });

  it('the committed JSON Schema is the one the code generates (run scripts/write-export-schema.ts)', () => {
    const committed = readFileSync('docs/schemas/export.schema.json', 'utf8');
    expect(committed).toBe(`${JSON.stringify(exportJsonSchema(), null, 2)}\n`);
  });

  it('names files by the export time', () => {
    expect(exportFileName(Date.UTC(2025, 4, 1, 12, 30, 0, 123), 'csv')).toBe('kyc-lens-export-2025-05-01T12-30-00Z.csv');
  });
});

describe('reports', () => {
  it('carry provenance: generator, time, hash, versions and URL of each snapshot', async () => {
    const s = await snap('aws', [field('email'), field('bday', { required: false })], 0, [vendor('onfido', 'identity-verification')]);
    const opts = { generatedAt: Date.UTC(2025, 0, 1), generator };
    for (const text of [reportMarkdown([s], opts), reportHtml([s], opts)]) {
      expect(text).toContain(s.id);
      expect(text).toContain('2025-01-01T00:00:00.000Z');
      expect(text).toContain(new Date(s.savedAt).toISOString());
      expect(text).toContain('test-1');
      expect(text).toContain('kyc-lens-extension');
      // The onfido frame asks for an identity document (categories-asked.ts).
      expect(text).toContain('Required: Email, Identity document. Optional: Date of birth.');
      expect(text).toContain('onfido');
      expect(text).toMatch(/not in force/);
    }
  });

  it('shows page texts literally in Markdown and HTML', async () => {
    const s = await snap('aws', [field('email', { label: '<img src=x onerror=alert(1)> | *bold* [x](http://e)' })]);
    const opts = { generatedAt: 0, generator };
    const md = reportMarkdown([s], opts);
    expect(md).toContain('\\<img src=x onerror=alert(1)\\> \\| \\*bold\\* \\[x\\](http://e)');
    const row = md.split('\n').find((l) => l.includes('img'))!;
    // Seven cells: the label's pipe did not make an eighth.
    expect(row.split(/(?<!\\)\|/).length - 2).toBe(7);
    const html = reportHtml([s], opts);
    expect(html).not.toContain('<img');
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
    expect(htmlText(`"'&`)).toBe('&#34;&#39;&#38;');
    expect(mdText('a\n\nb`c')).toBe('a b\\`c');
  });

  it('flags an incomplete (truncated) record', async () => {
    const s = await snapshotFromFlow({ ...flow('aws', [field('email')]), truncated: true }, meta());
    expect(reportMarkdown([s], { generatedAt: 0, generator })).toContain('- Incomplete record:');
    expect(reportHtml([s], { generatedAt: 0, generator })).toContain('<dt>Incomplete</dt>');
  });

  it('says so when a snapshot has no fields', async () => {
    const s = await snap('aws', []);
    expect(reportMarkdown([s], { generatedAt: 0, generator })).toContain('No form fields were recorded.');
  });
});
