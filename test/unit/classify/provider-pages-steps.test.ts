// The steps of cloud-provider signup and identity-verification flows (account name, contact, billing,
// phone and email codes, support plan, ID documents, enterprise papers, tenancy/project/region pickers,
// team invites, SSO; en, de, fr, ru, ko, zh, ja), modelled on providers.md and written for this project,
// run through the CLI's pipeline (parse → extract → classify) and checked against
// test/fixtures/provider-pages/expected.json: the kind of every form and the type of its key fields.
// One case per expectation, so a run counts them; the ones not met yet are listed as `open` with the
// reason and skipped, so the runner counts them too. (provider-pages.test.ts checks the flow fixtures.)
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseHtml } from '../../../src/cli/parse-html.ts';
import { classifyPage } from '../../../src/core/classify/index.ts';
import { FORM_KINDS } from '../../../src/core/report.ts';
import { FIELD_TYPES } from '../../../src/core/taxonomy/field-types.ts';
import { extractPage } from '../../../src/dom/extract.ts';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/provider-pages');

const fieldType = z.enum(FIELD_TYPES.map((t) => t.id) as [string, ...string[]]);
const Expected = z.strictObject({
  note: z.string(),
  pages: z.record(
    z.string(),
    z.strictObject({
      url: z.url(),
      forms: z
        .array(
          z.strictObject({
            in: z.string(),
            kind: z.enum(FORM_KINDS),
            fields: z.record(z.string(), fieldType),
            /** Expectations not met yet ("kind" or a field name), each with why: skipped, and counted by the runner as such. */
            open: z.record(z.string(), z.string()).optional(),
          }),
        )
        .min(1),
    }),
  ),
});

const expected = Expected.parse(JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')));

interface ReadForm {
  kind: string;
  /** Name and id attributes of its fields, for finding it. */
  keys: Set<string>;
  /** Field type by name attribute (the first field of that name). */
  types: Map<string, string>;
}

/** The page's forms as the CLI reads them, each with its fields' name and id attributes. */
function readPage(file: string, url: string): ReadForm[] {
  const doc = parseHtml(readFileSync(join(DIR, file), 'utf8'));
  return classifyPage(extractPage(doc, url)).forms.map((form) => {
    const keys = new Set<string>();
    const types = new Map<string, string>();
    for (const f of form.fields) {
      const el = doc.querySelector(f.selector);
      const name = el?.getAttribute('name') ?? '';
      const id = el?.getAttribute('id') ?? '';
      if (name) keys.add(name);
      if (id) keys.add(id);
      if (name && !types.has(name)) types.set(name, f.fieldType);
    }
    return { kind: form.kind, keys, types };
  });
}

const cache = new Map<string, ReadForm[]>();
const formsOf = (file: string): ReadForm[] => {
  let forms = cache.get(file);
  if (!forms) {
    forms = readPage(file, expected.pages[file]!.url);
    cache.set(file, forms);
  }
  return forms;
};
const formHolding = (file: string, key: string): ReadForm | undefined => formsOf(file).find((f) => f.keys.has(key));

describe('cloud-provider signup and verification steps, end to end (issue 19)', () => {
  for (const [file, page] of Object.entries(expected.pages)) {
    describe(file, () => {
      it('lists every form the page holds', () => {
        const listed = formsOf(file).filter((f) => page.forms.some((e) => f.keys.has(e.in)));
        expect(listed.length, 'a listed field found in no form, or two listed in one').toBe(page.forms.length);
        expect(formsOf(file).length, 'a form the manifest does not list').toBe(page.forms.length);
        for (const form of page.forms) for (const key of Object.keys(form.open ?? {})) expect(['kind', ...Object.keys(form.fields)], 'an open expectation names no expectation').toContain(key);
      });
      for (const form of page.forms) {
        const test = (key: string) => (form.open?.[key] ? it.skip : it);
        test('kind')(`form holding "${form.in}" is ${form.kind}`, () => {
          expect(formHolding(file, form.in)?.kind).toBe(form.kind);
        });
        for (const [name, type] of Object.entries(form.fields)) {
          test(name)(`form holding "${form.in}": ${name} is ${type}`, () => {
            expect(formHolding(file, form.in)?.types.get(name)).toBe(type);
          });
        }
      }
    });
  }
});
