// The numbers everyday services ask for beside a person's data (issue 19, held-out set 1): a meter,
// supply point, vehicle, patient, employee or policy number is the service's own reference, not an
// identity or tax number; and the identity and tax numbers these forms do ask for (the NHS number, a
// Mexican voter key, an Indonesian family card, the German tax ID) read as the person's. Each box is
// captioned in its page's language between neutral boxes (a name and an email named by attributes).
import { describe, expect, it } from 'vitest';
import { classify } from './probe-page.ts';

const probe = (lang: string, caption: string, type = 'text') =>
  classify(lang, [{ caption: '', name: 'fullname' }, { caption, type }, { caption: '', name: 'email', type: 'email' }], 'OK')[1]!;

const CASES: [lang: string, caption: string, expected: string][] = [
  // Utility supply points and meters
  ['en', 'Electricity MPAN (the 13-digit supply number)', 'reference-number'],
  ['en', 'Gas MPRN', 'reference-number'],
  ['es', 'CUPS', 'reference-number'],
  ['fr', 'Numéro de PDL (Point de livraison, 14 chiffres)', 'reference-number'],
  ['it', 'Codice POD (luce)', 'reference-number'],
  ['it', 'Codice PDR (gas)', 'reference-number'],
  ['de', 'Marktlokations-ID', 'reference-number'],
  // Vehicles, policies, patients and staff
  ['en', 'Car registration number', 'reference-number'],
  ['en', 'Vehicle identification number (VIN)', 'reference-number'],
  ['de', 'Fahrzeug-Identifizierungsnummer (FIN)', 'reference-number'],
  ['de', 'Herstellerschlüsselnummer (HSN)', 'reference-number'],
  ['de', 'Versicherungsscheinnummer beim Vorversicherer', 'reference-number'],
  ['en', 'Medical record number (MRN)', 'reference-number'],
  ['en', 'Employee ID', 'reference-number'],
  ['de', 'Personalnummer', 'reference-number'],
  ['ja', '診察券番号（再診の方）', 'reference-number'],
  ['en', 'Fund USI (Unique Superannuation Identifier)', 'reference-number'],
  ['en', 'Renewal notice number (optional)', 'reference-number'],
  ['ru', 'Госномер', 'reference-number'],
  ['ru', 'Серия и номер СТС', 'reference-number'],
  ['id', 'NISN', 'reference-number'],
  ['tr', 'Aday numarası', 'reference-number'],
  ['pl', 'Numer VIN', 'reference-number'],
  ['es', 'Matrícula', 'reference-number'],
  ['es', 'Número de póliza actual', 'reference-number'],
  ['tr', 'Tesisat numarası', 'reference-number'],
  ['tr', 'Sayaç seri numarası', 'reference-number'],
  ['pt', 'Número da instalação', 'reference-number'],
  ['en', 'Consumer number of a nearby connection', 'reference-number'],
  // A person's identity and tax numbers
  ['en', 'NHS number (if known)', 'national-id'],
  ['es', 'Clave de elector (INE)', 'national-id'],
  ['id', 'Nomor Kartu Keluarga (KK)', 'national-id'],
  ['de', 'Steuerliche Identifikationsnummer', 'personal-tax-id'],
  ['es', 'Número de soporte (IDESP / IXESP)', 'national-id'],
  ['ja', '保険証の記号・番号', 'national-id'],
  ['en', 'Medicare card number', 'national-id'],
];

describe("a service's own numbers and a person's identity numbers", () => {
  for (const [lang, caption, expected] of CASES) {
    it(`${lang}: "${caption}" is ${expected}`, () => {
      const f = probe(lang, caption);
      expect(f.fieldType, f.evidence.join('; ')).toBe(expected);
    });
  }
});

describe('the dates a service form asks for besides a birth date', () => {
  const dates: [string, string][] = [
    ['fr', "Date d'emménagement"],
    ['de', 'Versicherungsbeginn'],
    ['de', 'Vertragsbeginn'],
    ['es', 'Fecha preferida de instalación'],
    ['ja', 'ご希望日'],
    ['pl', 'Abonament ważny od'],
    ['fr', "Date d'effet souhaitée"],
    ['pt', 'Data da mudança'],
  ];
  for (const [lang, caption] of dates) {
    it(`${lang}: "${caption}" is no birth date`, () => {
      const f = probe(lang, caption, 'date');
      expect(f.fieldType, f.evidence.join('; ')).toBe('other-date');
    });
  }
  it('de: "Erstzulassung" (MM.JJJJ) is no card expiry', () => {
    const f = classify('de', [{ caption: '', name: 'fullname' }, { caption: 'Erstzulassung' }], 'Beitrag berechnen')[1]!;
    expect(f.fieldType, f.evidence.join('; ')).toBe('other-date');
  });
});

describe('the other captions of service forms', () => {
  const cases: [string, string, string, string?][] = [
    ['en', 'Town and country of birth', 'place-of-birth'],
    ['es', 'Entidad de nacimiento', 'place-of-birth'],
    ['tr', 'İletişim numarası', 'tel'],
    ['en', 'I certify that the information above is true and correct.', 'consent', 'checkbox'],
    ['de', 'Ich ermächtige FitWerk, Zahlungen von meinem Konto mittels Lastschrift einzuziehen.', 'consent', 'checkbox'],
    ['pl', 'Oświadczam, że dane są zgodne z prawdą.', 'consent', 'checkbox'],
    ['pl', 'Skan dowodu rejestracyjnego', 'attachment', 'file'],
    ['pt', 'Contrato de locação ou escritura do imóvel', 'proof-of-address', 'file'],
    ['en', 'Proof of ownership / occupancy of premises', 'proof-of-address', 'file'],
    ['es', 'CBU para el débito automático', 'bank-account-number'],
    ['es', 'Actividad principal', 'industry'],
    ['es', 'Apellido y nombre', 'name'],
  ];
  for (const [lang, caption, expected, type] of cases) {
    it(`${lang}: "${caption}" is ${expected}`, () => {
      const f = probe(lang, caption, type);
      expect(f.fieldType, f.evidence.join('; ')).toBe(expected);
    });
  }
});
