// The names of national identity, tax and company numbers, worldwide. A number's name is the same
// word on a page in any language ("CPF" on an English checkout, "PESEL" in a Polish one, "Rodné
// číslo" where no Czech lexicon exists), so these match visible text and attribute names alike and
// never count as foreign (language-neutral, like the attribute vocabulary). A person's numbers are government-id types; an organization's tax and
// registration numbers are tax-id types. Names that are a person's or a company's depending on who
// fills the form (NIF, "tax number") are the person's here; context rules and the learned
// company-form weight move them to the company when the form is a company's. Short names that are
// everyday words elsewhere (EIN and "ein", NIE and Polish "nie", CUI and Italian "cui") are left to
// the attribute lexicon and the longer forms.
import type { Lexicon } from './types.ts';

export const nationalNumbers: Lexicon = {
  lang: 'xx',
  terms: {
    'national-id': [
      // Americas
      'cpf', 'número do cpf', 'curp', 'rut', 'rut run', 'run rut', 'cuil', 'cédula de ciudadanía', 'dui',
      // Europe
      'dni', 'dni nie', 'pesel', 'bsn', 'burgerservicenummer', 'personnummer', 'fødselsnummer', 'cpr nummer', 'cnp', 'cod numeric personal',
      'oib', 'egn', 'егн', 'единен граждански номер', 'rodné číslo', 'hetu', 'henkilötunnus', 'isikukood', 'asmens kodas', 'personas kods',
      'jmbg', 'emšo', 'amka', 'αμκα', 'ppsn', 'pps number', 'national insurance number', 'ni number',
      // Asia and Oceania
      'aadhaar', 'aadhaar number', 'aadhar', 'nric', 'nric fin', 'nric number', 'fin number', 'hkid', 'hkid number', 'hong kong identity card number', 'mykad', 'mykad number',
      'no kad pengenalan', 'nik', 'nomor induk kependudukan', 'ktp', 'snils', 'снилс', '身份证号码', '身份证号', '身份證號碼', 'マイナンバー', '個人番号', '주민등록번호', 'tc kimlik no', 'tckn',
      'emirates id', 'iqama', 'civil id',
    ],
    ssn: ['ssn', 'social security number', 'itin'],
    pan: ['pan number', 'pan card number', 'permanent account number'],
    'personal-tax-id': [
      'tfn', 'tax file number', 'ird number', 'ird', 'codice fiscale', 'steuer idnr', 'steueridentifikationsnummer', 'nif', 'rfc', 'inn', 'инн', 'іпн', 'rnokpp', 'рнокпп',
      'numéro fiscal de référence', 'personal tax number',
    ],
    'passport-number': [
      'passport number', 'passnummer', 'reisepassnummer', 'numéro de passeport', 'número de pasaporte', 'numero di passaporto', 'paspoortnummer', 'numer paszportu',
      'número do passaporte', '护照号码', '旅券番号', '여권번호', 'номер паспорта',
    ],
    'drivers-licence-number': [
      'driving licence number', 'driver license number', 'führerscheinnummer', 'numéro de permis de conduire', 'número de licencia de conducir', 'numero patente di guida',
      'rijbewijsnummer', 'numer prawa jazdy', 'número da cnh', 'cnh', '驾驶证号', '運転免許証番号', '운전면허번호',
    ],
    'vat-number': [
      'vat number', 'vat id', 'ust idnr', 'ust id nr', 'umsatzsteuer identifikationsnummer', 'tva intracommunautaire', 'numéro de tva', 'partita iva', 'btw nummer', 'btw',
      'employer identification number', 'gst hst', 'hst number', 'gst number', 'gstin', 'abn', 'cnpj', 'nip firmy', 'dič', 'ič dph', 'icdph', 'pib',
      'αφμ', 'a f m', 'adószám', 'cod fiscal', 'vkn', 'vergi no', 'mva nummer', 'momsnummer', 'alv numero', '统一社会信用代码', '纳税人识别号', '사업자등록번호',
      'company tax id', 'company tax number',
    ],
    'company-registration-number': [
      'company number', 'company registration number', 'companies house number', 'acn', 'kvk', 'kvk nummer', 'siren', 'siret', 'regon', 'krs', 'handelsregister',
      'handelsregisternummer', 'hrb', 'uen', 'ičo', 'y tunnus', 'cvr', 'org nr', 'organisationsnummer', 'огрн', 'єдрпоу', 'registro mercantil', 'numero rea',
      'unified social credit code', '营业执照号', '法人番号', '법인등록번호', 'duns', 'duns number',
    ],
  },
};
