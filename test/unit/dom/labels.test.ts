import { describe, expect, it } from 'vitest';
import { extract, field, fields, page } from './helpers.ts';

describe('label association', () => {
  it('takes <label for> in document order and a wrapping label', () => {
    const p = extract(`<form>
      <label for="fn">First name</label><input id="fn" name="fn">
      <label>Last <b>name</b> <input name="ln"></label>
      <input id="late" name="late"><label for="late">Shown after</label>
      <label for="two">One</label><label for="two">Two</label><input id="two" name="two">
    </form>`);
    expect(field(p, 'fn').labels).toEqual(['First name']);
    expect(field(p, 'ln').labels).toEqual(['Last name']);
    expect(field(p, 'late').labels).toEqual(['Shown after']);
    expect(field(p, 'two').labels).toEqual(['One', 'Two']);
  });

  it('does not give a wrapping label with for= another field to the wrapped one', () => {
    const p = extract('<label for="other">Other <input name="inner"></label><input id="other" name="other">');
    expect(field(p, 'inner').labels).toEqual([]);
    expect(field(p, 'other').labels).toEqual(['Other']);
  });

  it('leaves the options of a select out of its wrapping label text', () => {
    const p = extract('<label>Country <select name="c"><option>France</option><option>Spain</option></select></label>');
    expect(field(p, 'c').labels).toEqual(['Country']);
    expect(field(p, 'c').options).toEqual(['France', 'Spain']);
  });

  it('reads aria-labelledby with several ids, in the order given, and aria-describedby', () => {
    const p = extract(`<span id="a">Billing</span><span id="b">postcode</span><p id="help">Five digits</p>
      <input name="zip" aria-labelledby="b  a missing" aria-describedby="help" aria-label="ZIP">`);
    const zip = field(p, 'zip');
    expect(zip.ariaLabelledBy).toBe('postcode Billing');
    expect(zip.ariaDescribedBy).toBe('Five digits');
    expect(zip.ariaLabel).toBe('ZIP');
  });

  it('keeps placeholder, title and attributes of a field with no label at all', () => {
    const p = extract('<input name="q1" placeholder="  Your   e-mail " title="Mail" autocomplete="email" inputmode="email" pattern=".+@.+" minlength="3" maxlength="80" required>');
    const f = field(p, 'q1');
    expect(f).toMatchObject({
      placeholder: 'Your e-mail',
      title: 'Mail',
      autocomplete: 'email',
      inputmode: 'email',
      pattern: '.+@.+',
      minLength: 3,
      maxLength: 80,
      required: true,
      labels: [],
      nearbyText: '',
      tag: 'input',
      type: 'text',
    });
  });

  it('reads the previous table cell as the nearby text', () => {
    const p = extract(`<table>
      <thead><tr><th>Item</th><th colspan="2">Contact details</th></tr></thead>
      <tr><th>Primary</th><td>Phone</td><td><input name="tel1"></td></tr>
    </table>
    <table><tr><td>Street</td><td><input name="street"></td></tr></table>`);
    expect(field(p, 'tel1').nearbyText).toBe('Phone');
    expect(field(p, 'street').nearbyText).toBe('Street');
  });

  it('reads wrapping labels and legends inside nested tables and grids, also when fields share their containers', () => {
    const p = extract(`<table><thead><tr><th>Outer A</th><th>Outer B</th></tr></thead>
      <tr><td><input name="outer"></td><td>
        <table><thead><tr><th>Inner 1</th><th>Inner 2</th></tr></thead><tr><td>x</td><td><input name="inner"></td></tr></table>
        <div role="grid"><div role="row"><span role="columnheader">G1</span><span role="columnheader">G2</span></div>
          <div role="row"><span role="gridcell">a</span><span role="gridcell"><label>Wrapped <input name="ingrid"></label></span></div></div>
      </td></tr></table>
      <fieldset><legend>Shared</legend><label>One <input name="a"></label><label>Two <input name="b"></label></fieldset>`);
    expect(field(p, 'ingrid').labels).toEqual(['Wrapped']);
    expect([field(p, 'a').labels, field(p, 'b').labels]).toEqual([['One'], ['Two']]);
    expect([field(p, 'a').legend, field(p, 'b').legend]).toEqual(['Shared', 'Shared']);
  });

  it('reads the legend of the closest fieldset and the heading before the field', () => {
    const p = extract(`<h1>Open an account</h1><form><h2>Billing address</h2>
      <fieldset><legend>Card holder</legend><fieldset><legend>Name on card</legend><input name="cc"></fieldset><input name="outer"></fieldset>
      <h3>Contact</h3><input name="mail"></form>`);
    expect(field(p, 'cc').legend).toBe('Name on card');
    expect(field(p, 'outer').legend).toBe('Card holder');
    expect(field(p, 'cc').heading).toBe('Billing address');
    expect(field(p, 'mail').heading).toBe('Contact');
    expect(p.forms[0]!.heading).toBe('Billing address');
  });

  it('takes preceding text from a caption sibling or a parent\'s sibling, never from another field', () => {
    const p = extract(`<form>
      <div><span>Date of birth</span><div><input name="dob"></div></div>
      <div>Postcode <input name="pc"></div>
      <div><div><label>Town</label><input name="town"></div><div><input name="after"></div></div>
    </form>`);
    expect(field(p, 'dob').nearbyText).toBe('Date of birth');
    expect(field(p, 'pc').nearbyText).toBe('Postcode');
    // The block before "after" holds the town field: its text is not taken for "after".
    expect(field(p, 'after').nearbyText).toBe('');
  });

  it('reads the floating label after a field that keeps a placeholder of spaces, and nothing after other fields', () => {
    const p = extract(`<form>
      <span class="wrap"><input name="phone" placeholder=" "><span class="label">Телефон*</span></span>
      <span class="wrap"><input name="mail" placeholder=" "><span class="label">E-mail</span></span>
      <div><input name="plain"><span>Shown after</span></div>
      <div><input name="hinted" placeholder=" "><p>We will use this address to send your receipt and order updates.</p></div>
      <div><input name="boxed" placeholder=" "><div><input name="other"></div></div>
    </form>`);
    expect(field(p, 'phone').nearbyText).toBe('Телефон*');
    expect(field(p, 'mail').nearbyText).toBe('E-mail');
    expect(field(p, 'plain').nearbyText).toBe('');
    // A long text after the field is a hint, and a sibling holding another field is that field's.
    expect(field(p, 'hinted').nearbyText).toBe('');
    expect(field(p, 'boxed').nearbyText).toBe('');
  });

  it('reads the short text printed after a field, out of the wrappers the field ends', () => {
    const p = extract(`<form>
      <div class="row"><div class="box"><input name="userId"></div><div class="gap"></div><div class="suffix">@yahoo.com</div></div>
      <div><input name="site"> .atlassian.net</div>
      <div><input name="weight"><span>kg</span></div>
      <div><input name="first"><input name="second"></div>
      <div><input name="hinted"><p>We will use this address to send your receipt and order updates.</p></div>
      <div><input id="news" name="news" type="checkbox"><label for="news">Send me news</label></div>
      <table><tr><td><input name="cell"></td></tr></table><p>After the table</p>
    </form>`);
    expect(field(p, 'userId').afterText).toBe('@yahoo.com');
    expect(field(p, 'site').afterText).toBe('.atlassian.net');
    expect(field(p, 'weight').afterText).toBe('kg');
    // The next box is what follows the first; a long text is a hint; a label for= is already the field's label.
    expect(field(p, 'first').afterText).toBe('');
    expect(field(p, 'hinted').afterText).toBe('');
    expect(field(p, 'news').afterText).toBe('');
    // A table cell is a boundary, as it is for the text before a field.
    expect(field(p, 'cell').afterText).toBe('');
    // Nothing after the last box of its row: the search does not run into the next row.
    expect(field(p, 'second').afterText).toBe('');
  });

  it('skips an empty label for another field (a validator\'s error slot) on the way to the caption', () => {
    const p = extract(`<form><label class="inputLabel">Name</label> <label id="name-error" class="error" for="name"></label> <input type="text" name="name">
      <label class="inputLabel">Email</label> <label id="email-error" class="error" for="email">Please enter your email</label> <input type="text" name="email"></form>`);
    expect(field(p, 'name').nearbyText).toBe('Name');
    // A label with text for another field still ends the search.
    expect(field(p, 'email').nearbyText).toBe('');
  });

  it('climbs the deep wrappers of component libraries to the caption above them (ant-design: seven levels)', () => {
    const p = extract(`<form>
      <div class="item"><div class="header">Password <a href="/forgot">Forgot password?</a></div>
        <div class="row"><div class="col"><div class="control"><div class="control-input"><div class="content"><span class="affix"><input type="password" name="pw"></span></div></div></div></div></div></div>
      <div class="item"><div class="row"><div class="col"><div class="control"><div class="control-input"><div class="content"><span class="affix"><input name="far"></span></div></div></div></div></div></div>
    </form>`);
    expect(field(p, 'pw').nearbyText).toBe('Password Forgot password?');
    // Nothing but another field's wrapper above: no caption borrowed from it.
    expect(field(p, 'far').nearbyText).toBe('');
  });

  it('associates labels inside the same shadow root, not across roots', () => {
    const doc = extractDocWithShadow();
    const p = extract(doc);
    const inner = fields(p).find((f) => f.name === 'inner')!;
    expect(inner.labels).toEqual(['Inside label']);
    expect(inner.inShadowRoot).toBe(true);
    const outer = fields(p).find((f) => f.name === 'outer')!;
    expect(outer.labels).toEqual(['Outside label']);
  });

  it('keeps markup written as text as text', () => {
    const p = extract('<label for="x">&lt;img src=x onerror=alert(1)&gt; Name</label><input id="x" name="x">');
    expect(field(p, 'x').labels).toEqual(['<img src=x onerror=alert(1)> Name']);
  });

  it('separates words across blocks but not inside inline markup', () => {
    const p = extract('<label for="v"><div>Vor<b>name</b></div><div>(required)</div></label><input id="v" name="v">');
    expect(field(p, 'v').labels).toEqual(['Vorname (required)']);
  });
});

function extractDocWithShadow(): Document {
  // The same id "x" in both trees: for= resolves inside its own root only.
  const d = page('<label for="x">Outside label</label><input id="x" name="outer"><div id="host"></div>');
  const root = d.getElementById('host')!.attachShadow({ mode: 'open' });
  root.innerHTML = '<label for="x">Inside label</label><input id="x" name="inner">';
  return d;
}
