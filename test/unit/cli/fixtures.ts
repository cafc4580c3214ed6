// Saved pages for the CLI tests, written to a temporary directory per test file.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PAGES: Record<string, string | Buffer> = {
  'signup.html': `<!doctype html><html lang="en"><head><title>Create your account</title>
    <link rel="canonical" href="https://portal.aws.amazon.com/billing/signup"></head><body>
    <h1>Sign up</h1>
    <form id="f"><label for="e">Email address</label><input id="e" name="email" type="email" value="prefilled@example.com">
      <label>Full name <input name="fullname" autocomplete="name"></label>
      <table><tr><td>Phone</td><td><input name="phone" type="tel"></td></tr></table>
      <input type="password" name="pw"><input type="password" name="pw2">
      <button>Create account</button></form>
    <input name="outside" placeholder="Company, Inc. \\"quoted\\"">
    <input form="f" name="late" aria-label="Country">
    <div><template shadowrootmode="open"><label>Postal code <input name="zip"></label></template></div>
    </body></html>`,
  'nested/login.htm': '<form><p><input name="user"><p><input type="password" name="pass"><form><input name="inner"></form></form>',
  'nested/deeper/malformed.html': '<table><input name="fostered"><tr><td><select name="c"><option>DE<option>FR</select><td><textarea name="t">x</textarea></table><div><span><input name="unclosed">',
  'nested/notes.txt': 'not a page',
  'empty.html': '',
  'binary.html': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
  'no-fields.html': '<html><body><h1>About us</h1><p>Nothing to fill in.</p></body></html>',
  'spacing.html': '<form><label> First <b>name</b> <i>here</i> <input name="a"> </label> <span> x </span> <div> <span>Vor</span><span> </span><span>name</span> <input name="b"></div>\n<p> <em>Post</em>\t<strong>code</strong> </p> <input name="c"></form>',
};

export function writePages(pages: Record<string, string | Buffer> = PAGES): string {
  const dir = mkdtempSync(join(tmpdir(), 'kyc-cli-'));
  for (const [name, content] of Object.entries(pages)) {
    const path = join(dir, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, content);
  }
  return dir;
}
