// The real pipeline (parse → extract → classify) over the project's static provider fixture pages
// (Hetzner's signup is one page per step, in German), checked against the step expectations the
// fixtures carry (test/fixtures/flows/hetzner/expected.json).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src/cli/parse-html.ts';
import { classifyPage } from '../../../src/core/classify/index.ts';
import { IDENTITY_CATEGORIES } from '../../../src/core/taxonomy/categories.ts';
import { extractPage } from '../../../src/dom/extract.ts';
import { expectedFlow, FLOWS_DIR } from '../../fixtures/flows/schema.ts';

const SITE = join(FLOWS_DIR, 'hetzner', 'accounts.hetzner.com');
const PAGES: Record<string, { file: string; kind: string }> = {
  Registrierung: { file: 'signUp/index.html', kind: 'signup' },
  Kontodaten: { file: 'signUp/konto/index.html', kind: 'signup' },
  'Adresse und Kontakt': { file: 'signUp/adresse/index.html', kind: 'profile' },
  Zahlungsmethode: { file: 'signUp/zahlung/index.html', kind: 'checkout' },
  Verifizierung: { file: 'verification/index.html', kind: 'identity-verification' },
};

describe('Hetzner signup pages (German), end to end', () => {
  const flow = expectedFlow('hetzner');

  it.each(flow.steps.map((s) => [s.heading, s] as const))('step "%s"', (heading, step) => {
    const page = PAGES[heading];
    expect(page, `no page mapped for step ${heading}`).toBeDefined();
    const url = `https://accounts.hetzner.com/${page!.file.replace(/index\.html$/, '')}`;
    const analysis = classifyPage(extractPage(parseHtml(readFileSync(join(SITE, page!.file), 'utf8')), url));
    const fields = analysis.forms.flatMap((f) => f.fields);
    const categories = new Set(fields.map((f) => f.category).filter((c) => IDENTITY_CATEGORIES.includes(c)));
    for (const c of step.categories) expect(categories, `${heading}: ${c}`).toContain(c);
    for (const c of categories) expect([...step.categories, ...step.optionalCategories], `${heading}: unexpected ${c}`).toContain(c);
    const types = fields.map((f) => f.fieldType);
    for (const t of step.fieldTypes) expect(types).toContain(t);
    expect(analysis.forms.map((f) => f.kind)).toContain(page!.kind);
    for (const f of fields) if (f.category !== 'other') expect(f.evidence.length).toBeGreaterThan(0);
  });
});
