// GPU clouds. Facts from the provider research (providers.md, Nov 2026); most are thinly sourced.
import type { Provider } from '../../schema.ts';
import { doc, guess, third } from '../sources.ts';
import { consoleHost, field, signup, step } from './build.ts';

const LAMBDA_BILLING = doc('docs.lambda.ai/public-cloud/manage-billing');
const COREWEAVE_USERS = doc('docs.coreweave.com/security/authn-authz/manage-users', '2026-06-10');
const RUNPOD_BILLING = doc('docs.runpod.io/get-started/billing-information; runpod/docs PR #526');
const VAST_BILLING = doc('docs.vast.ai/billing');
const VAST_HOSTS = third('api-evangelist/providers:_providers/vast-ai.md');
const PAPERSPACE_SIGNUP = third('2026 provider survey quoting the form (unattributed copy)', '2026-08-18');
const PAPERSPACE_CARD = doc('support.paperspace.com 360016440974');
const TOGETHER_BILLING = doc('docs.together.ai/docs/billing-credits; billing-payment-methods');
const CRUSOE_HOSTS = third('api-evangelist/providers; hackathon README');
const CRUSOE_BILLING = doc('docs.crusoecloud.com/usage-billing/viewing-billing');
const CRUSOE_ACCOUNT = doc('docs.crusoecloud.com/account-management/overview');

