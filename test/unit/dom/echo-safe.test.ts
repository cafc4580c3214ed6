// The echo-safe rule (src/dom/echo-safe.ts): text a page can fill from what a person types is never
// extracted. Each case puts a sentinel where a page would echo the input, next to page text that
// must still come through, on the CLI's DOM (linkedom) and on jsdom.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { ECHO_REGIONS, FirstSeenTexts } from '../../../src/dom/echo-safe.ts';
import { extractPage } from '../../../src/dom/extract.ts';
import { extract, field, page } from './helpers.ts';

const TYPED = 'typedsentinel42';

/** One signup form with the echo pattern `echo` placed among its fields. */
const form = (echo: string, fields = '<label for="email">Email address</label><input id="email" name="email">') =>
  `<h1>Create your account</h1><form action="/signup">${echo}${fields}<button type="submit">Create account</button></form>`;

const CASES: Record<string, string> = {
  'an <output> preview before the field': `<p><output>Your URL: https://${TYPED}.example.cloud</output></p>`,
  'a contenteditable box before the field': `<div contenteditable="true">${TYPED}</div>`,
  'a contenteditable="plaintext-only" box': `<div contenteditable="plaintext-only"><p>${TYPED}</p></div>`,
  'a polite live region': `<div aria-live="polite"><span>${TYPED} is available</span></div>`,
  'role=status': `<span role="status">Checking ${TYPED}…</span>`,
  'role=alert': `<div role="alert">${TYPED} is not a valid email</div>`,
  'role=log': `<div role="log">${TYPED}</div>`,
  'role=marquee': `<div role="marquee">${TYPED}</div>`,
  'role=timer': `<div role="timer">${TYPED}</div>`,
  'a role=textbox div': `<div role="textbox">${TYPED}</div>`,
  'a role=searchbox div': `<div role="searchbox">${TYPED}</div>`,
  'a spinbutton': `<div role="spinbutton">${TYPED}</div>`,
  'a slider': `<div role="slider">${TYPED}</div>`,
  'a combobox saying "No results"': `<div role="combobox"><span>No results for '${TYPED}'</span></div>`,
  'a listbox of suggestions': `<ul role="listbox"><li role="option">${TYPED}@gmail.com</li></ul>`,
  'a menu button showing the choice': `<button type="button" aria-haspopup="listbox">${TYPED}</button>`,
};

describe('text that may echo input is never read (linkedom, as the CLI reads pages)', () => {
  for (const [name, echo] of Object.entries(CASES)) {
    it(name, () => {
      const p = extract(form(echo));
      expect(JSON.stringify(p)).not.toContain(TYPED);
      // The page's own text still comes through.
      expect(field(p, 'email').labels).toEqual(['Email address']);
      expect(p.forms[0]!.buttons).toContain('Create account');
    });
  }

  for (const [name, echo] of Object.entries(CASES)) {
    it(`${name}, after the field: not read as the text after it`, () => {
      const p = extract(form('', `<label for="email">Email address</label><div><input id="email" name="email"></div>${echo}`));
      expect(JSON.stringify(p)).not.toContain(TYPED);
      expect(field(p, 'email').afterText).toBe('');
    });
  }

  it('a field after an echo region gets the text before that region, not the region', () => {
    const p = extract(form(`<span>Email address</span><output>${TYPED}</output>`, '<input name="email">'));
    expect(field(p, 'email').nearbyText).toBe('Email address');
  });

  it('a field inside a contenteditable region reads nothing around it', () => {
    const p = extract(`<form><div contenteditable>${TYPED} <input name="email"></div></form>`);
    expect(JSON.stringify(p)).not.toContain(TYPED);
  });

  it('an aria-describedby that names a live region or an aria-errormessage target is not read', () => {
    const p = extract(
      form(
        '',
        `<label for="email">Email</label><input id="email" name="email" aria-describedby="help live err" aria-errormessage="err">
         <span id="help">We send a code to this address</span><span id="live" aria-live="assertive">${TYPED}</span>
         <span id="err">${TYPED} is not a valid email</span>`,
      ),
    );
    expect(field(p, 'email').ariaDescribedBy).toBe('We send a code to this address');
    expect(JSON.stringify(p)).not.toContain(TYPED);
  });

  it('the description of a field marked aria-invalid is a validation message, not read', () => {
    const p = extract(
      form('', `<input name="email" aria-invalid="true" aria-describedby="msg"><span id="msg">'${TYPED}' is not a valid email</span>`),
    );
    expect(field(p, 'email').ariaDescribedBy).toBe('');
    expect(field(p, 'email').afterText).toBe('');
    expect(JSON.stringify(p)).not.toContain(TYPED);
    const valid = extract(form('', '<input name="email" aria-invalid="false" aria-describedby="msg"><span id="msg">Your work email</span>'));
    expect(field(valid, 'email').ariaDescribedBy).toBe('Your work email');
  });

  it("reads a select's option list, never which option is selected; never a datalist's options", () => {
    const p = extract(
      form(
        '',
        `<select name="country"><option>France</option><option selected>${TYPED}land</option></select>
         <input name="city" list="cities"><datalist id="cities"><option>${TYPED}ville</option><option value="${TYPED}"></option></datalist>`,
      ),
    );
    expect(field(p, 'country').options).toEqual(['France', `${TYPED}land`]); // the page's list, in page order
    expect(JSON.stringify(field(p, 'country'))).not.toMatch(/selected/i);
    expect(field(p, 'city').options).toEqual([]);
    expect(field(p, 'city').optionCount).toBe(0);
  });

  it('a page heading inside a live region is not read', () => {
    const p = extract(`<div role="status"><h1>Welcome ${TYPED}</h1></div><h2>Sign up</h2><form><input name="email"></form>`);
    expect(p.headings).toEqual(['Sign up']);
  });
});

