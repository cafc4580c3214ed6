// Context rule search-form-box: the only typed box of a form read as a search, when it names
// nothing else (`palavra`, a word no lexicon holds), is the query.
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './probe-page.ts';

describe('context rule search-form-box', () => {
  it('an unnamed box of a search form is the search query', () => {
    const [box] = fieldsOf('pt-BR', '<form name="busca" action="/busca.asp" method="get"><input type="text" name="palavra" size="30"><input type="submit" value="Buscar"></form>');
    expect(box?.fieldType).toBe('search');
  });

  it('a box that names an address part keeps it', () => {
    const [box] = fieldsOf('en', '<form action="/stores" method="get"><label for="z">ZIP code</label><input id="z" name="zip"><button>Search</button></form>');
    expect(box?.fieldType).toBe('postal-code');
  });
});
