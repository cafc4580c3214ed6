// Requirement catalog, version "2024-01-proposed": the Commerce Department's January 2024 proposed
// rule for U.S. IaaS providers, its mandate (EO 13984) and the U.S. bank CIP for comparison.
// Ground truth: shared/docs/kyc-rule.md (grades [P]/[Q]/[S]/UNCONFIRMED kept as `grade`).
// Exact wording is given only where the source quotes it (grade primary or quoted).
import type { RequirementCatalog } from '../schema.ts';
import { PROPOSAL_HISTORY } from './requirements-rule-history.ts';

const PROPOSAL_CITATION = '89 FR 5698 (29 January 2024), proposed Customer Identification Program';
const EO = 'Executive Order 13984, 86 FR 6837 (19 January 2021)';

export const REQUIREMENTS_2024_PROPOSED: RequirementCatalog = {
  schemaVersion: 1,
  version: '2024-01-proposed',
  title: 'Proposed U.S. IaaS "Know Your Customer" rule (January 2024)',
  asOf: '2026-12-07',
  primaryRegimeId: 'iaas-cip-2024',
  ruleHistory: PROPOSAL_HISTORY,

  regimes: [
    {
      id: 'iaas-cip-2024',
      name: 'Proposed Customer Identification Program for U.S. IaaS providers (BIS, January 2024)',
      shortName: 'Proposed IaaS KYC rule (2024)',
      role: 'subject',
      citation:
        'Bureau of Industry and Security, Department of Commerce, "Taking Additional Steps To Address the National Emergency With Respect to Significant Malicious Cyber-Enabled Activities", proposed rule, 89 FR 5698–5735 (29 January 2024), FR Doc. 2024-01580, RIN 0694-AJ35, docket DOC-2021-0007',
      grade: 'primary',
      appliesTo:
        'Foreign customers and foreign beneficial owners of U.S. IaaS providers and their foreign resellers. A provider cannot tell who is foreign before collecting the data, so in practice everyone signing up is asked.',
      // Dates, legal bases and status are events in ruleHistory (requirements-rule-history.ts).
      notes: [{ text: 'It would add a subpart D to 15 CFR part 7 (§§ 7.300–7.310).', grade: 'summary' }],
    },
    {
      id: 'eo-13984',
      name: 'Executive Order 13984 (19 January 2021)',
      shortName: 'EO 13984',
      role: 'mandate',
      citation: `${EO}, §1(a)`,
      grade: 'primary',
      status: {
        code: 'executive-order',
        text: 'Executive Order signed 19 January 2021; the mandate the proposed rule implements',
      },
      appliesTo: 'Records a U.S. IaaS provider must keep about a foreign person who obtains an account.',
      notes: [],
    },
    {
      id: 'bank-cip',
      name: 'Customer Identification Program for U.S. banks (31 CFR 1020.220)',
      shortName: 'U.S. bank CIP',
      role: 'comparison',
      citation: '31 CFR 1020.220',
      grade: 'primary',
      status: {
        code: 'in-force',
        text: 'In force for U.S. banks; shown for comparison only, it does not apply to cloud providers',
      },
      appliesTo: 'Banks opening accounts; shown to explain fields a cloud signup asks beyond the proposal’s list.',
      notes: [],
    },
  ],

  requirements: [
    // --- The proposal's Customer Identification Program: what must be collected -----------------
    {
      id: 'name',
      regimeId: 'iaas-cip-2024',
      kind: 'collect',
      title: 'Name',
      why: 'The proposal would have cloud providers record each customer’s name, so that an account can be tied to a real person or company. It is the first item of identifying information the proposed program lists, and EO 13984 and banks’ identity checks ask for it too.',
      citation: PROPOSAL_CITATION,
      grade: 'summary',
      related: ['eo-13984-identity', 'bank-cip-name'],
    },
    {
      id: 'address',
      regimeId: 'iaas-cip-2024',
      kind: 'collect',
      title: 'Address',
      why: 'The provider would record the customer’s address. Together with the name it helps tell one customer apart from another and shows which country the customer is in.',
      citation: PROPOSAL_CITATION,
      grade: 'summary',
      related: ['eo-13984-identity', 'bank-cip-address'],
    },
    {
      id: 'payment',
      regimeId: 'iaas-cip-2024',
      kind: 'collect',
      title: 'Means and source of payment',
      why: 'The provider would record how each account is paid for and where the money comes from, such as a card, a bank account or a crypto wallet. Payment details are hard to fake and link the account to a bank or payment company that already knows its customer.',
      citation: PROPOSAL_CITATION,
      grade: 'summary',
      details: [{ text: 'Recorded for each account.', grade: 'summary' }],
      related: ['eo-13984-payment'],
    },
    {
      id: 'email',
      regimeId: 'iaas-cip-2024',
      kind: 'collect',
      title: 'Email address',
      why: 'The provider would record an email address for each customer. EO 13984 names email and telephone contacts as information used to verify a foreign person’s identity.',
      citation: PROPOSAL_CITATION,
      grade: 'summary',
      related: ['eo-13984-contact'],
    },
    {
      id: 'phone',
      regimeId: 'iaas-cip-2024',
      kind: 'collect',
      title: 'Telephone number',
      why: 'The provider would record a telephone number. Providers often confirm it with a code sent by text message or a call, which ties the account to a working phone line.',
      citation: PROPOSAL_CITATION,
      grade: 'summary',
      related: ['eo-13984-contact'],
    },
    {
      id: 'ip-log',
      regimeId: 'iaas-cip-2024',
      kind: 'collect',
      title: 'IP addresses and access times',
      why: 'The provider would keep a log of the internet (IP) addresses used to reach or manage the account, with the date and time of each access. This happens in the background, so no signup form asks for it: it is collected without a form field.',
      wording:
        'IP address(es) used for access or administration and the date and time of each such access or administrative action.',
      citation: PROPOSAL_CITATION,
      grade: 'quoted',
      related: ['eo-13984-ip-log'],
    },

    // --- The proposal's other provisions, explained to users ------------------------------------
    {
      id: 'beneficial-owners',
      regimeId: 'iaas-cip-2024',
      kind: 'obligation',
      title: 'Beneficial owners',
      why: 'When the customer is a company, the provider would also identify the people behind it: anyone who controls it or owns at least a quarter of it. The same identifying information as for customers would be collected about them.',
      wording:
        'exercises substantial control over a [c]ustomer or owns or controls at least 25 percent of the ownership interests of a [c]ustomer',
      citation: PROPOSAL_CITATION,
      grade: 'quoted',
      details: [
        { text: 'The same identifying information as for customers is collected about beneficial owners.', grade: 'summary' },
        { text: 'Customers must notify the provider when they add beneficial owners.', grade: 'quoted' },
      ],
      related: ['bank-beneficial-ownership'],
    },
    {
      id: 'verification',
      regimeId: 'iaas-cip-2024',
      kind: 'obligation',
      title: 'Verifying the identity of foreign customers',
      why: 'Once a customer or beneficial owner turns out not to be a U.S. person, the provider would have to confirm who they are, with documents such as an ID or without them, by procedures it chooses. U.S. persons need no further verification. This is why some signups ask for an ID upload or a selfie although the proposal’s list of collected items does not include them.',
      citation: PROPOSAL_CITATION,
      grade: 'summary',
      details: [
        { text: 'The provider chooses documentary or non-documentary procedures.', grade: 'summary' },
        {
          text: 'A U.S. person includes U.S. citizens, permanent residents, U.S.-incorporated entities and their foreign branches, and persons located in the United States.',
          grade: 'summary',
        },
        { text: 'If the provider doubts an identity, it obtains more information "including signatories".', grade: 'quoted' },
        {
          text: 'The program says when not to open an account, what use is allowed while verification is pending ("such as restricted permission or enhanced monitoring"), and when to close or monitor an account after a failed verification.',
          grade: 'quoted',
        },
        { text: 'It also provides for "periodic continued verification of the accuracy of the information provided".', grade: 'quoted' },
      ],
      related: ['eo-13984-verification'],
    },
    {
      id: 'retention',
      regimeId: 'iaas-cip-2024',
      kind: 'obligation',
      title: 'Keeping the records',
      why: 'The provider would keep the identifying information for at least two years after the account is closed or was last used. Deleting an account would therefore not erase these records straight away.',
      wording: 'two years after the date the IaaS account is closed or the date the account was last accessed',
      citation: PROPOSAL_CITATION,
      grade: 'quoted',
      related: ['bank-cip-retention'],
    },
    {
      id: 'foreign-resellers',
      regimeId: 'iaas-cip-2024',
      kind: 'obligation',
      title: 'Foreign resellers',
      why: 'Companies abroad that resell a U.S. provider’s cloud services would have to run the same identification program. A provider would have to end its relationship with a reseller that does not comply.',
      citation: PROPOSAL_CITATION,
      grade: 'summary',
      details: [
        { text: 'A non-compliant reseller relationship must be terminated "within 30 calendar days".', grade: 'quoted' },
      ],
    },
    {
      id: 'ai-training-report',
      regimeId: 'iaas-cip-2024',
      kind: 'obligation',
      title: 'Report on training large AI models',
      why: 'The provider would report to the Commerce Department when a foreign customer’s use could train a large AI model with capabilities that might be misused in cyberattacks. The report would carry the customer’s name, address, payment details, email, phone and IP addresses. Signup questions about intended use or AI training relate to this report.',
      wording:
        'results or could result in the training of a large AI model with potential capabilities that could be used in malicious cyber-enabled activity',
      citation: `${PROPOSAL_CITATION}; placed in proposed § 7.308 according to secondary sources`,
      grade: 'quoted',
      details: [
        { text: 'The report is due within 15 days.', grade: 'summary' },
        {
          text: 'The report carries name, address, means and source of payment, email, telephone and IP addresses.',
          grade: 'summary',
        },
      ],
    },
    {
      id: 'adp-exemption',
      regimeId: 'iaas-cip-2024',
      kind: 'exemption',
      title: 'Exemption for providers with an abuse-deterrence program',
      why: 'A provider with an approved Abuse of IaaS Products Deterrence Program (ADP) may be exempted from these requirements. Whether a provider has one cannot be seen from its signup page.',
      citation: PROPOSAL_CITATION,
      grade: 'summary',
      details: [
        {
          text: 'The Secretary of Commerce decides "in consultation with" Defense, the Attorney General, Homeland Security and the Director of National Intelligence.',
          grade: 'quoted',
        },
        {
          text: 'The decision weighs the ADP’s size and complexity, its ability to deter, detect and respond to red flags, its oversight of resellers, cooperation with law enforcement, and privacy-preserving data-sharing.',
          grade: 'summary',
        },
      ],
    },
    {
      id: 'compliance-time',
      regimeId: 'iaas-cip-2024',
      kind: 'obligation',
      title: 'Time to comply',
      why: 'Providers and foreign resellers would have one year after a final rule to set up their identification program. No final rule has been found, so this clock has not started.',
      citation: PROPOSAL_CITATION,
      grade: 'summary',
    },
    {
      id: 'certification',
      regimeId: 'iaas-cip-2024',
      kind: 'obligation',
      title: 'Certifying the program to Commerce',
      why: 'A provider would certify its program to the Commerce Department, first once and then every year. The certification would describe how identities are verified, how misuse is detected and how foreign resellers are overseen, with counts of customers and unverified foreign accounts.',
      citation: PROPOSAL_CITATION,
      grade: 'summary',
      details: [
        {
          text: 'Contents: how identities are verified, what detects malicious activity, how foreign resellers are overseen, the number and locations of customers and foreign beneficial owners, a list of all foreign resellers, and the number of foreign accounts whose identity is not verified.',
          grade: 'summary',
        },
        { text: 'A program is handed to Commerce "within ten calendar days" of a request.', grade: 'quoted' },
      ],
    },
    {
      id: 'penalties',
      regimeId: 'iaas-cip-2024',
      kind: 'obligation',
      title: 'Penalties',
      why: 'Violations would be punished under the International Emergency Economic Powers Act (IEEPA). Civil penalties could reach about $368,000 or twice the transaction, criminal ones up to $1 million, 20 years in prison, or both.',
      citation: `${PROPOSAL_CITATION}; penalties under IEEPA as summarised by secondary sources`,
      grade: 'summary',
    },
    {
      id: 'iaas-scope',
      regimeId: 'iaas-cip-2024',
      kind: 'scope',
      title: 'Which services count as IaaS',
      why: 'The proposal treats "IaaS product" broadly: computing, storage and networks, and according to one analysis also content delivery networks, proxies and DNS resolution, paid or free. BIS estimated that up to 1,837 providers and resellers would be affected.',
      citation: PROPOSAL_CITATION,
      grade: 'summary',
    },

    // --- EO 13984 §1(a): the mandate, word for word ----------------------------------------------
    {
      id: 'eo-13984-identity',
      regimeId: 'eo-13984',
      kind: 'collect',
      title: 'Identity: name, national identification number and address',
      why: 'The Executive Order behind the proposal lists the records to keep about a foreign account holder. Its first item is identity, and it names a national identification number next to name and address; the proposal’s summaries do not list the ID number.',
      wording:
        "(A) the identity of such foreign person and the person's information, including name, national identification number, and address;",
      citation: `${EO}, §1(a)(ii)(A)`,
      grade: 'primary',
    },
    {
      id: 'eo-13984-payment',
      regimeId: 'eo-13984',
      kind: 'collect',
      title: 'Means and source of payment',
      why: 'The order lists payment details among the records, down to card, account and crypto-wallet identifiers. The proposal’s "means and source of payment" comes from here.',
      wording:
        '(B) means and source of payment (including any associated financial institution and other identifiers such as credit card number, account number, customer identifier, transaction identifiers, or virtual currency wallet or wallet address identifier);',
      citation: `${EO}, §1(a)(ii)(B)`,
      grade: 'primary',
    },
    {
      id: 'eo-13984-contact',
      regimeId: 'eo-13984',
      kind: 'collect',
      title: 'Email and telephone contact',
      why: 'The order lists email and telephone contacts and says they are used to verify a foreign person’s identity. That is why signups confirm them with codes.',
      wording:
        "(C) electronic mail address and telephonic contact information, used to verify a foreign person's identity; and",
      citation: `${EO}, §1(a)(ii)(C)`,
      grade: 'primary',
    },
    {
      id: 'eo-13984-ip-log',
      regimeId: 'eo-13984',
      kind: 'collect',
      title: 'IP addresses and access times',
      why: 'The order lists the IP addresses used to access or manage an account, with the time of each access, as part of ongoing verification that the foreign person still controls it. No form asks for this; it is logged.',
      wording:
        "(D) internet Protocol addresses used for access or administration and the date and time of each such access or administrative action, related to ongoing verification of such foreign person's ownership of such an Account",
      citation: `${EO}, §1(a)(ii)(D)`,
      grade: 'primary',
    },
    {
      id: 'eo-13984-verification',
      regimeId: 'eo-13984',
      kind: 'obligation',
      title: 'Documentation and procedures to verify identity',
      why: 'The order also covers the kinds of documents and procedures used to verify identity. ID uploads and selfie checks during signup are such procedures.',
      wording: 'the types of documentation and procedures required to verify the identity',
      citation: `${EO}, §1(a)(i)`,
      grade: 'primary',
    },

    // --- U.S. bank CIP, for comparison ----------------------------------------------------------
    {
      id: 'bank-cip-name',
      regimeId: 'bank-cip',
      kind: 'collect',
      title: 'Name',
      why: 'Banks must get the name of every customer before opening an account. Cloud signups asking for a name match both the bank rule and the proposal.',
      wording: 'name',
      citation: '31 CFR 1020.220, item (1)',
      grade: 'primary',
    },
    {
      id: 'bank-cip-date-of-birth',
      regimeId: 'bank-cip',
      kind: 'collect',
      title: 'Date of birth',
      why: 'Banks must get the date of birth of individual customers. Neither the proposal’s summaries nor EO 13984 list it, so a cloud signup that asks for it goes beyond the proposal’s listed minimum.',
      wording: 'date of birth, for an individual',
      citation: '31 CFR 1020.220, item (2)',
      grade: 'primary',
    },
    {
      id: 'bank-cip-address',
      regimeId: 'bank-cip',
      kind: 'collect',
      title: 'Address',
      why: 'Banks must get a street address, residential or business. A cloud signup asking for an address matches both the bank rule and the proposal.',
      citation: '31 CFR 1020.220, item (3)',
      grade: 'primary',
      details: [{ text: 'A residential or business street address.', grade: 'primary' }],
    },
    {
      id: 'bank-cip-id-number',
      regimeId: 'bank-cip',
      kind: 'collect',
      title: 'Identification number',
      why: 'Banks must get an identification number: a taxpayer identification number for U.S. persons, or a passport or other government ID number for others. A cloud signup asking for such a number goes beyond the proposal’s listed minimum.',
      citation: '31 CFR 1020.220, item (4)',
      grade: 'summary',
      details: [
        {
          text: 'A TIN for U.S. persons; a passport number, alien identification card number or another government-issued ID number for non-U.S. persons.',
          grade: 'summary',
        },
      ],
    },
    {
      id: 'bank-cip-retention',
      regimeId: 'bank-cip',
      kind: 'obligation',
      title: 'Keeping the records',
      why: 'Banks keep identifying information for five years after an account is closed. They do not have to keep copies of ID documents.',
      citation: '31 CFR 1020.220',
      grade: 'summary',
    },
    {
      id: 'bank-beneficial-ownership',
      regimeId: 'bank-cip',
      kind: 'obligation',
      title: 'Beneficial owners of company customers',
      why: 'Under a separate rule, banks also identify the people who own or control a company customer. It is the banking counterpart of the proposal’s beneficial-owner provision.',
      citation: '31 CFR 1010.230 (beneficial-ownership rule)',
      grade: 'summary',
    },
  ],

  categoryMap: {
    name: { kind: 'required', requirementIds: ['name'] },
    email: { kind: 'required', requirementIds: ['email'] },
    phone: { kind: 'required', requirementIds: ['phone'] },
    address: { kind: 'required', requirementIds: ['address'] },
    payment: { kind: 'required', requirementIds: ['payment'] },
    'date-of-birth': {
      kind: 'beyond',
      note: 'Asked beyond the proposal’s listed minimum: neither the proposal’s summaries nor EO 13984 list date of birth.',
      askedBy: [
        {
          regimeId: 'bank-cip',
          requirementId: 'bank-cip-date-of-birth',
          note: 'U.S. banks must collect the date of birth of individual customers.',
        },
      ],
    },
    'government-id': {
      kind: 'beyond',
      note: 'Asked beyond the proposal’s listed minimum (the EO mentions national ID numbers).',
      askedBy: [
        {
          regimeId: 'eo-13984',
          requirementId: 'eo-13984-identity',
          note: 'EO 13984 §1(a)(ii)(A) names a "national identification number".',
        },
        {
          regimeId: 'bank-cip',
          requirementId: 'bank-cip-id-number',
          note: 'U.S. banks collect a taxpayer ID from U.S. persons and a passport or other government ID number from others.',
        },
      ],
    },
    'identity-document': {
      kind: 'beyond',
      note: 'A verification step beyond the minimum collection; U.S. banks are not required to keep copies of ID documents.',
      askedBy: [
        {
          regimeId: 'iaas-cip-2024',
          requirementId: 'verification',
          note: 'A verification method the provider chooses for non-U.S. customers; the proposal’s list of acceptable documents is not confirmed.',
        },
        {
          regimeId: 'eo-13984',
          requirementId: 'eo-13984-verification',
          note: 'EO 13984 §1(a)(i) covers the types of documentation and procedures used to verify identity.',
        },
      ],
    },
    nationality: {
      kind: 'beyond',
      note: 'Not on the proposal’s list of collected items.',
      askedBy: [
        {
          regimeId: 'iaas-cip-2024',
          requirementId: 'verification',
          note: 'The proposal’s program targets foreign customers and beneficial owners; citizenship or U.S.-person status tells who would need verification.',
        },
      ],
    },
    'tax-id': {
      kind: 'beyond',
      note: 'Entity information (company tax and registration numbers), not on the proposal’s list of collected items.',
      askedBy: [
        {
          regimeId: 'iaas-cip-2024',
          requirementId: 'beneficial-owners',
          note: 'Identifies a company customer, whose beneficial owners the proposal covers.',
        },
        {
          regimeId: 'bank-cip',
          requirementId: 'bank-cip-id-number',
          note: 'U.S. banks collect a taxpayer identification number from U.S. customers.',
        },
      ],
    },
    organization: {
      kind: 'beyond',
      note: 'Entity information, not on the proposal’s list of collected items.',
      askedBy: [
        {
          regimeId: 'iaas-cip-2024',
          requirementId: 'beneficial-owners',
          note: 'Company context: the proposal covers the beneficial owners of company customers.',
        },
        {
          regimeId: 'bank-cip',
          requirementId: 'bank-beneficial-ownership',
          note: 'Banks identify the beneficial owners of company customers (31 CFR 1010.230).',
        },
      ],
    },
    'intended-use': {
      kind: 'beyond',
      note: 'Not on the proposal’s list of collected items.',
      askedBy: [
        {
          regimeId: 'iaas-cip-2024',
          requirementId: 'ai-training-report',
          note: 'Questions about intended use or AI training relate to the proposal’s report on training large AI models.',
        },
      ],
    },
    credentials: {
      kind: 'not-identity',
      note: 'Account credentials (username, password, one-time codes): not KYC data.',
    },
    other: {
      kind: 'not-identity',
      note: 'Unrelated to the rule (for example consent boxes, marketing preferences, gender).',
    },
  },

  collectedWithoutField: [
    {
      requirementId: 'ip-log',
      note: 'Collected without a form field: the provider logs the IP addresses and times of each access.',
    },
  ],

  openPoints: [
    {
      id: 'section-numbers',
      text: 'The exact section and paragraph numbers of the proposal’s Customer Identification Program.',
      grade: 'unconfirmed',
    },
    {
      id: 'definitions',
      text: 'The proposal’s definitions of foreign person, account, customer and reseller.',
      grade: 'unconfirmed',
    },
    {
      id: 'verification-documents',
      text: 'Any list of documents the proposal accepts for verifying identity.',
      grade: 'unconfirmed',
    },
    {
      id: 'retention-whichever-later',
      text: 'Whether "whichever is later" applies to the two-year retention period.',
      grade: 'unconfirmed',
    },
    {
      id: 'ai-training-thresholds',
      text: 'The technical thresholds that make an AI model "large" for the training report.',
      grade: 'unconfirmed',
    },
    {
      id: 'final-status',
      text: 'The rule’s final status: no final rule was found through mid-2026; one secondary source says the Fall 2025 Unified Agenda lists it as withdrawn, another (June 2026) found no Federal Register withdrawal notice.',
      grade: 'unconfirmed',
    },
  ],
};