describe('the same rule on jsdom, with what a page script writes after typing', () => {
  it('an <output> and a role=alert filled from the typed value are not read', () => {
    const dom = new JSDOM(
      form(
        '<output id="preview"></output>',
        '<label for="email">Email address</label><input id="email" name="email" aria-describedby="hint"><div role="alert" id="hint"></div>',
      ),
    );
    const doc = dom.window.document;
    (doc.getElementById('email') as HTMLInputElement).value = TYPED;
    doc.getElementById('preview')!.textContent = `Your URL: ${TYPED}`;
    doc.getElementById('hint')!.textContent = `${TYPED} is not valid`;
    const p = extractPage(doc, 'https://signup.example.com/join');
    expect(JSON.stringify(p)).not.toContain(TYPED);
    expect(field(p, 'email').labels).toEqual(['Email address']);
  });
});

describe('FirstSeenTexts: text that appears after the field was first seen is never adopted', () => {
  const html = form('', '<input id="email" name="email" aria-describedby="msg"><span id="msg">Use your work email</span>');

  it('keeps the description as first seen when the page later rewrites it', () => {
    const doc = page(html);
    const firstSeen = new FirstSeenTexts();
    const url = 'https://signup.example.com/join';
    expect(field(extractPage(doc, url, { firstSeen }), 'email').ariaDescribedBy).toBe('Use your work email');
    doc.getElementById('msg')!.textContent = `'${TYPED}' is not a valid email`;
    const later = extractPage(doc, url, { firstSeen });
    expect(field(later, 'email').ariaDescribedBy).toBe('Use your work email');
    expect(JSON.stringify(later)).not.toContain(TYPED);
    // Without the memory (the CLI reads a page once) the rewritten text would be read: the memory is what holds it back.
    expect(field(extractPage(doc, url), 'email').ariaDescribedBy).toContain(TYPED);
  });

  it('keeps an empty first description empty, and text inserted before the field out', () => {
    const doc = page(form('', '<div id="slot"></div><input id="email" name="email" aria-describedby="msg"><span id="msg"></span>'));
    const firstSeen = new FirstSeenTexts();
    const url = 'https://signup.example.com/join';
    extractPage(doc, url, { firstSeen });
    doc.getElementById('msg')!.textContent = `${TYPED} is taken`;
    doc.getElementById('slot')!.textContent = `${TYPED} is taken`;
    expect(JSON.stringify(extractPage(doc, url, { firstSeen }))).not.toContain(TYPED);
  });

  it('keeps the text after a field as first seen: a preview printed after the box is filled from the input', () => {
    const doc = page(form('', '<label for="app">App name</label><div><input id="app" name="app"></div><span id="preview">.example.cloud</span>'));
    const firstSeen = new FirstSeenTexts();
    const url = 'https://signup.example.com/join';
    expect(field(extractPage(doc, url, { firstSeen }), 'app').afterText).toBe('.example.cloud');
    doc.getElementById('preview')!.textContent = `${TYPED}.example.cloud`;
    const later = extractPage(doc, url, { firstSeen });
    expect(field(later, 'app').afterText).toBe('.example.cloud');
    expect(JSON.stringify(later)).not.toContain(TYPED);
    expect(field(extractPage(doc, url), 'app').afterText).toContain(TYPED);
  });

  it('keeps the page title as first seen: a single-page app back from a signed-in screen may not reset it', () => {
    const doc = page(html);
    doc.title = 'Sign up – Example Cloud';
    const firstSeen = new FirstSeenTexts();
    const url = 'https://signup.example.com/join';
    expect(extractPage(doc, url, { firstSeen }).title).toBe('Sign up – Example Cloud');
    doc.title = `New project – ${TYPED} – Example Cloud`;
    expect(extractPage(doc, url, { firstSeen }).title).toBe('Sign up – Example Cloud');
    expect(extractPage(doc, url).title).toContain(TYPED);
  });

  it('treats a field whose name changed as a new field (a wizard reusing one <input>)', () => {
    const doc = page(html);
    const firstSeen = new FirstSeenTexts();
    const url = 'https://signup.example.com/join';
    extractPage(doc, url, { firstSeen });
    const input = doc.getElementById('email')!;
    input.setAttribute('name', 'company');
    doc.getElementById('msg')!.textContent = 'The legal name of your company';
    expect(field(extractPage(doc, url, { firstSeen }), 'company').ariaDescribedBy).toBe('The legal name of your company');
  });
});

describe('the list is data', () => {
  it('every entry is a valid selector the DOM accepts', () => {
    const doc = page('<p></p>');
    for (const selector of ECHO_REGIONS) expect(() => doc.querySelectorAll(selector), selector).not.toThrow();
  });
});
