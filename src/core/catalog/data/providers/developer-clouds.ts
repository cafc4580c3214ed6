// Developer clouds and VPS hosts. Facts from the provider research (providers.md, Nov 2026).
import type { Provider } from '../../schema.ts';
import { doc, guess, RESEARCH_NOTE, third } from '../sources.ts';
import { consoleHost, field, signup, step } from './build.ts';

const DO_GUIDES = third(
  'Quirktree/info314-website:docs/resources/digital-ocean.md; zw866/dsai ACTIVITY_digitalocean_signup.md; mariadb-kester/docker-operator digitalocean readme',
);
const DO_ACCOUNTS = doc('docs.digitalocean.com/products/accounts', '2024-05-14');
const DO_PAYMENT = doc('docs.digitalocean.com/support/why-do-i-need-to-enter-a-payment-method', '2024-03-18');

const LINODE_START = doc('linode/docs:docs/guides/platform/get-started/getting-started/index.md', '2022-02-18');
const LINODE_PORTAL = third('linode.com/community/questions/21086');

const VULTR_PLATFORM = doc('docs.vultr.com/support/platform');
const VULTR_PAYMENT = doc('docs.vultr.com …/why-do-i-need-to-enter-a-payment-method', '2025-09-15');
const VULTR_PAYPAL = doc('docs.vultr.com …/why-cant-i-pay-with-my-paypal', '2025-09-15');

const HETZNER_BLOG = third('draft post for blog.tomaszdunia.pl (unattributed copy)', '2026-02');
const HETZNER_PRIVACY = doc('docs.hetzner.com/general/company-and-policy/data-protection-at-hetzner');

const OVH_GUIDE = doc(
  'ovh/docs:pages/account_and_service_management/account_information/ovhcloud-account-creation/guide.en-gb.md',
  '2025-12-16',
);
const OVH_ORDER = doc('support.us.ovhcloud.com article 29332308749587');

const SCW_CREATE = doc('scaleway/docs-content:macros/console/create-account.mdx');
const SCW_VERIFY = doc('scaleway/docs-content:pages/account/setup-lifecycle/verify-identity.mdx', '2026-02-04');

const UPCLOUD_REQ = doc('upcloud.com/docs/getting-started/accounts/account-requirements; upcloud.com/resources/docs/user-account');

const CONTABO_KB = doc('contabo.com/blog/kb/103000348466-why-do-i-need-to-verify-my-purchase');
const CONTABO_HELP = doc('help.contabo.com …/103000268796');

