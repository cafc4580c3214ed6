import { describe, expect, it, vi } from 'vitest';
import { extractPage, extractPageSliced, extractPageSteps } from '../../../src/dom/extract.ts';
import { extract, field, fields, page } from './helpers.ts';

describe('forms', () => {
  it('groups by form, follows form= and puts the rest in one group with a null selector', () => {
    const p = extract(`<input name="search" aria-label="Search">
      <form id="signup"><input name="email"></form>
      <input name="late" form="signup"><input name="stray" form="nope">
      <form><input name="code"></form>`);
    expect(p.forms.map((f) => [f.selector, f.fields.map((x) => x.name)])).toEqual([
      [null, ['search', 'stray']],
      ['html > body > form:nth-of-type(1)', ['email', 'late']],
      ['html > body > form:nth-of-type(2)', ['code']],
    ]);
  });

  it('lists every candidate field and skips hidden, submit, button, image and reset inputs', () => {
    const p = extract(`<form><input><input type="hidden"><input type="submit"><input type="button"><input type="image"><input type="reset">
      <input type="file" accept="image/*,.pdf" name="doc"><input type="checkbox" name="c"><input type="radio" name="r"><select multiple name="m"></select><textarea name="t"></textarea></form>`);
    expect(fields(p).map((f) => `${f.tag}:${f.type}`)).toEqual(['input:text', 'input:file', 'input:checkbox', 'input:radio', 'select:select-multiple', 'textarea:textarea']);
    expect(field(p, 'doc').accept).toBe('image/*,.pdf');
  });

  it('collects button captions, submit buttons first, from text, value, alt, ARIA and role=button', () => {
    const p = extract(`<form action="/register">
      <input name="e">
      <button type="button">Show password</button>
      <span id="cap">Create your account</span>
      <input type="submit" aria-labelledby="cap">
      <input type="image" alt="Go">
      <div role="button" aria-label="Sign up with Google"></div>
      <button><svg><title>icon</title></svg>Continue</button>
    </form>`);
    expect(p.forms[0]!.buttons).toEqual(['Create your account', 'Go', 'Continue', 'Show password', 'Sign up with Google']);
    expect(p.forms[0]!.submitButtons).toBe(3);
    expect(p.forms[0]!.action).toBe('/register');
  });

  it('counts the submit buttons: a type=button mode switch is not one, a button without a type in a form is', () => {
    const p = extract(`<form><input name="e"><input name="p" type="password">
      <button type="button">Sign Up</button><button type="submit">Log In</button></form>
      <form><input name="q"><button>Search</button><button type="reset">Clear</button></form>
      <form><input name="n"><a role="button" href="/x">Next</a></form>`);
    expect(p.forms.map((f) => [f.buttons, f.submitButtons])).toEqual([
      [['Log In', 'Sign Up'], 1],
      [['Search', 'Clear'], 1],
      [['Next'], 0],
    ]);
  });

  it('reads the names a developer gave the form (id, name, class); the formless group has none', () => {
    const p = extract(`<form id="login-form" name="auth" class="box  wide"><input name="e"></form><form><input name="f"></form><div><input name="g"></div>`);
    expect(p.forms.map((f) => f.names)).toEqual(['login-form auth box wide', '', '']);
  });

  it('outside any form only an explicit type=submit counts as a submit button', () => {
    const p = extract(`<div><input name="e"><input name="p" type="password"><button>Sign in</button><button type="submit">Create account</button></div>`);
    expect(p.forms[0]).toMatchObject({ selector: null, buttons: ['Create account', 'Sign in'], submitButtons: 1 });
  });

  it('gives the formless group only the buttons that sit with its fields', () => {
    const p = extract(`<nav><button>Accept cookies</button></nav>
      <main><div class="signup"><h2>Join</h2><input name="email"><input name="pw" type="password"><button>Sign up</button></div></main>`);
    expect(p.forms).toHaveLength(1);
    expect(p.forms[0]).toMatchObject({ selector: null, buttons: ['Sign up'], heading: 'Join' });
  });

  it('leaves out buttons that come before every field of their form: they are not its action', () => {
    const p = extract(`<form><div><button>Sign up with Google</button></div><p>Already a user? <button>Sign in</button></p>
      <div><input name="email" type="email"></div><div><input name="pw" type="password"></div><div><button>Create account</button></div></form>
      <form><div class="prompt"><button class="link">Log in</button> for a faster experience.</div><div><input name="first"></div></form>`);
    expect(p.forms.map((f) => [f.buttons, f.submitButtons])).toEqual([
      [['Create account'], 1],
      [[], 0],
    ]);
  });

  it('finds the formless group\'s button in a footer beside its fields (a script-driven dialog), but not across the page', () => {
    const p = extract(`<nav><button>Accept cookies</button></nav>
      <main><div class="modal"><div class="body"><div class="fields"><input name="name"><input name="email" type="email"></div></div>
      <div class="footer"><div><button type="button">Next</button></div></div></div></main>`);
    expect(p.forms[0]).toMatchObject({ selector: null, buttons: ['Next'], submitButtons: 0 });
    // A close button above the fields does not widen the search past the dialog's own footer.
    const r = extract(`<main><section><button>Menu</button><div class="modal"><div class="body"><button>Close</button><div><input name="e" type="email"></div></div>
      <div class="footer"><button type="button">Continue</button></div></div></section></main>`);
    expect(r.forms[0]!.buttons).toEqual(['Continue']);
    // With no button anywhere near, none is borrowed from the page's navigation.
    const q = extract(`<nav><button>Accept cookies</button></nav><main><section><div><div><input name="email"></div></div></section></main>`);
    expect(q.forms[0]!.buttons).toEqual([]);
  });

  it('names a form by the heading inside it, else the heading before it', () => {
    const p = extract('<h1>Welcome</h1><form><input name="a"></form><h2>Ignored</h2><form><h3>Verify your phone</h3><input name="b"></form>');
    expect(p.forms.map((f) => f.heading)).toEqual(['Welcome', 'Verify your phone']);
  });
});

