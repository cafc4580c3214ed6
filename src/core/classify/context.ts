// Context rules: what a field is often depends on its neighbours and its form. Each rule lives in a
// file of its own under rules/ and adds votes with its own evidence, so the report can say why
// ("next to card fields", "past years"); this registry fixes the order they run in.
import { retally } from './field.ts';
import { BIRTH_PARTS, ctx, cue, type FormSignals, is } from './rules/shared.ts';
import { resolveAcronyms } from './rules/acronyms.ts';
import { resolveAddressAndNames } from './rules/address-and-names.ts';
import { resolveBirthNumberMask } from './rules/birth-number-mask.ts';
import { resolveCallingCode } from './rules/calling-code.ts';
import { resolveCardNumber } from './rules/card-number.ts';
import { resolveCardShapes } from './rules/card-shapes.ts';
import { resolveBirthDateOfThing } from './rules/birth-date-of-thing.ts';
import { resolveCardholder } from './rules/cardholder.ts';
import { resolveDateParts } from './rules/date-parts.ts';
import { resolveDepartment } from './rules/department.ts';
import { resolveDocumentDateCaptions } from './rules/document-date-caption.ts';
import { resolveDocumentDates } from './rules/document-dates.ts';
import { resolveDocumentNumber } from './rules/document-number.ts';
import { resolveIdentifiers } from './rules/identifiers.ts';
import { resolveShownUserNames } from './rules/shown-user-name.ts';
import { resolveProfileNames } from './rules/profile-name.ts';
import { resolveUploadOfNoDocument } from './rules/upload-of-no-document.ts';
import { resolveCodesAfterPhones } from './rules/code-after-phone.ts';
import { resolveCodesToMaskedPhones } from './rules/code-to-masked-phone.ts';
import { resolveSecurityAnswers } from './rules/security-answers.ts';
import { resolveJobTitle } from './rules/job-title.ts';
import { resolveLoneFirstLine } from './rules/lone-first-line.ts';
import { resolveTitleWithoutName } from './rules/title-without-name.ts';
import { resolveLookups } from './rules/lookups.ts';
import { resolveNameOfThing } from './rules/name-of-thing.ts';
import { resolveHostPrefixes } from './rules/host-prefix.ts';
import { resolveHostSuffixes } from './rules/host-suffix.ts';
import { resolveWhoseField } from './rules/whose-field.ts';
import { resolveNameOnDocument } from './rules/name-on-document.ts';
import { resolveNoteForCourier } from './rules/note-for-courier.ts';
import { resolveNumberLength } from './rules/number-length.ts';
import { resolvePersonNumber } from './rules/person-number.ts';
import { resolvePhoneNumber } from './rules/phone-number.ts';
import { resolveRadioGroups } from './rules/radio-groups.ts';
import { resolveRepeats } from './rules/repeats.ts';
import { noteSections } from './rules/sections.ts';
import { resolveSearchFormBox } from './rules/search-form-box.ts';
import { resolveSecurityCode } from './rules/security-code.ts';
import { resolveCaptchaByName } from './rules/captcha-by-name.ts';
import { resolveCustomFieldPrefix } from './rules/custom-field-prefix.ts';
import { resolveSplitPhones } from './rules/split-phone.ts';
import { resolveCodes } from './rules/sms-codes.ts';
import { resolveCompanyOrBuilding } from './rules/company-or-building.ts';
import { resolveTaxOwner } from './rules/tax-owner.ts';
import { resolveCompanyBlock } from './rules/company-block.ts';
import { resolveTaxIdType } from './rules/tax-id-type.ts';
import { resolveNumberOfCompany } from './rules/number-of-company.ts';
import { resolveSplitNumbers } from './rules/split-number.ts';
import { resolveCheckDigitBoxes } from './rules/check-digit-box.ts';
import { resolveTitleOfThing } from './rules/title-of-thing.ts';
import { resolveRegionOfProject } from './rules/region-of-project.ts';
import { resolveTypedOptIns } from './rules/typed-opt-in.ts';
import type { FieldScore } from './scoreboard.ts';
import { T } from './terms.ts';

export type { FormSignals } from './rules/shared.ts';

interface ContextRule {
  /** A stable name, for tests and for people reading the order. */
  readonly id: string;
  /** Why the rule exists, in one line. */
  readonly reason: string;
  readonly run: (fields: FieldScore[], form: FormSignals, card: CardAndBirth) => void;
  /** Re-rank every field after this rule, because the rules after it read the new tops. */
  readonly retally?: boolean;
}

interface CardAndBirth {
  hasCard: boolean;
  hasBirth: boolean;
}

