// An identity document's dates and issuer: "Expiry date" in a form about a passport and no card is
// the passport's, not a card's; "Date of issue", "Issuing country", "Кем выдан" name the document's details.
import { describe, expect, it } from 'vitest';
import { CONTEXT_RULES } from '../../../src/core/classify/context.ts';
import { classifyFields, field, labelled, select } from './factory.ts';

const date = (label: string) => labelled(label, { type: 'date' });
const documents = (label: string) => select(label, ['Passport', 'National ID card', "Driver's licence"]);

describe('document-dates rule', () => {
  it('is registered, after the document number rule', () => {
    const ids = CONTEXT_RULES.map((r) => r.id);
    expect(ids.indexOf('document-dates')).toBeGreaterThan(ids.indexOf('document-number'));
  });

  const kyc: [string, string, ReturnType<typeof field>[]][] = [
    ['en', 'a passport number', [labelled('First name'), labelled('Last name'), labelled('Passport number'), date('Expiry date')]],
    ['en', 'a document list and its number', [labelled('Full name'), documents('Document type'), labelled('Document number'), labelled('Valid until')]],
    ['de', 'an ID card number', [labelled('Vorname'), labelled('Nachname'), labelled('Ausweisnummer'), labelled('Gültig bis')]],
    ['es', 'a document list', [labelled('Nombre'), labelled('Apellidos'), documents('Tipo de documento'), labelled('Número de documento'), labelled('Fecha de caducidad')]],
    ['fr', 'an ID scan', [labelled('Prénom'), labelled('Nom'), field({ type: 'file', labels: ["Photo de votre pièce d'identité"] }), labelled("Date d'expiration")]],
  ];
  it("es: a month/year box captioned as a car's first registration, beside a person's NIF, stays that date", () => {
    const fields = classifyFields([labelled('Matrícula'), labelled('Fecha de primera matriculación', { placeholder: 'mm/aaaa' }), labelled('NIF / NIE del tomador'), labelled('Fecha de nacimiento')]);
    expect(fields[1]!.fieldType).toBe('other-date');
  });

  for (const [lang, what, fields] of kyc) {
    it(`${lang}: the expiry date beside ${what}, with no card, is the document's`, () => {
      const last = classifyFields(fields).at(-1)!;
      expect(last.fieldType).toBe('document-details');
      expect(last.category).toBe('government-id');
    });
  }

  it('leaves a card expiry alone where the form asks for the card', () => {
    const fields = classifyFields([labelled('Passport number'), labelled('Card number'), labelled('Expiry date'), labelled('CVC')]);
    expect(fields[2]!.category).toBe('payment');
  });

  it('leaves an expiry alone whose own words name the card', () => {
    const fields = classifyFields([labelled('ID number'), labelled('Card expiry date')]);
    expect(fields[1]!.category).toBe('payment');
  });

  it('leaves an expiry alone in a form about no document (the card number sits in a payment frame)', () => {
    const fields = classifyFields([labelled('Name on card'), labelled('Expiry date'), labelled('Postal code')]);
    expect(fields[1]!.category).toBe('payment');
  });
});

describe("an identity document's details, by name", () => {
  const cases: [string, string][] = [
    ['en', 'Date of issue'],
    ['en', 'Issuing country'],
    ['en', 'Passport expiry date'],
    ['de', 'Ausstellende Behörde'],
    ['fr', 'Date de délivrance'],
    ['es', 'Fecha de expedición'],
    ['it', 'Data di rilascio'],
    ['pt', 'Órgão emissor'],
    ['nl', 'Datum van afgifte'],
    ['pl', 'Organ wydający'],
    ['ru', 'Кем выдан'],
    ['ja', '発行日'],
    ['zh', '签发机关'],
    ['ko', '발급일자'],
    ['tr', 'Veriliş tarihi'],
  ];
  for (const [lang, label] of cases) {
    it(`${lang}: "${label}" beside a document number is the document's detail`, () => {
      const fields = classifyFields([labelled('First name'), labelled('Last name'), labelled('ID number'), labelled(label)]);
      expect(fields[3]!.fieldType).toBe('document-details');
    });
  }
});
