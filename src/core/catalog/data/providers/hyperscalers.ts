// U.S. hyperscalers. Facts from the provider research (providers.md, Nov 2026); every fact carries
// its source, date and reliability. `documented` is what sources say, never what was observed.
import type { Provider } from '../../schema.ts';
import { doc, guess, RESEARCH_NOTE, third } from '../sources.ts';
import { consoleHost, field, login, signup, step } from './build.ts';

const AWS_STEPS = doc('repost.aws/knowledge-center/create-and-activate-aws-account', '2022-02-28');
const AWS_INDIA = doc('docs.aws.amazon.com/accounts/latest/reference/managing-accounts-india.html');

const GCP_GUIDES = third('pastebin UrVYEuZE; gist luisgradossalinas/d719e4eb; ChiefGyk3D/Clouds-Against-Humanity wiki');
const GCP_VERIFY = doc('cloud.google.com/billing/docs/support/verify-pmt-info', '2025-09-04');
const GCP_INDIA = third('discuss.google.dev t/332273 (community answer)');
const GCP_FREE = doc('docs.cloud.google.com/free/docs/free-cloud-features');

const AZURE_SIGNUP = doc(
  'MicrosoftDocs/azure-docs:articles/cost-management-billing/manage/troubleshoot-azure-sign-up.md',
  '2023-04-11',
);

const OCI_LAB = doc('oracle-livelabs/database:xmldb/get-started/get-started.md', '2023-02');
const OCI_WIKI = third('lefred/oci-hackathon-starterkit wiki', '2025-09-08');

const IBM_ID = doc('IBMDeveloperTokyo/how-to-create-ibmid README', '2023-07-12');
const IBM_FAQ = doc('IBM account FAQ (copy at d-laing/account:faqs-account.md)', '2023-06-01');