/** The context rules, in the order they run: each reads what the ones before it settled. */
export const CONTEXT_RULES: readonly ContextRule[] = [
  { id: 'custom-field-prefix', reason: 'a name opening with "cf_" and going on in words is a custom field, not the codice fiscale', run: (f) => resolveCustomFieldPrefix(f), retally: true },
  { id: 'acronyms', reason: 'a short number name in capitals (EIN, SIN, PAN) names that number, though in lower case it is a word', run: (f) => resolveAcronyms(f) },
  { id: 'birth-number-mask', reason: 'a birth date followed by a serial ("ÅÅÅÅMMDD-XXXX") is a personal identity number', run: (f) => resolveBirthNumberMask(f) },
  { id: 'name-of-thing', reason: '"name" beside a thing that has one ("Project name", "Nom de votre chien") is no person\'s name', run: (f) => resolveNameOfThing(f), retally: true },
  { id: 'note-for-courier', reason: 'a box whose label names a note or a code for the courier is no address part, whatever its hint mentions', run: (f) => resolveNoteForCourier(f), retally: true },
  { id: 'host-prefix', reason: 'a box after a printed web address ("vercel.com/") asks for its last part, the account\'s slug', run: (f) => resolveHostPrefixes(f), retally: true },
  { id: 'whose-field', reason: 'a person named beside a phone, an email or an address says whose it is; the box asks for that', run: (f) => resolveWhoseField(f), retally: true },
  { id: 'radio-groups', reason: 'radio buttons sharing a name are one question', run: (f) => resolveRadioGroups(f), retally: true },
  { id: 'card-shapes', reason: 'short numeric boxes beside the card number are its security code', run: (f) => resolveCardShapes(f) },
  { id: 'date-parts', reason: 'day/month/year parts are a birth date or a card expiry, by their neighbours', run: (f, form, c) => resolveDateParts(f, form, c.hasCard, c.hasBirth), retally: true },
  { id: 'birth-date-of-thing', reason: 'a birth date captioned with what was born ("Pet\'s date of birth") is no person\'s birth date', run: (f) => resolveBirthDateOfThing(f) },
  { id: 'cardholder', reason: 'a name among card fields is the cardholder', run: (f) => resolveCardholder(f) },
  { id: 'card-number', reason: 'a bare "Number" between card fields is the card number', run: (f) => resolveCardNumber(f) },
  { id: 'search-form-box', reason: 'the one typed box of a search form, when it names nothing else, is the query', run: (f, form) => resolveSearchFormBox(f, form), retally: true },
  { id: 'lookups', reason: 'a search box among address fields looks an address part up', run: (f, form) => resolveLookups(f, form) },
  { id: 'phone-number', reason: 'a bare "Number" after a calling code, in a phone block or a phone box away from any address, is the phone number', run: (f) => resolvePhoneNumber(f), retally: true },
  { id: 'calling-code', reason: 'a country list right before a phone number is its calling code', run: (f) => resolveCallingCode(f) },
  { id: 'split-phone', reason: 'short phone boxes in a row under one name with a running number are one number: its area code, then its local part', run: (f) => resolveSplitPhones(f) },
  { id: 'repeats', reason: 'a second email or password box confirms the first; a signup password is new', run: (f, form) => resolveRepeats(f, form) },
  { id: 'typed-opt-in', reason: 'an email box captioned with newsletter words takes the address, not an opt-in (opt-ins are ticked)', run: (f) => resolveTypedOptIns(f) },
  { id: 'shown-user-name', reason: 'a box whose caption asks for a user name and not an email address is the user name, whatever its attribute names say', run: (f) => resolveShownUserNames(f) },
  { id: 'profile-name', reason: 'a "Profile name" in a form that also asks for the real name is the name the account shows', run: (f) => resolveProfileNames(f) },
  { id: 'identifiers', reason: 'the field before a login password is the sign-in identifier', run: (f, form) => resolveIdentifiers(f, form) },
  { id: 'host-suffix', reason: 'a box before a printed "@host" or ".host" asks for the first part: a new email address or the tenancy\'s subdomain', run: (f, form) => resolveHostSuffixes(f, form), retally: true },
  { id: 'sms-codes', reason: 'a code the page says comes by SMS verifies the phone', run: (f, form) => resolveCodes(f, form) },
  { id: 'code-after-phone', reason: 'a code box right after a phone number box takes the code sent to that phone', run: (f) => resolveCodesAfterPhones(f) },
  { id: 'code-to-masked-phone', reason: 'a code box whose step shows the phone number it went to, half hidden, takes the code sent to that phone', run: (f) => resolveCodesToMaskedPhones(f) },
  { id: 'security-answers', reason: 'the text box right after a security question asks for its answer', run: (f) => resolveSecurityAnswers(f), retally: true },
  { id: 'security-code', reason: 'a "security code" with no card around is a login code', run: (f) => resolveSecurityCode(f) },
  { id: 'captcha-by-name', reason: 'a code box whose own name or id says captcha, with no card around, is the captcha', run: (f) => resolveCaptchaByName(f) },
  { id: 'company-or-building', reason: 'company and building or c/o: the line is for the one named first; a company and a street in one phrase: its address', run: (f) => resolveCompanyOrBuilding(f), retally: true },
  { id: 'address-and-names', reason: 'a street split into lines or beside a house number is line 1; "Name" beside "First name" or "Surname" is the other part', run: (f) => resolveAddressAndNames(f) },
  { id: 'lone-first-line', reason: 'a box named the first address line with no other line and no house number in its address is the whole street', run: (f) => resolveLoneFirstLine(f), retally: true },
  { id: 'title-of-thing', reason: 'a "Title" followed by what it is the title of ("Title of your listing") is no salutation', run: (f) => resolveTitleOfThing(f), retally: true },
  { id: 'department', reason: 'a word naming both a department and an address part is the department beside a company, else the address part', run: (f) => resolveDepartment(f), retally: true },
  { id: 'job-title', reason: 'a free-text "Title" box in a form that asks about a company is the job title, not a salutation', run: (f) => resolveJobTitle(f) },
  { id: 'title-without-name', reason: 'a typed "Title" in a form that asks for no name is the title of a post, a review or a ticket', run: (f) => resolveTitleWithoutName(f), retally: true },
  { id: 'name-on-document', reason: 'a caption asking for the name as written on an identity document ("Full name (as on your passport)") asks for the name', run: (f) => resolveNameOnDocument(f), retally: true },
  { id: 'number-of-company', reason: "a number named with its owner after \"of\" (Codice fiscale dell'azienda) asks the company's number, not its name", run: (f) => resolveNumberOfCompany(f), retally: true },
  { id: 'person-number', reason: "a box captioned with a person's number (DNI, CPF, PESEL) is that number, whatever its name", run: (f) => resolvePersonNumber(f), retally: true },
  { id: 'tax-owner', reason: "a tax number is the person's unless the form is a company's", run: (f) => resolveTaxOwner(f), retally: true },
  { id: 'company-block', reason: "a tax number under a heading about a business, or beside a tax invoice, is the company's", run: (f) => resolveCompanyBlock(f), retally: true },
  { id: 'tax-id-type', reason: "a list of kinds of company tax number (EU VAT, AU ABN) and the box after it take the company's number", run: (f) => resolveTaxIdType(f), retally: true },
  { id: 'number-length', reason: "where a person's and a company's number share a name (INN, codice fiscale), the box's length says whose", run: (f) => resolveNumberLength(f) },
  { id: 'split-number', reason: 'the short boxes with no caption right after an identity or tax number\'s first box are its other parts', run: (f) => resolveSplitNumbers(f), retally: true },
  { id: 'check-digit-box', reason: 'a one-character box in brackets right after an identity number\'s box is its check digit (HKID A123456(7))', run: (f) => resolveCheckDigitBoxes(f), retally: true },
  { id: 'document-number', reason: 'the box after a list of identity documents takes its number', run: (f) => resolveDocumentNumber(f), retally: true },
  { id: 'document-dates', reason: 'an expiry date in a form about an identity document, with no card, is the document\'s', run: (f) => resolveDocumentDates(f), retally: true },
  { id: 'document-date-caption', reason: 'a caption naming a date of an identity document ("Fecha de validez del DNI") asks for it, not the number', run: (f) => resolveDocumentDateCaptions(f), retally: true },
  { id: 'region-of-project', reason: 'a region list beside a project or app name, with no address, picks the data centre', run: (f) => resolveRegionOfProject(f) },
  { id: 'upload-of-no-document', reason: 'a file box only its type calls an identity document, in a form about none, takes some other paper', run: (f, form) => resolveUploadOfNoDocument(f, form) },
  { id: 'sections', reason: 'billing or shipping block, for the evidence (never decides)', run: (f) => noteSections(f), retally: true },
];

/** Pass 2 over one form, after its kind is known: the context rules in their order. Mutates the field scores. */
export function applyContext(fields: FieldScore[], form: FormSignals): void {
  const card: CardAndBirth = {
    hasCard: fields.some((f) => f.top === T['cc-number'] || f.top === T['cc-csc']),
    hasBirth: fields.some((f) => is(f, BIRTH_PARTS) || cue(f, 'cue:birth') >= 2 || ctx(f, 'cue:birth') >= 1),
  };
  for (const rule of CONTEXT_RULES) {
    rule.run(fields, form, card);
    // A field whose votes this rule (or an earlier one without a retally) left alone keeps its tally.
    if (rule.retally) for (const fs of fields) if (fs.stale) retally(fs);
  }
}