export const DEVELOPER_CLOUDS: Provider[] = [
  {
    id: 'digitalocean',
    displayName: 'DigitalOcean',
    homepage: 'https://www.digitalocean.com',
    kind: 'developer-cloud',
    headquarters: 'US',
    evidence: 'solid',
    hosts: [signup('cloud.digitalocean.com', ['/registrations*'], DO_GUIDES, 'registration (/registrations/new), login and control panel')],
    signupUrls: [{ url: 'https://cloud.digitalocean.com/registrations/new', status: 'current', source: DO_GUIDES }],
    thirdPartyHosts: [
      { vendorId: 'paypal', role: 'payment', source: DO_GUIDES, note: 'PayPal prepayment of about $5' },
      { vendorId: 'google-pay', role: 'payment', source: DO_GUIDES, note: 'Chromium browsers' },
      { vendorId: 'alipay', role: 'payment', source: DO_GUIDES },
      { role: 'payment', source: guess('Stripe or Braintree'), note: 'The card processor is not established.' },
    ],
    documented: {
      fields: [
        field('email', 'asked', DO_GUIDES, { types: ['email'] }),
        field('credentials', 'asked', DO_GUIDES, { types: ['new-password'] }),
        field('payment', 'asked', DO_PAYMENT, { note: 'card, PayPal prepayment, Google Pay, Apple Pay or Alipay; used to verify identity' }),
        field('name', 'conditional', DO_GUIDES, { note: 'billing' }),
        field('address', 'conditional', DO_GUIDES, { note: 'billing' }),
        field('phone', 'not-asked', DO_GUIDES),
        field('identity-document', 'conditional', DO_ACCOUNTS, { note: 'photo ID "under some circumstances"; the step can be deferred' }),
        field('date-of-birth', 'not-asked', DO_GUIDES),
      ],
      verification: [
        step('email-link', 'always', DO_GUIDES),
        step('oauth', 'conditional', DO_GUIDES, 'Google or GitHub instead of a password'),
        step('card-authorization', 'conditional', third('DigitalOcean community Q&A'), 'about $5 hold'),
        step('id-document', 'conditional', DO_ACCOUNTS, '"verify your identity" screen; automatic within about 30 days otherwise'),
      ],
    },
    notes: ['The identity-verification vendor is unknown.'],
  },
  {
    id: 'linode',
    displayName: 'Akamai Cloud (Linode)',
    homepage: 'https://www.linode.com',
    kind: 'developer-cloud',
    headquarters: 'US',
    evidence: 'solid',
    hosts: [
      signup('login.linode.com', ['/signup*'], doc('linode/docs PR #2338'), 'signup and login'),
      consoleHost('cloud.linode.com', LINODE_START, 'Cloud Manager'),
    ],
    relatedHosts: [{ host: 'manager.linode.com', note: 'former signup host', source: doc('linode/docs PR #2338') }],
    signupUrls: [
      { url: 'https://login.linode.com/signup', status: 'current', source: doc('linode/docs PR #2338') },
      { url: 'https://manager.linode.com/signup', status: 'legacy', source: doc('linode/docs PR #2338') },
    ],
    thirdPartyHosts: [],
    documented: {
      fields: [
        field('email', 'asked', LINODE_START, { types: ['email'] }),
        field('credentials', 'asked', LINODE_START, { types: ['username', 'new-password'] }),
        field('address', 'asked', LINODE_START, { note: 'billing information' }),
        field('payment', 'asked', LINODE_START, { note: 'credit or debit card; Google Pay and PayPal only after activation' }),
        field('phone', 'not-asked', LINODE_START, { note: 'optional, for account security' }),
        field('identity-document', 'conditional', LINODE_PORTAL, { note: 'card images and a government photo ID via the Credential Submission Portal (account recovery; use in signup review is a guess)' }),
        field('date-of-birth', 'not-asked', LINODE_START),
      ],
      verification: [
        step('email-link', 'always', LINODE_START),
        step('oauth', 'conditional', LINODE_START, 'Google or GitHub'),
        step('manual-review', 'conditional', LINODE_START, 'some accounts; instructions by email'),
        step('id-document', 'conditional', LINODE_PORTAL),
        step('card-photo', 'conditional', LINODE_PORTAL, 'front and back; last 6 digits, expiry, name'),
      ],
    },
  },
  {
    id: 'vultr',
    displayName: 'Vultr',
    homepage: 'https://www.vultr.com',
    kind: 'developer-cloud',
    headquarters: 'US',
    evidence: 'medium',
    hosts: [signup('www.vultr.com', ['/register*'], third('many READMEs'), 'registration (/register/)'), consoleHost('my.vultr.com', RESEARCH_NOTE)],
    signupUrls: [{ url: 'https://www.vultr.com/register/', status: 'current', source: third('many READMEs') }],
    thirdPartyHosts: [
      { vendorId: 'paypal', role: 'payment', source: VULTR_PAYPAL, note: 'needs a backup funding source for the billing agreement' },
      { vendorId: 'alipay', role: 'payment', source: VULTR_PAYMENT },
      { vendorId: 'bitpay', role: 'payment', source: VULTR_PAYMENT, note: 'crypto' },
    ],
    documented: {
      fields: [
        field('email', 'asked', VULTR_PLATFORM, { types: ['email'] }),
        field('credentials', 'asked', VULTR_PLATFORM, { types: ['new-password'] }),
        field('payment', 'asked', VULTR_PAYMENT, { note: 'required to deploy; described as identity verification; no Apple Pay or Google Pay' }),
        field('name', 'not-asked', VULTR_PLATFORM, { note: 'not at signup' }),
        field('address', 'conditional', VULTR_PLATFORM),
        field('phone', 'not-asked', VULTR_PLATFORM),
        field('tax-id', 'conditional', VULTR_PLATFORM, { types: ['vat-number'], note: 'VAT ID in settings' }),
        field('date-of-birth', 'not-asked', VULTR_PLATFORM),
      ],
      verification: [
        step('email-link', 'always', VULTR_PLATFORM),
        step('oauth', 'conditional', VULTR_PLATFORM, 'Google or GitHub, cannot be changed later'),
        step('card-authorization', 'always', VULTR_PAYMENT, 'temporary authorisation hold'),
      ],
    },
  },
  {
    id: 'hetzner',
    displayName: 'Hetzner',
    homepage: 'https://www.hetzner.com',
    kind: 'vps',
    headquarters: 'DE',
    evidence: 'medium',
    hosts: [
      signup('accounts.hetzner.com', ['/signUp*', '/verification*'], HETZNER_PRIVACY, 'signup (/signUp) and the accounts panel'),
      consoleHost('console.hetzner.com', RESEARCH_NOTE),
      consoleHost('console.hetzner.cloud', RESEARCH_NOTE),
      consoleHost('robot.hetzner.com', RESEARCH_NOTE, 'dedicated servers'),
    ],
    signupUrls: [{ url: 'https://accounts.hetzner.com/signUp', status: 'current', source: HETZNER_PRIVACY }],
    thirdPartyHosts: [
      { vendorId: 'paypal', role: 'payment', source: HETZNER_BLOG },
      { role: 'bank-3ds', source: HETZNER_BLOG, note: '3-D Secure confirmation in the bank app' },
      { role: 'identity-verification', source: HETZNER_BLOG, note: 'The identity-verification vendor is unknown.' },
    ],
    documented: {
      fields: [
        field('email', 'asked', HETZNER_BLOG, { types: ['email'] }),
        field('credentials', 'asked', HETZNER_BLOG, { types: ['new-password'] }),
        field('organization', 'asked', HETZNER_BLOG, { types: ['account-type'], note: 'Individual or Business' }),
        field('name', 'asked', HETZNER_BLOG, { types: ['honorific-prefix', 'given-name', 'family-name'] }),
        field('address', 'asked', HETZNER_BLOG, { types: ['street-address', 'address-housenumber', 'postal-code', 'address-level2', 'country'] }),
        field('tax-id', 'conditional', HETZNER_BLOG, { types: ['vat-number'], note: 'optional VAT ID' }),
        field('phone', 'asked', HETZNER_BLOG, { types: ['tel'], note: 'mobile optional' }),
        field('other', 'asked', doc('docs.hetzner.com/accounts-panel/accounts/payment-faq', '2025-11-26'), { types: ['currency'], note: 'EUR or USD, fixed at creation' }),
        field('payment', 'asked', HETZNER_BLOG, { note: 'bank transfer, card (with consent to store), PayPal; SEPA and UnionPay too' }),
        field('identity-document', 'conditional', HETZNER_BLOG, { types: ['id-document-upload', 'selfie'], note: '"Verification" tab: ID card, driving licence or passport, then a face photo (3rd-party reports only)' }),
        field('date-of-birth', 'not-asked', HETZNER_BLOG),
      ],
      verification: [
        step('email-link', 'always', HETZNER_BLOG),
        step('3ds', 'conditional', HETZNER_BLOG),
        step('card-authorization', 'conditional', third('unattributed copy'), 'about €1'),
        step('id-document', 'conditional', HETZNER_BLOG),
        step('selfie', 'conditional', HETZNER_BLOG),
        step('manual-review', 'conditional', HETZNER_BLOG, 'the automated check can fall back to a human'),
      ],
    },
    notes: [
      'No official Hetzner page on ID checks was found; contrary report: PayPal-only signup without ID works (zyrexdz/cyberleek-leak-research issue #7).',
      'New customers must pay their first invoice quickly (docs.hetzner.com late-payments FAQ, 2024-04-04).',
    ],
  },
  {
    id: 'ovhcloud',
    displayName: 'OVHcloud',
    homepage: 'https://www.ovhcloud.com',
    kind: 'developer-cloud',
    headquarters: 'FR',
    evidence: 'solid',
    hosts: [
      signup('www.ovh.com', ['/auth*'], OVH_GUIDE, 'Control Panel auth (/auth) and manager (/manager), EU'),
      signup('ca.ovh.com', ['/auth*'], OVH_GUIDE, 'Control Panel auth for CA/WE'),
      signup('us.ovhcloud.com', ['/auth*'], OVH_GUIDE, 'the U.S. site'),
    ],
    signupUrls: [
      { url: 'https://www.ovh.com/auth/?action=gotomanager', status: 'current', source: OVH_GUIDE },
      { url: 'https://ca.ovh.com/auth/', status: 'current', source: OVH_GUIDE },
    ],
    thirdPartyHosts: [],
    documented: {
      fields: [
        field('name', 'asked', OVH_GUIDE, { types: ['given-name', 'family-name'] }),
        field('email', 'asked', OVH_GUIDE, { types: ['email'] }),
        field('credentials', 'asked', OVH_GUIDE, { types: ['new-password'] }),
        field('organization', 'asked', OVH_GUIDE, { types: ['account-type'], note: 'Non-profit, Company or Private individual' }),
        field('address', 'asked', OVH_GUIDE),
        field('phone', 'asked', doc('support.us.ovhcloud.com account FAQ'), { types: ['tel'], note: 'international format' }),
        field('payment', 'conditional', OVH_GUIDE, { note: 'at order' }),
        field('date-of-birth', 'conditional', guess('terraform-provider-ovh ovh_me data source exposes birth_day and birth_city'), { types: ['bday', 'place-of-birth'], note: 'the account API has these fields; when the form asks is unknown' }),
        field('tax-id', 'conditional', guess('terraform-provider-ovh ovh_me data source exposes company_national_identification_number'), { types: ['company-registration-number'] }),
        field('identity-document', 'conditional', OVH_ORDER, { types: ['id-document-upload', 'selfie'], note: 'order validation: government photo ID, card photo, selfie holding the ID' }),
      ],
      verification: [
        step('email-code', 'always', OVH_GUIDE),
        step('manual-review', 'conditional', OVH_ORDER, 'order status "Awaiting documents"; upload within 48 h'),
        step('id-document', 'conditional', OVH_ORDER),
        step('card-photo', 'conditional', OVH_ORDER, 'name and last 4 digits'),
        step('selfie', 'conditional', OVH_ORDER, 'holding the ID'),
        step('proof-of-address', 'conditional', third('ipfs/infra issue #250', '2017'), 'EU, 2017: an invoice less than 2 months old'),
      ],
    },
    notes: ['The account gets a NIC handle such as aa00000-ovh.'],
  },
  {
    id: 'scaleway',
    displayName: 'Scaleway',
    homepage: 'https://www.scaleway.com',
    kind: 'developer-cloud',
    headquarters: 'FR',
    evidence: 'solid',
    hosts: [signup('account.scaleway.com', ['/register*'], SCW_CREATE), consoleHost('console.scaleway.com', SCW_CREATE)],
    signupUrls: [{ url: 'https://account.scaleway.com/register', status: 'current', source: SCW_CREATE }],
    thirdPartyHosts: [
      {
        vendorId: 'jumio',
        role: 'identity-verification',
        source: doc('scaleway.com/en/docs/console/my-account/how-to/verify-identity/', '2021-12-22'),
        note: 'named in 2021; the current vendor is not documented',
      },
      { role: 'bank-3ds', source: SCW_CREATE, note: '3-D Secure with the €1 authorisation' },
    ],
    documented: {
      fields: [
        field('organization', 'asked', SCW_CREATE, { types: ['account-type'], note: 'Personal or Professional; newer: Corporate, Startup, Consultant/Freelancer, Personal project (PR #5703)' }),
        field('email', 'asked', SCW_CREATE, { types: ['email'] }),
        field('other', 'asked', SCW_CREATE, { types: ['consent'], note: 'ToS and DPA' }),
        field('name', 'asked', SCW_CREATE),
        field('phone', 'asked', SCW_CREATE, { types: ['tel', 'phone-verification-code'] }),
        field('address', 'asked', SCW_CREATE, { note: 'billing address; "Add later" allowed' }),
        field('payment', 'asked', SCW_CREATE, { note: 'can be deferred; prepaid and some virtual cards refused' }),
        field('identity-document', 'conditional', SCW_VERIFY, { types: ['id-document-upload', 'selfie'], note: 'optional, unlocks quotas; needs a payment method first' }),
        field('date-of-birth', 'not-asked', SCW_CREATE),
      ],
      verification: [
        step('oauth', 'conditional', SCW_CREATE, 'Google, Microsoft or GitHub'),
        step('email-link', 'always', SCW_CREATE),
        step('sms', 'always', SCW_CREATE, '6-digit code'),
        step('card-authorization', 'always', SCW_CREATE, '€1'),
        step('3ds', 'conditional', SCW_CREATE),
        step('statement-code', 'always', SCW_CREATE, 'the 4-digit code in the statement label SCW* C-1234, within 10 days'),
        step('id-document', 'conditional', SCW_VERIFY, 'government photo ID photographed within 15 minutes'),
        step('selfie', 'conditional', SCW_VERIFY),
        step('manual-review', 'conditional', SCW_VERIFY, 'manual fallback'),
      ],
    },
    notes: ['In 2021 identity verification was required to reach "Build level".'],
  },
  {
    id: 'upcloud',
    displayName: 'UpCloud',
    homepage: 'https://upcloud.com',
    kind: 'developer-cloud',
    headquarters: 'FI',
    evidence: 'solid',
    hosts: [signup('signup.upcloud.com', ['/*'], UPCLOUD_REQ, 'takes a ?promo= parameter'), consoleHost('hub.upcloud.com', UPCLOUD_REQ)],
    signupUrls: [{ url: 'https://signup.upcloud.com/', status: 'current', source: UPCLOUD_REQ }],
    thirdPartyHosts: [
      { vendorId: 'braintree', role: 'payment', source: doc('upcloud.com/support/adding-balance-to-your-account/'), note: 'cards are stored with Braintree' },
      { vendorId: 'paypal', role: 'payment', source: doc('upcloud.com/support/adding-balance-to-your-account/') },
    ],
    documented: {
      fields: [
        field('credentials', 'asked', UPCLOUD_REQ, { types: ['username', 'new-password'] }),
        field('name', 'asked', UPCLOUD_REQ),
        field('email', 'asked', UPCLOUD_REQ, { types: ['email'] }),
        field('phone', 'asked', UPCLOUD_REQ, { types: ['tel'] }),
        field('payment', 'asked', UPCLOUD_REQ, { note: 'card needed to activate the 3-day trial' }),
        field('address', 'asked', UPCLOUD_REQ, { note: 'billing address' }),
        field('date-of-birth', 'not-asked', UPCLOUD_REQ),
        field('identity-document', 'not-asked', UPCLOUD_REQ),
      ],
      verification: [
        step('card-authorization', 'always', doc('upcloud.com/docs/getting-started/faq/'), '€1 temporary authorisation; €10 deposit to upgrade'),
        step('sanctions-screening', 'always', third('UpCloud docs as summarised in the provider research (page not named)'), 'card issuing country, IP geolocation and phone country code'),
      ],
    },
  },
  {
    id: 'contabo',
    displayName: 'Contabo',
    homepage: 'https://contabo.com',
    kind: 'vps',
    headquarters: 'DE',
    evidence: 'medium',
    hosts: [
      signup('contabo.com', ['/', '/*/checkout*', '/checkout*'], guess('the account is created at checkout on contabo.com; no standalone signup page was found')),
      consoleHost('my.contabo.com', CONTABO_HELP, 'control panel'),
    ],
    signupUrls: [
      { url: 'https://contabo.com/', status: 'current', source: guess('checkout on contabo.com'), note: 'account created at checkout' },
    ],
    thirdPartyHosts: [],
    documented: {
      fields: [
        field('name', 'asked', CONTABO_KB, { types: ['given-name', 'family-name'] }),
        field('address', 'asked', CONTABO_KB, { types: ['street-address', 'address-level2', 'postal-code', 'country'] }),
        field('phone', 'asked', CONTABO_KB, { types: ['tel'] }),
        field('payment', 'asked', CONTABO_KB, { note: 'at checkout' }),
        field('identity-document', 'conditional', CONTABO_KB, { types: ['id-document-upload', 'proof-of-address'], note: 'passport, driving licence or national ID scan plus a utility bill, by email' }),
      ],
      verification: [
        step('manual-review', 'conditional', CONTABO_HELP, 'order status "Pending Verification" / "Verification Needed"'),
        step('id-document', 'conditional', CONTABO_KB),
        step('proof-of-address', 'conditional', CONTABO_KB, 'utility bill with name and address'),
      ],
    },
    notes: ['Contabo says it is legally obliged to verify customer data for each customer.'],
  },
];
