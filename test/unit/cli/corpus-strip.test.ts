// bench/corpus.ts: what the accuracy and speed benches feed the classifier.
import { describe, expect, it } from 'vitest';
import { ddgLabelCategories, ddgPageKind, firefoxLabelCategories, readCorpusLabels, stripCorpusLabels } from '../../../bench/corpus.ts';
import { parseHtml } from '../../../src/cli/parse-html.ts';

describe('stripCorpusLabels', () => {
  it('removes the label attributes and blanks values, leaving everything else', () => {
    const html = `<form data-ddg-inputtype="x"><input data-manual-scoring="emailAddress" value="a@b.c" name="e" autofill-information='{"x":1}'>
      <input type="submit" value="Sign up" data-manual-submit><input data-moz-autofill-type="tel" data-moz-autofill-inspect-id="7" data-fathom="f" VALUE=123>
      <textarea data-fathom="t">old text</textarea></form>`;
    expect(stripCorpusLabels(html)).toBe(`<form><input value="" name="e">
      <input type="submit" value="Sign up"><input value="">
      <textarea></textarea></form>`);
  });

  it('leaves comments and raw text alone and follows the tokenizer on odd attributes', () => {
    const html = '<!-- <input data-fathom=x> --><script>"<textarea data-fathom=1>"</script><title><textarea></title><!--><input "="" data-moz-autofill-type="email" title="a>b">';
    expect(stripCorpusLabels(html)).toBe('<!-- <input data-fathom=x> --><script>"<textarea data-fathom=1>"</script><title><textarea></title><!--><input "="" title="a>b">');
  });

  it('never changes the parsed tree', () => {
    const html = '<table><tr><td><input data-manual-scoring="phone" value=1><textarea data-fathom>a<b>c</b></textarea><p>x<input value="v" data-ddg-a>';
    const shape = (h: string) => [...parseHtml(h).querySelectorAll('*')].map((e) => e.localName).join();
    expect(shape(stripCorpusLabels(html))).toBe(shape(html));
  });
});

describe('corpus labels', () => {
  it('map ddg and firefox labels to categories as the corpus README says', () => {
    expect(ddgLabelCategories('firstName')).toEqual(['name']);
    expect(ddgLabelCategories('password.new')).toEqual(['credentials']);
    expect(ddgLabelCategories('username OR emailAddress')).toEqual(['credentials', 'email']);
    expect(ddgLabelCategories('unknown')).toBeNull();
    expect(firefoxLabelCategories('address-level2')).toEqual(['address']);
    expect(firefoxLabelCategories('tel-country-code')).toEqual(['phone']);
    expect(firefoxLabelCategories('cc-exp-month')).toEqual(['payment']);
    expect(firefoxLabelCategories('bday-year')).toEqual(['date-of-birth']);
    expect(firefoxLabelCategories('id-number')).toEqual(['government-id']);
    expect(firefoxLabelCategories('vat-number')).toEqual(['tax-id']);
    expect(firefoxLabelCategories('organization-title')).toEqual(['organization']);
    expect(firefoxLabelCategories('sex')).toEqual(['other']);
    expect(firefoxLabelCategories('nickname')).toBeNull();
    expect(ddgPageKind('/x/www_splunk_com_signup.html')).toBe('signup');
  });

  it('reads labels with selectors of the extractor\'s format', () => {
    const labels = readCorpusLabels('firefox-ai-training', '<form><input data-moz-autofill-type="email"><div><input data-moz-autofill-type="tel"></div></form>');
    expect(labels).toEqual([
      { selector: 'html > body > form > input', tag: 'input', raw: 'email', categories: ['email'] },
      { selector: 'html > body > form > div > input', tag: 'input', raw: 'tel', categories: ['phone'] },
    ]);
  });
});