describe('visibility hints', () => {
  it('reads the hidden attribute, aria-hidden, inline styles, ancestors and closed details', () => {
    const p = extract(`<input name="shown">
      <input name="h1" hidden><div style="display: none"><input name="h2"></div>
      <div aria-hidden="true"><input name="h3"></div><p style="color:red;visibility:hidden"><input name="h4"></p>
      <details><summary><input name="summary"></summary><input name="h5"></details>
      <details open><input name="open"></details>`);
    const visible = Object.fromEntries(fields(p).map((f) => [f.name, f.visible]));
    expect(visible).toEqual({ shown: true, h1: false, h2: false, h3: false, h4: false, summary: true, h5: false, open: true });
  });

  it('asks checkVisibility only when told to', () => {
    const doc = page('<input name="a">');
    const input = doc.querySelector('input') as HTMLInputElement & { checkVisibility?: () => boolean };
    input.checkVisibility = vi.fn(() => false);
    expect(fields(extractPage(doc, ''))[0]!.visible).toBe(true);
    expect(input.checkVisibility).not.toHaveBeenCalled();
    expect(fields(extractPage(doc, '', { checkVisibility: true }))[0]!.visible).toBe(false);
  });
});

describe('page level', () => {
  it('reads title, lang, h1/h2 and the origins of frames and cross-origin scripts', () => {
    const doc = page(`<html lang="de-DE"><head><title> Konto   erstellen </title>
      <script src="/app.js"></script><script src="https://js.stripe.com/v3/"></script><script src="https://js.stripe.com/v3/other.js"></script></head>
      <body><h1>Registrieren</h1><h3>not a page heading</h3><h2>Schritt 1</h2>
      <iframe src="https://verify.onfido.com/x"></iframe><iframe src="about:blank"></iframe><iframe src="/local"></iframe></body></html>`);
    const p = extractPage(doc, 'https://signup.example.com/join');
    expect(p).toMatchObject({
      url: 'https://signup.example.com/join',
      title: 'Konto erstellen',
      lang: 'de-DE',
      headings: ['Registrieren', 'Schritt 1'],
      frameOrigins: ['https://verify.onfido.com', 'https://signup.example.com'],
      scriptOrigins: ['https://js.stripe.com'],
      forms: [],
    });
  });

  it('resolves script addresses as the URL parser does: relative, protocol-relative, odd but absolute, not http', () => {
    const srcs = ['app.js', '//cdn-a.example/x.js', ' https://cdn-b.example/y.js', 'ht&#9;tps://cdn-c.example/z.js', 'https:cdn-d.example/q.js', 'javascript:void(0)', 'data:text/javascript,1', 'https://[bad/'];
    const doc = page(`<html><head>${srcs.map((s) => `<script src="${s}"></script>`).join('')}</head><body></body></html>`);
    expect(extractPage(doc, 'https://signup.example.com/join').scriptOrigins).toEqual(['https://cdn-a.example', 'https://cdn-b.example', 'https://cdn-c.example', 'https://cdn-d.example']);
    // Without a page address to resolve against, only absolute addresses count.
    expect(extractPage(doc, '').scriptOrigins).toEqual(['https://cdn-b.example', 'https://cdn-c.example', 'https://cdn-d.example']);
  });
});

describe('time slicing', () => {
  const big = `<form>${Array.from({ length: 400 }, (_, i) => `<div><label for="i${i}">Field ${i}</label><input id="i${i}"></div>`).join('')}</form>`;

  it('the generator pauses many times and ends with the same result as extractPage', () => {
    const doc = page(big);
    const steps = extractPageSteps(doc, 'u');
    let pauses = 0;
    let r = steps.next();
    while (!r.done) {
      pauses++;
      r = steps.next();
    }
    expect(pauses).toBeGreaterThan(20);
    expect(r.value).toEqual(extractPage(doc, 'u'));
  });

  it('extractPageSliced yields whenever the time budget is spent', async () => {
    const doc = page(big);
    let clock = 0;
    let yields = 0;
    const result = await extractPageSliced(doc, 'u', {}, {
      budgetMs: 5,
      now: () => (clock += 1),
      yieldFn: async () => {
        yields++;
      },
    });
    expect(yields).toBeGreaterThan(5);
    expect(result).toEqual(extractPage(doc, 'u'));
  });
});

describe('page title', () => {
  it('ignores the <title> of an SVG icon', () => {
    expect(extractPage(page('<body><svg><title>Plus Icon</title></svg><input name="a"></body>'), '').title).toBe('');
    expect(extractPage(page('<svg><title>Icon</title></svg><title>Real</title>'), '').title).toBe('Real');
  });
});
