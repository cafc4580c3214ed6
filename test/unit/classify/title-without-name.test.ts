// Context rule title-without-name: a typed "Title" in a form that asks for no one's name (a post, a
// review, a ticket) is that text's title, no salutation; a salutation beside a name stays one.
import { describe, expect, it } from 'vitest';
import { classifyFields, labelled, select } from './factory.ts';

const textarea = (caption: string) => labelled(caption, { tag: 'textarea', type: 'textarea' });

describe('title-without-name', () => {
  it('a typed title in a post, a review or a ticket is no salutation', () => {
    for (const fields of [
      [labelled('Title'), textarea('Message')],
      [labelled('Nickname'), labelled('Title'), textarea('Review')],
      [labelled('Email', { type: 'email' }), labelled('Subject'), labelled('Titel'), textarea('Beschreibung')],
    ]) {
      const title = classifyFields(fields).find((f) => /^Tit/.test(f.label));
      expect(title!.category).not.toBe('name');
    }
  });

  it('a salutation beside a name stays one, typed or picked', () => {
    expect(classifyFields([labelled('Title'), labelled('First name'), labelled('Last name')])[0]!.fieldType).toBe('honorific-prefix');
    expect(classifyFields([select('Anrede', ['Bitte wählen', 'Herr', 'Frau']), labelled('E-Mail', { type: 'email' })])[0]!.fieldType).toBe('honorific-prefix');
  });
});
