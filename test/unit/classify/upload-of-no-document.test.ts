// The `upload-of-no-document` context rule: a file box only its type=file calls an identity document,
// captioned with words that name no document ("Preuve d'achat", "Certificato medico", "صورة الفاتورة"),
// in a form that asks no identity number and is no identity check, takes some other paper.
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './probe-page.ts';

const form = (caption: string, extra = '') =>
  `<form><p><label for="n">Name</label><input id="n" name="n" type="text"></p><p><label for="e">E-mail</label><input id="e" name="e" type="email"></p>${extra}<p><label for="f">${caption}</label><input id="f" name="f" type="file"></p><button>OK</button></form>`;

describe('an upload no word calls an identity document', () => {
  it.each([
    ['fr', 'Preuve d’achat (facultatif)'],
    ['it', 'Certificato medico (PDF)'],
    ['ar', 'صورة الفاتورة'],
  ])('%s: "%s" is an attachment', (lang, caption) => expect(fieldsOf(lang, form(caption)).at(-1)!.fieldType).toBe('attachment'));
  it('an uncaptioned box keeps the identity-document reading', () => expect(fieldsOf('en', form('')).at(-1)!.fieldType).toBe('id-document-upload'));
  it('a box whose caption names a document stays one', () => expect(fieldsOf('en', form('Upload a photo of your ID')).at(-1)!.fieldType).toBe('id-document-upload'));
  it("a trade's proof of registration (Gewerbenachweis) is a business's identity document, as a business licence is", () =>
    expect(fieldsOf('de', form('Gewerbenachweis (PDF/JPG)')).at(-1)!.fieldType).toBe('id-document-upload'));
  it('beside a passport number the same box is left to the document rules', () => {
    const passport = '<p><label for="p">Passport number</label><input id="p" name="p" type="text"></p>';
    expect(fieldsOf('it', form('Certificato medico (PDF)', passport)).at(-1)!.fieldType).not.toBe('attachment');
  });
});