export const HYPERSCALERS: Provider[] = [
  {
    id: 'aws',
    displayName: 'Amazon Web Services',
    homepage: 'https://aws.amazon.com',
    kind: 'hyperscaler',
    headquarters: 'US',
    evidence: 'solid',
    hosts: [
      signup('signin.aws.amazon.com', ['/signup*'], third('solodev/cloud-documentation:src/quickstart/cloud/aws/index.md'), 'current signup entry point'),
      signup('portal.aws.amazon.com', ['/billing/signup*'], doc('awsdocs/alexa-for-business-administration-guide:doc_source/console_signup.md'), 'billing signup wizard'),
      consoleHost('console.aws.amazon.com', RESEARCH_NOTE),
    ],
    hostPatterns: [
      { pattern: '*.console.aws.amazon.com', role: 'console', source: guess('regional console hosts such as us-east-1.console.aws.amazon.com') },
    ],
    relatedHosts: [
      {
        host: 'opfcaptcha-prod.s3.amazonaws.com',
        note: 'AWS’s own captcha images, served from shared S3 hosting; an asset host, not a page',
        source: third('2020 AWS signup page fixture', '2020'),
      },
    ],
    signupUrls: [
      { url: 'https://signin.aws.amazon.com/signup?request_type=register', status: 'current', source: third('solodev/cloud-documentation:src/quickstart/cloud/aws/index.md') },
      { url: 'https://portal.aws.amazon.com/billing/signup#/start', status: 'legacy', source: doc('awsdocs/alexa-for-business-administration-guide:doc_source/console_signup.md') },
    ],
    thirdPartyHosts: [
      {
        role: 'bank-3ds',
        source: doc('docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/manage-cc-verification.html'),
        note: 'The card issuer may show its own 3-D Secure page; the host depends on the bank.',
      },
    ],
    documented: {
      fields: [
        field('email', 'asked', AWS_STEPS, { types: ['email'], note: 'root user email' }),
        field('credentials', 'asked', AWS_STEPS, { types: ['account-name', 'new-password'], note: 'AWS account name and root password' }),
        field('organization', 'asked', AWS_STEPS, { types: ['account-type', 'organization'], note: 'Personal or Business; company name for business' }),
        field('name', 'asked', AWS_STEPS, { types: ['name'], note: 'full name' }),
        field('phone', 'asked', AWS_STEPS, { types: ['tel'] }),
        field('address', 'asked', AWS_STEPS, {
          types: ['address-line1', 'address-level2', 'address-level1', 'postal-code', 'country'],
          note: 'matches the Account PrimaryContact API (pulumi aws.account.PrimaryContact docs)',
        }),
        field('payment', 'asked', AWS_STEPS, { types: ['cc-number', 'cc-exp', 'cc-name'], note: 'card, "Verify and Add"' }),
        field('tax-id', 'conditional', third('VertebrateResequencing/vr-pipe wiki', '2013'), { note: 'a tax form in some countries' }),
        field('government-id', 'conditional', AWS_INDIA, { types: ['pan'], note: 'AWS India: PAN' }),
        field('identity-document', 'conditional', AWS_INDIA, { note: 'AWS India "customer verification"' }),
        field('intended-use', 'conditional', third('Oracy/high post', '2020-07-06'), { note: 'optional "personalize" step: role and interests' }),
        field('date-of-birth', 'not-asked', AWS_STEPS),
      ],
      verification: [
        step('email-code', 'always', AWS_STEPS, 'code to verify the root email'),
        step('sms', 'conditional', AWS_STEPS, 'SMS or voice call PIN, the user chooses'),
        step('voice', 'conditional', AWS_STEPS, 'SMS or voice call PIN, the user chooses'),
        step('captcha', 'always', AWS_STEPS, 'AWS’s own image or audio captcha in the phone step'),
        step('card-authorization', 'always', doc('repost.aws/knowledge-center/aws-authorization-charges', '2021-11-17'), 'US$1 (INR 2 for AWS India)'),
        step('3ds', 'conditional', doc('docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/manage-cc-verification.html'), 'bank redirect: SMS OTP, bank app or biometrics'),
        step('id-document', 'conditional', AWS_INDIA, 'AWS India customer verification'),
      ],
    },
    notes: ['AWS India is a separate seller entity.', 'Activation can take up to 24 hours.'],
  },
  {
    id: 'gcp',
    displayName: 'Google Cloud',
    homepage: 'https://cloud.google.com',
    kind: 'hyperscaler',
    headquarters: 'US',
    evidence: 'medium',
    hosts: [signup('console.cloud.google.com', ['/freetrial*', '/start*'], GCP_FREE, 'free-trial signup (/freetrial) runs inside the console')],
    relatedHosts: [
      { host: 'accounts.google.com', note: 'Google Account sign-in, shared by every Google service', source: GCP_FREE },
      { host: 'payments.google.com', note: 'Google Payments profile, shared by every Google service', source: GCP_VERIFY },
    ],
    signupUrls: [
      { url: 'https://console.cloud.google.com/freetrial', status: 'current', source: GCP_FREE },
      { url: 'https://console.cloud.google.com/start', status: 'current', source: RESEARCH_NOTE },
    ],
    thirdPartyHosts: [
      { vendorId: 'digilocker', role: 'identity-verification', source: GCP_INDIA, note: 'India: Aadhaar via DigiLocker among the accepted personal IDs' },
    ],
    documented: {
      fields: [
        field('email', 'asked', GCP_FREE, { note: 'a Google Account is required first' }),
        field('address', 'asked', GCP_GUIDES, { types: ['country', 'street-address'], note: 'country first; guides advise matching the card’s address' }),
        field('organization', 'asked', GCP_GUIDES, { types: ['account-type', 'organization'], note: 'Individual or Business; business name' }),
        field('tax-id', 'asked', GCP_GUIDES, { note: 'tax information step' }),
        field('name', 'asked', GCP_GUIDES),
        field('payment', 'asked', GCP_GUIDES, { note: 'card; prepaid cards refused' }),
        field('intended-use', 'conditional', GCP_GUIDES, { note: 'optional survey ("what brings you")' }),
        field('identity-document', 'conditional', GCP_VERIFY, { note: 'rare, after suspicious activity: the admin’s government photo ID and a scan of the card or bank statement' }),
        field('government-id', 'conditional', GCP_INDIA, { note: 'India: PAN, Aadhaar (DigiLocker), Voter ID or passport, with business documents' }),
        field('date-of-birth', 'not-asked', GCP_GUIDES),
      ],
      verification: [
        step('oauth', 'always', GCP_FREE, 'Google Account sign-in'),
        step('card-authorization', 'always', third('2016–2017 Google Cloud FAQ copies (sylvainleroy.com)', '2017'), '$0–1 pending authorisation'),
        step('id-document', 'conditional', GCP_VERIFY, 'emailed form after suspicious activity'),
        step('card-photo', 'conditional', GCP_VERIFY, 'only the last 4 digits visible'),
      ],
    },
    notes: [
      'Cloud Marketplace: an identity verification request must be completed within 30 days.',
      'GUESS: a phone-verification step may appear on the Google Account for some users.',
    ],
  },
  {
    id: 'azure',
    displayName: 'Microsoft Azure',
    homepage: 'https://azure.microsoft.com',
    kind: 'hyperscaler',
    headquarters: 'US',
    evidence: 'solid',
    hosts: [
      signup('signup.azure.com', ['/*'], AZURE_SIGNUP, 'free, pay-as-you-go and student offers'),
      signup('signup.azure.us', ['/*'], doc('MicrosoftDocs/azure-docs articles'), 'Azure Government'),
      consoleHost('account.azure.com', doc('MicrosoftDocs/azure-docs articles'), 'older account centre'),
    ],
    relatedHosts: [
      { host: 'azure.microsoft.com', note: 'marketing site; the /free page links to signup', source: doc('MicrosoftDocs/azure-docs articles') },
      { host: 'signup.live.com', note: 'Microsoft account signup, shared by every Microsoft service', source: doc('MicrosoftDocs/azure-docs articles') },
      { host: 'login.live.com', note: 'Microsoft account login, shared by every Microsoft service', source: doc('MicrosoftDocs/azure-docs articles') },
    ],
    signupUrls: [
      { url: 'https://signup.azure.com/signup?offer=ms-azr-0044p', status: 'current', source: AZURE_SIGNUP, note: 'free account' },
      { url: 'https://signup.azure.com/signup?offer=ms-azr-0003p', status: 'current', source: AZURE_SIGNUP, note: 'pay-as-you-go' },
      { url: 'https://signup.azure.com/studentverification', status: 'current', source: doc('MicrosoftDocs/azure-docs articles'), note: 'Azure for Students' },
      { url: 'https://signup.azure.us/', status: 'current', source: doc('MicrosoftDocs/azure-docs articles'), note: 'Azure Government' },
    ],
    thirdPartyHosts: [
      {
        role: 'payment',
        source: AZURE_SIGNUP,
        note: 'The card check needs third-party cookies, so it runs in a frame on another origin; the origin is not documented.',
      },
    ],
    documented: {
      fields: [
        field('address', 'asked', AZURE_SIGNUP, { types: ['country'], note: 'country/region; the billing address must be in it' }),
        field('name', 'asked', AZURE_SIGNUP, { types: ['given-name', 'family-name'] }),
        field('email', 'asked', AZURE_SIGNUP, { types: ['email'] }),
        field('phone', 'asked', AZURE_SIGNUP, { types: ['tel'], note: 'VoIP numbers are rejected' }),
        field('payment', 'asked', doc('learn.microsoft.com …/troubleshoot-declined-card'), { note: 'free trial and PAYG; no virtual or prepaid cards; name, address and CVV must match the card' }),
        field('organization', 'not-asked', AZURE_SIGNUP, { note: 'not in the About-you section' }),
        field('date-of-birth', 'not-asked', AZURE_SIGNUP),
        field('identity-document', 'not-asked', AZURE_SIGNUP),
      ],
      verification: [
        step('sms', 'conditional', AZURE_SIGNUP, 'text message or "Call me"'),
        step('voice', 'conditional', AZURE_SIGNUP, 'text message or "Call me"; the caller is U.S.-based'),
        step('card-authorization', 'always', AZURE_SIGNUP, 'small temporary hold, released in 3–5 days'),
      ],
    },
    notes: ['Azure for Students: a college account plus SMS, no card (3rd-party: COM673/Azure-for-Students).'],
  },
  {
    id: 'oracle',
    displayName: 'Oracle Cloud Infrastructure',
    homepage: 'https://www.oracle.com/cloud/',
    kind: 'hyperscaler',
    headquarters: 'US',
    evidence: 'solid',
    hosts: [
      signup('signup.cloud.oracle.com', ['/*'], OCI_WIKI),
      consoleHost('cloud.oracle.com', OCI_LAB, 'login with the cloud account name'),
      login('login.oracle.com', RESEARCH_NOTE, 'Oracle SSO'),
    ],
    relatedHosts: [
      { host: 'myservices.us.oraclecloud.com', note: 'legacy signup host (/mycloud/signup)', source: RESEARCH_NOTE },
      { host: 'www.oracle.com', note: 'marketing site; oracle.com/cloud/free links to signup', source: RESEARCH_NOTE },
    ],
    signupUrls: [
      { url: 'https://signup.cloud.oracle.com/', status: 'current', source: OCI_WIKI },
      { url: 'https://myservices.us.oraclecloud.com/mycloud/signup', status: 'legacy', source: RESEARCH_NOTE },
    ],
    thirdPartyHosts: [
      {
        vendorId: 'cybersource',
        role: 'payment',
        source: guess('an Oracle-hosted payment page, possibly CyberSource-backed'),
        note: 'The payment host is unknown.',
      },
    ],
    documented: {
      fields: [
        field('address', 'asked', OCI_LAB, { types: ['country', 'street-address'], note: 'country/territory first, address later' }),
        field('name', 'asked', OCI_LAB, { types: ['given-name', 'family-name'] }),
        field('email', 'asked', OCI_LAB, { types: ['email'] }),
        field('credentials', 'asked', OCI_LAB, { types: ['new-password', 'account-name'], note: 'password and cloud account (tenancy) name' }),
        field('organization', 'conditional', OCI_WIKI, { types: ['account-type', 'organization'], note: 'individual or company; company name optional' }),
        field('other', 'asked', OCI_LAB, { types: ['region-choice'], note: 'home region, cannot be changed later' }),
        field('phone', 'asked', OCI_LAB, { types: ['tel'], note: 'mobile number' }),
        field('payment', 'asked', third('rssnyder gist quoting the form'), { note: 'credit or debit card; virtual and prepaid cards refused' }),
        field('date-of-birth', 'not-asked', OCI_LAB),
        field('identity-document', 'not-asked', OCI_LAB),
      ],
      verification: [
        step('email-link', 'always', OCI_LAB, '"OCI Email Verification" mail'),
        step('sms', 'always', OCI_LAB, '"Text me a code"'),
        step('card-authorization', 'always', OCI_LAB, '"payment verification method"'),
        step('card-authorization', 'conditional', third('hitrov/oci-arm-host-capacity issue #104', '2023-12-25'), 'a US$100 hold on upgrading to pay-as-you-go'),
      ],
    },
  },
  {
    id: 'ibm',
    displayName: 'IBM Cloud',
    homepage: 'https://www.ibm.com/cloud',
    kind: 'hyperscaler',
    headquarters: 'US',
    evidence: 'solid',
    hosts: [signup('cloud.ibm.com', ['/registration*'], IBM_ID, '/registration and /login')],
    relatedHosts: [
      {
        host: 'www.ibm.com',
        note: 'IBMid registration (/account/reg/…/signup) on IBM’s main site, shared by all of IBM; not injected into',
        source: third('gsm007-data/ai-bootcamp-dubai'),
      },
    ],
    signupUrls: [{ url: 'https://cloud.ibm.com/registration', status: 'current', source: IBM_ID }],
    thirdPartyHosts: [],
    documented: {
      fields: [
        field('email', 'asked', IBM_ID, { types: ['email'], note: 'free-mail addresses may be rejected' }),
        field('credentials', 'asked', IBM_ID, { types: ['new-password'] }),
        field('name', 'asked', IBM_ID, { types: ['given-name', 'family-name'] }),
        field('other', 'asked', IBM_ID, { types: ['marketing-opt-in', 'consent'], note: 'marketing opt-in, terms and privacy notice' }),
        field('organization', 'asked', IBM_ID, { types: ['account-type', 'organization'], note: 'individual or company; company name and country' }),
        field('address', 'asked', IBM_ID, { note: 'billing address' }),
        field('phone', 'asked', IBM_ID),
        field('payment', 'asked', IBM_FAQ, { note: 'credit card "for identity verification" unless a subscription or feature code is used' }),
        field('date-of-birth', 'not-asked', IBM_ID),
        field('identity-document', 'not-asked', IBM_ID),
      ],
      verification: [
        step('email-code', 'always', IBM_ID, '7-digit code at signup, 6-digit code at first login'),
        step('card-authorization', 'always', doc('ibm.com/fr-fr/products/cloud/free/storage', '2024-05-20'), 'about US$1, reversed in 24–72 h'),
      ],
    },
    notes: [
      'IBMid registration runs on www.ibm.com, which the extension does not run on; use "Analyze this page" there.',
      'In some countries the card is entered on IBM.com (myibm.com/billing) (JNETCOMMUNITY/billing-usage, 2021-06-03).',
    ],
  },
];
