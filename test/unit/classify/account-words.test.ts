// The general causes behind the account pages' misses (account-pages.test.ts), each checked on a small
// page of its own: a profile picture captioned by its bare word, a rewards card's number, a bank
// account's holder, and a marketplace's search placeholder.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src/cli/parse-html.ts';
import { classifyPage } from '../../../src/core/classify/index.ts';
import type { ClassifiedField } from '../../../src/core/report.ts';
import { extractPage } from '../../../src/dom/extract.ts';

/** The fields of a page made of `body` (forms inside it), in document order. */
function fieldsOf(lang: string, body: string): ClassifiedField[] {
  const html = `<!doctype html><html lang="${lang}"><head><title>Example</title></head><body>${body}</body></html>`;
  return classifyPage(extractPage(parseHtml(html), 'https://example.test/account')).forms.flatMap((f) => f.fields);
}
const row = (id: string, caption: string, type = 'text', extra = '') => `<p><label for="${id}">${caption}</label><input id="${id}" name="f${id}" type="${type}"${extra}></p>`;

describe('a picture on a profile is an attachment, not an identity document', () => {
  it.each([
    ['it', 'Foto', 'Nome visualizzato'],
    ['ru', 'Фотография:', 'Имя'],
    ['vi', 'Chọn ảnh', 'Tên'],
    ['vi', 'Ảnh đại diện', 'Tên'],
  ])('%s: "%s"', (lang, caption, nameCaption) => {
    const [, picture] = fieldsOf(lang, `<form>${row('1', nameCaption)}${row('2', caption, 'file')}<button>OK</button></form>`);
    expect(picture!.fieldType).toBe('attachment');
  });
  it('ru: a passport photo is still an identity document', () => {
    const [, scan] = fieldsOf('ru', `<form>${row('1', 'Имя')}${row('2', 'Фото паспорта', 'file')}<button>OK</button></form>`);
    expect(scan!.fieldType).toBe('id-document-upload');
  });
});

describe("a rewards card's number is a membership number, not a payment card", () => {
  it('en: "Rewards card number"', () => {
    const [card] = fieldsOf('en', `<form><h1>Link a rewards card</h1>${row('1', 'Rewards card number', 'text', ' inputmode="numeric" maxlength="13"')}${row('2', 'Date of birth')}<button>Link card</button></form>`);
    expect(card!.fieldType).toBe('reference-number');
  });
});

describe("a bank account's holder is the account's name, as a card's holder is", () => {
  it.each([
    ['id', 'Nama Pemilik Rekening', 'Nomor Rekening'],
    ['ko', '예금주', '계좌번호'],
  ])('%s: "%s"', (lang, holder, number) => {
    const fields = fieldsOf(lang, `<form>${row('1', number)}${row('2', holder)}<button>OK</button></form>`);
    expect(fields[1]!.fieldType).toBe('cc-name');
  });
});

describe("a marketplace's search box says what it finds", () => {
  it('vi: "Tìm sản phẩm, thương hiệu, và tên shop" is a search, not a shop name', () => {
    const [box] = fieldsOf('vi', '<form action="/search"><input type="text" name="keyword" placeholder="Tìm sản phẩm, thương hiệu, và tên shop"><button>Tìm kiếm</button></form>');
    expect(box!.fieldType).toBe('search');
  });
});