export const GPU_CLOUDS: Provider[] = [
  {
    id: 'lambda',
    displayName: 'Lambda',
    homepage: 'https://lambda.ai',
    kind: 'gpu-cloud',
    headquarters: 'US',
    evidence: 'medium',
    hosts: [signup('cloud.lambda.ai', ['/sign-up*'], LAMBDA_BILLING, 'signup (/sign-up), login and dashboard')],
    signupUrls: [{ url: 'https://cloud.lambda.ai/sign-up', status: 'current', source: LAMBDA_BILLING }],
    thirdPartyHosts: [],
    documented: {
      fields: [
        field('payment', 'asked', LAMBDA_BILLING, { note: 'major credit cards only (no prepaid or debit), before anything can launch' }),
        field('address', 'asked', LAMBDA_BILLING, { types: ['postal-code'], note: 'ZIP is checked against the card' }),
        field('date-of-birth', 'not-asked', LAMBDA_BILLING),
        field('identity-document', 'not-asked', LAMBDA_BILLING),
      ],
      verification: [step('card-authorization', 'always', LAMBDA_BILLING, '$10 pre-authorisation; CVV and ZIP checked; VPN use is flagged')],
    },
  },
  {
    id: 'coreweave',
    displayName: 'CoreWeave',
    homepage: 'https://www.coreweave.com',
    kind: 'gpu-cloud',
    headquarters: 'US',
    evidence: 'weak',
    hosts: [
      signup('cloud.coreweave.com', ['/', '/signup*'], COREWEAVE_USERS, 'portal where invited users and a new organisation’s first user sign in'),
      consoleHost('console.coreweave.com', COREWEAVE_USERS),
    ],
    signupUrls: [{ url: 'https://cloud.coreweave.com/', status: 'current', source: COREWEAVE_USERS }],
    thirdPartyHosts: [],
    documented: {
      fields: [
        field('organization', 'asked', COREWEAVE_USERS, { note: 'organisation; its first user becomes admin' }),
        field('email', 'asked', COREWEAVE_USERS, { types: ['email'], note: 'must match the invite' }),
      ],
      verification: [
        step('invite', 'always', COREWEAVE_USERS),
        step('oauth', 'conditional', COREWEAVE_USERS, 'GitHub/Gmail or SAML SSO'),
      ],
    },
    notes: ['No public self-serve signup was found; GUESS: organisations are created through sales.'],
  },
  {
    id: 'runpod',
    displayName: 'RunPod',
    homepage: 'https://www.runpod.io',
    kind: 'gpu-cloud',
    headquarters: 'US',
    evidence: 'weak',
    hosts: [
      signup('www.runpod.io', ['/console/signup*'], third('3rd-party automation template'), 'signup (/console/signup)'),
      consoleHost('console.runpod.io', RUNPOD_BILLING),
    ],
    signupUrls: [{ url: 'https://www.runpod.io/console/signup', status: 'current', source: third('3rd-party automation template') }],
    thirdPartyHosts: [],
    documented: {
      fields: [
        field('email', 'asked', third('3rd-party automation template'), { types: ['email'] }),
        field('payment', 'asked', RUNPOD_BILLING, { note: 'prepaid credits; at least one hour of runtime' }),
        field('address', 'conditional', RUNPOD_BILLING),
        field('phone', 'not-asked', RUNPOD_BILLING),
      ],
      verification: [step('email', 'always', third('3rd-party automation template')), step('prepaid-credit', 'always', RUNPOD_BILLING)],
    },
  },
  {
    id: 'vastai',
    displayName: 'Vast.ai',
    homepage: 'https://vast.ai',
    kind: 'gpu-cloud',
    headquarters: 'US',
    evidence: 'medium',
    hosts: [signup('cloud.vast.ai', ['/create*', '/billing*'], VAST_HOSTS, 'signup (/create) and login (/login)')],
    signupUrls: [{ url: 'https://cloud.vast.ai/create', status: 'current', source: VAST_HOSTS }],
    thirdPartyHosts: [
      { vendorId: 'stripe', role: 'payment', source: VAST_BILLING, note: 'cards go through Stripe' },
      { vendorId: 'coinbase-commerce', role: 'payment', source: VAST_BILLING, note: 'crypto via Coinbase' },
      { role: 'payment', source: VAST_BILLING, note: 'crypto via Crypto.com; its host is not recorded here' },
    ],
    documented: {
      fields: [
        field('email', 'asked', VAST_BILLING, { types: ['email'] }),
        field('payment', 'asked', VAST_BILLING, { note: 'card (Stripe) or crypto' }),
        field('address', 'conditional', VAST_BILLING, { note: 'invoice information in settings' }),
        field('name', 'not-asked', VAST_BILLING),
        field('phone', 'not-asked', VAST_BILLING),
      ],
      verification: [
        step('email', 'always', VAST_BILLING),
        step('card-authorization', 'always', VAST_BILLING, 'card verification, then a small free test credit'),
      ],
    },
  },
  {
    id: 'paperspace',
    displayName: 'Paperspace (DigitalOcean)',
    homepage: 'https://www.paperspace.com',
    kind: 'gpu-cloud',
    headquarters: 'US',
    parentId: 'digitalocean',
    evidence: 'medium',
    hosts: [signup('console.paperspace.com', ['/signup*'], PAPERSPACE_SIGNUP, 'signup (/signup) and console')],
    signupUrls: [{ url: 'https://console.paperspace.com/signup', status: 'current', source: PAPERSPACE_SIGNUP }],
    thirdPartyHosts: [{ vendorId: 'stripe', role: 'payment', source: PAPERSPACE_CARD, note: 'cards processed by Stripe' }],
    documented: {
      fields: [
        field('email', 'asked', PAPERSPACE_SIGNUP, { types: ['email'], note: '"Email address"' }),
        field('credentials', 'asked', PAPERSPACE_SIGNUP, { types: ['new-password'], note: '"Password"' }),
        field('payment', 'asked', PAPERSPACE_CARD, { note: 'every account needs a card on file; no free trial' }),
        field('name', 'not-asked', PAPERSPACE_SIGNUP, { note: 'not at signup' }),
        field('phone', 'not-asked', PAPERSPACE_SIGNUP),
      ],
      verification: [],
    },
    notes: ['Billing moved to cloud.digitalocean.com in December 2023 (docs.paperspace.com release notes).'],
  },
  {
    id: 'together',
    displayName: 'Together AI',
    homepage: 'https://www.together.ai',
    kind: 'gpu-cloud',
    headquarters: 'US',
    evidence: 'medium',
    hosts: [signup('api.together.ai', ['/', '/signup*'], TOGETHER_BILLING, 'web app; billing at /settings/billing')],
    signupUrls: [{ url: 'https://api.together.ai/', status: 'current', source: TOGETHER_BILLING }],
    thirdPartyHosts: [
      { role: 'payment', source: TOGETHER_BILLING, note: 'in some territories a bank authorisation link is emailed; its host is not documented' },
    ],
    documented: {
      fields: [
        field('payment', 'asked', TOGETHER_BILLING, { note: 'minimum $5 credit purchase; Visa, Mastercard, Amex credit or debit, no prepaid; ACH for enterprise' }),
        field('address', 'conditional', TOGETHER_BILLING, { note: 'invoice address, separate from the card address' }),
        field('tax-id', 'conditional', guess('summary table: tax ID conditional; no page named')),
        field('phone', 'not-asked', TOGETHER_BILLING),
      ],
      verification: [step('bank-authorization', 'conditional', TOGETHER_BILLING, 'emailed bank authorisation link in some territories')],
    },
  },
  {
    id: 'crusoe',
    displayName: 'Crusoe Cloud',
    homepage: 'https://www.crusoe.ai',
    kind: 'gpu-cloud',
    headquarters: 'US',
    evidence: 'weak',
    hosts: [signup('console.crusoecloud.com', ['/signup*', '/request*'], CRUSOE_HOSTS, 'signup (/signup) and access requests (/request)')],
    signupUrls: [
      { url: 'https://console.crusoecloud.com/signup', status: 'current', source: CRUSOE_HOSTS },
      { url: 'https://console.crusoecloud.com/request', status: 'current', source: CRUSOE_HOSTS, note: 'access request' },
    ],
    thirdPartyHosts: [{ vendorId: 'stripe', role: 'payment', source: CRUSOE_BILLING, note: '"Manage payments (Stripe)"' }],
    documented: {
      fields: [
        field('organization', 'asked', CRUSOE_ACCOUNT, { note: 'an organisation equals a billing account' }),
        field('address', 'asked', CRUSOE_BILLING, { note: 'billing address' }),
        field('payment', 'asked', CRUSOE_BILLING, { note: 'card via Stripe' }),
        field('tax-id', 'conditional', guess('summary table: tax ID conditional; no page named')),
      ],
      verification: [step('manual-review', 'conditional', CRUSOE_ACCOUNT, 'earlier a private beta: "request access"')],
    },
  },
];
