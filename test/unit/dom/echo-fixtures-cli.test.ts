// The hostile echo pages of the end-to-end test (test/e2e/fixtures/signup.heroku.com/privacy-echo/),
// run in jsdom with their scripts: a sentinel is typed into every field and editable region (input
// events, as a person's typing fires them), the page is saved as a browser's "save page" does (with
// the typed values written into value attributes, as SingleFile keeps them), and `kyc-lens analyze`
// reads the saved copy. No sentinel may come out, in any format.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { E2E_FIXTURES_DIR } from '../../e2e/harness/paths.ts';
import { ECHO_HOST, ECHO_PAGES } from '../../e2e/privacy-echo-checks.ts';
import { runCli } from '../cli/run-cli.ts';

/** Typed with every sentinel; it appears nowhere in the pages themselves. */
const TYPED_WORD = 'street';
const EDITABLE = 'input:not([type=hidden]):not([type=submit]), textarea, [contenteditable]:not([contenteditable=false])';

/**
 * Fields whose echo only the content script's memory can hold back: a message that changes after
 * typing with no mark of its own. A saved page is read once, so the CLI cannot tell it from help
 * text; those fields are left empty here (the e2e test types into them).
 */
const FIRST_SEEN_ONLY: Record<string, string[]> = { 'describedby-validation': ['#username'] };

/** Types a sentinel into every editable thing of the page and returns the saved copy and the sentinels. */
const source = (name: string) => readFileSync(join(E2E_FIXTURES_DIR, ECHO_HOST, 'privacy-echo', `${name}.html`), 'utf8');

function typedCopy(name: string): { html: string; typed: string[] } {
  const dom = new JSDOM(source(name), { runScripts: 'dangerously', url: `https://${ECHO_HOST}/privacy-echo/${name}` });
  const { document, Event } = dom.window;
  const typed: string[] = [];
  const skip = new Set((FIRST_SEEN_ONLY[name] ?? []).flatMap((s) => [...document.querySelectorAll(s)]));
  document.querySelectorAll(EDITABLE).forEach((el, i) => {
    if (skip.has(el)) return;
    const sentinel = `clisentinel${name.replace(/\W/g, '')}${i}x`;
    typed.push(sentinel);
    // A word the classifier knows and these pages never use: echoed text read as a caption would
    // show in a field's evidence (which may quote only the word it matched, not the sentinel).
    const words = `${sentinel} ${TYPED_WORD}`;
    if (el.hasAttribute('contenteditable')) el.textContent = words;
    else {
      const value = el.getAttribute('type') === 'email' ? `${sentinel}@example.com` : words;
      (el as HTMLInputElement).value = value;
      el.setAttribute('value', value);
    }
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
  const html = dom.serialize();
  dom.window.close();
  return { html, typed };
}

describe('kyc-lens analyze on saved copies of the echo pages', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kyc-echo-'));
  const all: string[] = [];
  for (const name of ECHO_PAGES) {
    const { html, typed } = typedCopy(name);
    writeFileSync(join(dir, `${name}.html`), html);
    all.push(...typed);
    it(`${name}: the saved copy holds the echoed sentinels (the page echoed them)`, () => {
      // Beyond the value attributes: the page's own text repeats what was typed.
      const text = new JSDOM(html).window.document.body.textContent ?? '';
      const options = [...new JSDOM(html).window.document.querySelectorAll('option')].map((o) => o.getAttribute('value') ?? '').join(' ');
      expect(typed.some((t) => `${text} ${options}`.includes(t))).toBe(true);
      expect(source(name).toLowerCase()).not.toContain(TYPED_WORD);
    });
  }

  for (const format of ['json', 'csv', 'table']) {
    it(`no sentinel in the ${format} output, and the page structure is there`, async () => {
      const { code, stdout } = await runCli(['analyze', dir, '--format', format, '--quiet', '--no-cache']);
      expect(code).toBe(0);
      expect(stdout).toContain(format === 'json' ? '"email"' : 'email');
      expect(all.filter((t) => stdout.includes(t))).toEqual([]);
      expect(stdout.toLowerCase()).not.toContain(TYPED_WORD);
    });
  }
});
