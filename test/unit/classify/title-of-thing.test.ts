// Context rule title-of-thing: a salutation word followed by what it is the title of ("Title of your
// listing", "Titel deines Blogs") is no person's title; a title standing alone, with an aside in
// brackets, or beside the name stays the salutation.
import { describe, expect, it } from 'vitest';
import { classify, inSignup } from './probe-page.ts';

describe('title-of-thing', () => {
  it('the title of a listing, a blog or a site is no person’s title, in seven languages', () => {
    for (const [lang, caption] of [
      ['en', 'Title of your listing'],
      ['fr', 'Titre de votre blog'],
      ['es', 'Título de tu blog'],
      ['de', 'Titel deines Blogs'],
      ['it', 'Titolo del tuo blog'],
      ['nl', 'Titel van je blog'],
      ['pl', 'Tytuł Twojego bloga'],
    ] as const) {
      const f = inSignup(lang, caption);
      expect(f.category, `${lang} "${caption}" ${f.fieldType}`).not.toBe('name');
    }
  });

  it('a title standing alone, with an aside, or beside the name stays the salutation', () => {
    for (const [lang, caption] of [
      ['en', 'Title'],
      ['en', 'Your title'],
      ['en', 'Title (optional)'],
      ['en', 'Title - optional'],
      ['fr', 'Titre de civilité'],
      ['de', 'Anrede / Titel'],
      ['de', 'Titel (z. B. Dr.)'],
      ['cs', 'Titul před jménem'],
    ] as const) {
      const f = classify(lang, [{ caption }, { caption: 'First name', name: 'firstname' }, { caption: 'Last name', name: 'lastname' }], 'Save')[0]!;
      expect(f.fieldType, `${lang} "${caption}"`).toBe('honorific-prefix');
    }
  });

  it('a list of salutations is left to its options, whatever its caption adds', () => {
    const f = classify('en', [{ caption: 'Title of the account holder', options: ['Mr', 'Mrs', 'Ms', 'Dr'] }, { caption: 'First name', name: 'firstname' }], 'Save')[0]!;
    expect(f.fieldType).toBe('honorific-prefix');
  });
});
