// Whole fixture pages through the CLI's pipeline (parse → extract → classify), for the tests that
// check a folder of them against its expected.json: the kind of every form, found by a field's name
// or id, and either the type of its key fields (`describeFormPages`) or whether the page holds a
// signup form (`describeSignupPages`). One case per expectation, so a run counts them; the ones not
// met yet are listed as `open` with the reason and skipped, so the runner counts them too.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseHtml } from '../../../src/cli/parse-html.ts';
import { classifyPage } from '../../../src/core/classify/index.ts';
import { FORM_KINDS } from '../../../src/core/report.ts';
import { FIELD_TYPES } from '../../../src/core/taxonomy/field-types.ts';
import { extractPage } from '../../../src/dom/extract.ts';

export interface ReadForm {
  kind: string;
  /** Name and id attributes of its fields, for finding it. */
  keys: Set<string>;
  /** Field type by name attribute (the first field of that name). */
  types: Map<string, string>;
}

/** The forms of a folder's pages as the CLI reads them (read once per page). */
export function fixtureReader(dir: string): (file: string, url: string) => ReadForm[] {
  const cache = new Map<string, ReadForm[]>();
  return (file, url) => {
    let forms = cache.get(file);
    if (forms) return forms;
    const doc = parseHtml(readFileSync(join(dir, file), 'utf8'));
    forms = classifyPage(extractPage(doc, url)).forms.map((form) => {
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
    cache.set(file, forms);
    return forms;
  };
}

const fieldType = z.enum(FIELD_TYPES.map((t) => t.id) as [string, ...string[]]);
const FormPages = z.strictObject({
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

/** A folder of pages whose expected.json lists each form's kind and key field types. */
export function describeFormPages(title: string, dir: string): void {
  const expected = FormPages.parse(JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')));
  const read = fixtureReader(dir);
  describe(title, () => {
    for (const [file, page] of Object.entries(expected.pages)) {
      const formsOf = () => read(file, page.url);
      const formHolding = (key: string) => formsOf().find((f) => f.keys.has(key));
      describe(file, () => {
        it('lists every form the page holds', () => {
          const listed = formsOf().filter((f) => page.forms.some((e) => f.keys.has(e.in)));
          expect(listed.length, 'a listed field found in no form, or two listed in one').toBe(page.forms.length);
          expect(formsOf().length, 'a form the manifest does not list').toBe(page.forms.length);
          for (const form of page.forms) for (const key of Object.keys(form.open ?? {})) expect(['kind', ...Object.keys(form.fields)], 'an open expectation names no expectation').toContain(key);
        });
        for (const form of page.forms) {
          const test = (key: string) => (form.open?.[key] ? it.skip : it);
          test('kind')(`form holding "${form.in}" is ${form.kind}`, () => {
            expect(formHolding(form.in)?.kind).toBe(form.kind);
          });
          for (const [name, type] of Object.entries(form.fields)) {
            test(name)(`form holding "${form.in}": ${name} is ${type}`, () => {
              expect(formHolding(form.in)?.types.get(name)).toBe(type);
            });
          }
        }
      });
    }
  });
}

const SignupPages = z.strictObject({
  note: z.string(),
  pages: z.record(
    z.string(),
    z.strictObject({
      url: z.url(),
      /** Whether the page holds a signup form (some form's kind is signup). */
      signup: z.boolean(),
      /** Why the page-level expectation is not met yet: skipped, and counted by the runner as such. */
      signupOpen: z.string().optional(),
      forms: z
        .array(
          z.strictObject({
            in: z.string(),
            kind: z.enum(FORM_KINDS),
            /** Why the kind is not met yet. */
            open: z.string().optional(),
          }),
        )
        .min(1),
    }),
  ),
});

/**
 * A folder of pages whose expected.json lists each form's kind and whether the page holds a signup
 * form (issue 19's page-level reading: "is the create-account form read as signup / is a page
 * without one left alone").
 */
export function describeSignupPages(title: string, dir: string): void {
  const expected = SignupPages.parse(JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')));
  const read = fixtureReader(dir);
  describe(title, () => {
    for (const [file, page] of Object.entries(expected.pages)) {
      const formsOf = () => read(file, page.url);
      describe(file, () => {
        it('lists every form the page holds', () => {
          const listed = formsOf().filter((f) => page.forms.some((e) => f.keys.has(e.in)));
          expect(listed.length, 'a listed field found in no form, or two listed in one').toBe(page.forms.length);
          expect(formsOf().length, 'a form the manifest does not list').toBe(page.forms.length);
          expect(page.signup, 'the page-level expectation disagrees with the forms listed').toBe(page.forms.some((e) => e.kind === 'signup'));
        });
        (page.signupOpen ? it.skip : it)(page.signup ? 'holds a signup form read as signup' : 'has no form read as signup', () => {
          expect(formsOf().some((f) => f.kind === 'signup')).toBe(page.signup);
        });
        for (const form of page.forms) {
          (form.open ? it.skip : it)(`form holding "${form.in}" is ${form.kind}`, () => {
            expect(formsOf().find((f) => f.keys.has(form.in))?.kind).toBe(form.kind);
          });
        }
      });
    }
  });
}
