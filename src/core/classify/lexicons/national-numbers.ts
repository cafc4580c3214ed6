// The names of national identity, tax and company numbers, worldwide. A number's name is the same
// word on a page in any language ("CPF" on an English checkout, "PESEL" in a Polish one, "Rodné
// číslo" where no Czech lexicon exists), so these match visible text and attribute names alike and
// never count as foreign (language-neutral, like the attribute vocabulary). A person's numbers are
// government-id types; an organization's tax and registration numbers are tax-id types. Names that
// are a person's or a company's depending on who fills the form (NIF, INN, RUC, NPWP, "tax number")
// are `personal-tax-id` here; the context rules (rules/tax-owner.ts, rules/person-number.ts) move
// them to the company when the form is a company's. Short names that are everyday words elsewhere
// (EIN and German "ein", NIE and Polish "nie", CUI and Italian "cui", INN and Norwegian "inn", IRD and
// Hungarian "írd", NID and Drupal's node id) are left to the attribute lexicon or to their longer forms.
import type { Lexicon } from './types.ts';

export const nationalNumbers: Lexicon = {
  lang: 'xx',
  terms: {
    'national-id': [
      // Americas
      'cpf', 'número do cpf', 'registro geral', 'número do rg', 'curp', 'rut run', 'run rut', 'cuil', 'cédula de ciudadanía', 'cédula de identidad', 'c i', 'dui',
      'documento nacional de identidad', 'numéro d assurance sociale', 'social insurance number',
      // Europe
      'dni', 'dni nie', 'nie dni', 'nif nie', 'nie nif', 'cédula ruc', 'cédula o ruc', 'pesel', 'numer pesel', 'bsn', 'burgerservicenummer', 'personnummer', 'fødselsnummer', 'cpr nummer', 'cpr nr', 'cnp', 'cod numeric personal',
      'egn', 'егн', 'единен граждански номер', 'rodné číslo', 'hetu', 'henkilötunnus', 'isikukood', 'asmens kodas', 'personas kods',
      'jmbg', 'emšo', 'personal identity code', 'personal identification code', 'amka', 'αμκα', 'αριθμός ταυτότητας', 'αρ ταυτότητας', 'ppsn', 'pps number', 'national insurance number', 'ni number', 'numéro de registre national', 'numéro national', 'kennitala',
      'sozialversicherungsnummer', 'ahv nummer', 'numéro avs', 'niss', 'taj szám', 'személyi igazolvány szám', 'číslo občanského průkazu', 'codice identificativo personale',
      // Asia, Africa and Oceania
      'aadhaar', 'aadhaar number', 'aadhar', 'nric', 'nric fin', 'nric number', 'nric no', 'ic number', 'ic no', 'fin number', 'hkid', 'hkid number', 'hong kong identity card number', 'mykad', 'mykad number',
      'no kad pengenalan', 'nombor kad pengenalan', 'nik', 'nomor induk kependudukan', 'ktp', 'snils', 'снилс', 'иин', '身份证号码', '身份证号', '身份證號碼', '身分證字號', '身分證號碼',
      'マイナンバー', '個人番号', '주민등록번호', '개인통관고유부호', 'tc kimlik no', 'tckn', 'emirates id', 'iqama', 'civil id', 'qatar id', 'qid number', 'cnic', 'cnic number', 'nid number',
      'sss number', 'philsys number', 'nin number', 'bvn', 'sa id', 'sa id number', 'rsa id number', 'เลขประจำตัวประชาชน', 'เลขบัตรประชาชน', 'căn cước công dân', 'cccd', 'cmnd', 'chứng minh nhân dân', 'số định danh cá nhân', 'מספר זהות',
      'תעודת זהות', 'ת ז', 'کد ملی', 'کدملی', 'شماره ملی', 'شماره شناسنامه', 'شماره کارت ملی', 'شماره تذکره',
      'số cccd', 'số cmnd',
      'nhs number',
      'ghana card number', 'ghana card pin', 'nic number', 'nic no', 'numéro de cin', 'numéro cin', 'n de cin', 'cin number', 'জাতীয় পরিচয়পত্র নম্বর', 'এনআইডি নম্বর', 'رقم المصنع', 'унзр',
      'known traveler number', 'known traveller number', 'redress number', 'redress control number',
    ],
    ssn: ['ssn', 'social security number', 'itin'],
    pan: ['pan number', 'pan card number', 'permanent account number'],
    'personal-tax-id': [
      'tfn', 'tax file number', 'ird number', 'codice fiscale', 'steuer idnr', 'steueridentifikationsnummer', 'nif', 'rfc', 'инн', 'іпн', 'rnokpp', 'рнокпп',
      'numéro fiscal de référence', 'personal tax number', 'tax id number', 'tax id no', 'taxpayer id number', 'unique taxpayer reference', 'utr number', 'adóazonosító jel', 'davčna številka', 'npwp', 'nomor pokok wajib pajak',
      'kra pin', 'nit', 'ruc', 'mã số thuế', 'mã số thuế cá nhân', 'เลขประจำตัวผู้เสียภาษี',
      // Held by people and companies alike: the form's owner decides (rules/tax-owner.ts).
      'rut', 'cuit', 'oib', 'αφμ', 'α φ μ', 'a f m', 'afm',
      'steuerliche identifikationsnummer',
      'ই টিআইএন',
    ],
    'passport-number': [
      'passport number', 'passnummer', 'reisepassnummer', 'numéro de passeport', 'número de pasaporte', 'numero di passaporto', 'paspoortnummer', 'numer paszportu',
      'número do passaporte', 'passinumero', 'αριθμός διαβατηρίου', 'nomor paspor', 'nombor pasport', 'số hộ chiếu', 'شماره گذرنامه', 'شماره پاسپورت', 'מספר דרכון', '护照号码', '旅券番号', '여권번호', 'номер паспорта',
    ],
    'drivers-licence-number': [
      'driving licence number', 'driver license number', 'führerscheinnummer', 'numéro de permis de conduire', 'número de licencia de conducir', 'numero patente di guida',
      'rijbewijsnummer', 'numer prawa jazdy', 'número da cnh', 'cnh', 'körkortsnummer', 'førerkortnummer', 'kørekortnummer', 'ajokortin numero', 'číslo řidičského průkazu', 'số giấy phép lái xe', 'số bằng lái xe', 'شماره گواهینامه',
      '驾驶证号', '運転免許証番号', '운전면허번호',
    ],
    'vat-number': [
      'vat number', 'vat id', 'ust idnr', 'ust id nr', 'umsatzsteuer identifikationsnummer', 'tva intracommunautaire', 'numéro de tva', 'partita iva', 'btw nummer', 'btw',
      'employer identification number', 'gst hst', 'hst number', 'gst number', 'qst number', 'gstin', 'abn', 'cnpj', 'nip firmy', 'dič', 'ič dph', 'icdph', 'pib',
      'adószám', 'cod fiscal', 'vkn', 'vergi no', 'mva nummer', 'momsnummer', 'alv numero', 'pvm kodas', 'pvn numurs', 'kmkr', '统一社会信用代码', '纳税人识别号',
      '사업자등록번호', 'ח פ', 'ע מ', 'עוסק מורשה', 'sst no', 'sst number', 'sst registration no', 'sst registration number', 'company tax id', 'company tax number', 'company vat', 'company vat number', 'کد اقتصادی',
      // The US "federal tax ID" is the employer identification number; Canada's provincial sales tax number.
      'federal tax id', 'federal tax id number', 'federal tax identification number', 'pst number',
      'gst registration no', 'gst registration number', 'gst reg no', 'resale certificate number', 'sales tax permit number', 'seller s permit number', 'sales tax exemption number',
      'rnc', 'número de rnc',
      'davčna številka podjetja', 'id za ddv', 'identifikacijska številka za ddv', 'pvn maksātāja numurs', 'pvm mokėtojo kodas',
    ],
    'company-registration-number': [
      'company number', 'company registration number', 'companies house number', 'cro number', 'acn', 'nzbn', 'kvk', 'kvk nummer', 'siren', 'siret', 'regon', 'krs',
      'handelsregister', 'handelsregisternummer', 'hrb', 'uen', 'ssm number', 'ssm no', 'ssm registration no', 'ssm registration number', 'ičo', 'y tunnus', 'cvr', 'org nr', 'organisationsnummer', 'organisasjonsnummer', 'registrikood',
      'įmonės kodas', 'matični broj', 'еик', 'булстат', 'бин', 'огрн', 'огрнип', 'єдрпоу', 'registro mercantil', 'numero rea', 'cod unic de inregistrare',
      'unified social credit code', 'شناسه ملی', '营业执照号', '法人番号', '법인등록번호', 'duns', 'duns number',
      'trade licence number', 'trade license number', 'trade licence no', 'trade license no', 'ট্রেড লাইসেন্স নম্বর',
      'eori', 'eori number', 'eori nummer', 'numer eori', 'numéro eori', 'import export code', 'iec code',
      'matična številka', 'matična številka podjetja', 'reģistrācijas numurs', 'uzņēmuma reģistrācijas numurs', 'vienotais reģistrācijas numurs',
      'numero idi', 'numéro ide',
    ],
    // The tax office a company is registered with (Greek ΔΟΥ, Turkish Vergi Dairesi) is no number but
    // the organization's context; named here so that its "tax" does not read as a tax number.
    organization: ['tax office', 'taxoffice', 'tax authority', 'δου', 'δ ο υ', 'vergi dairesi', 'finanzamt', 'налоговая инспекция'],
  },
};

/**
 * Tax numbers only a person can hold (the Hungarian adóazonosító jel, the Ukrainian РНОКПП, the German
 * Steuer-IdNr): a company's form that asks one asks it of a person (a sole trader, its manager), so
 * rules/tax-owner.ts never moves them to the company. Folded as normalizeText folds them.
 */
export const PERSON_ONLY_TAX_NUMBERS: readonly string[] = [
  'adóazonosító jel', 'рнокпп', 'rnokpp', 'steuer idnr', 'steueridentifikationsnummer', 'steuerliche identifikationsnummer', 'personal tax number', 'mã số thuế cá nhân',
];
