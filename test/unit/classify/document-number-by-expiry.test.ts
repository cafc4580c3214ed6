// A bare "Numéro du document" right before "Date d'expiration", in a form about an identity document
// with no card in it, is the document's number: the card-number rule, which reads a bare number
// beside a card field as the card's, must not take an expiry date alone for a card.
// (The box id "docNum" gives the number a house-number vote, which the card-number rule used to turn into a card number.)
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './probe-page.ts';

const read = (lang: string, boxes: string) => fieldsOf(lang, `<form method="post">${boxes}<button type="submit">Envoyer</button></form>`, 'https://console.example.test/account/kyc');

describe('a document number beside its expiry date', () => {
  it('fr: the number after a document list and an issuing country, before the expiry, is the national ID', () => {
    const fields = read(
      'fr',
      `<label for="t">Type de document</label><select id="t" name="documentType"><option>Carte nationale d'identité</option><option>Passeport</option><option>Titre de séjour</option></select>
       <label for="p">Pays de délivrance</label><select id="p" name="issuingCountry"><option>France</option><option>Belgique</option></select>
       <label for="docNum">Numéro du document</label><input id="docNum" name="documentNumber">
       <label for="exp">Date d'expiration</label><input id="exp" name="expiryDate" type="date">
       <label for="r">Recto du document</label><input id="r" name="front" type="file">`,
    );
    expect(fields.map((f) => f.fieldType).slice(2, 4)).toEqual(['national-id', 'document-details']);
  });

  it('still reads a bare number between card fields as the card number', () => {
    const fields = read('en', `<label for="h">Name on card</label><input id="h" name="holder"><label for="n">Number</label><input id="n" name="number"><label for="e">Expiry date</label><input id="e" name="exp"><label for="c">CVC</label><input id="c" name="cvc">`);
    expect(fields[1]!.fieldType).toBe('cc-number');
  });
});
