// Storage, edge and PaaS providers. Facts from the provider research (providers.md, Nov 2026).
import type { Provider } from '../../schema.ts';
import { doc, guess, RESEARCH_NOTE, third } from '../sources.ts';
import { field, login, signup, step } from './build.ts';

const CF_SIGNUP = doc('cloudflare/cloudflare-docs:src/content/partials/fundamentals/create-account.mdx');
const CF_BILLING = doc('cloudflare/cloudflare-typescript:src/resources/user/billing/profile.ts (v4.2.0)');

const B2_API = third('b2_reserve_trial_create_account API; 3rd-party READMEs');

const WASABI_API = guess('inferred from the WACM create-standalone-account API (docs.wasabi.com/apidocs/create-standalone-account)', '2026-02-25');

const HEROKU_VERIFY = doc('devcenter.heroku.com/articles/account-verification', '2025-09-26');
const HEROKU_NOTES = third('3rd-party signup notes');

const RENDER_LOGIN = third('docs.render.com/login-settings mirror');
const FLY_BILLING = doc('superfly/docs about/billing (PR #2417)');
const FLY_TEMPLATE = third('3rd-party automation template');
const NETLIFY_SETTINGS = doc('docs.netlify.com/accounts-and-billing/user-settings');

export const STORAGE_EDGE_PAAS: Provider[] = [
  {
    id: 'cloudflare',
    displayName: 'Cloudflare',
    homepage: 'https://www.cloudflare.com',
    kind: 'edge',
    headquarters: 'US',
    evidence: 'solid',
    hosts: [signup('dash.cloudflare.com', ['/sign-up*'], CF_SIGNUP, 'signup (/sign-up) and dashboard')],
    signupUrls: [{ url: 'https://dash.cloudflare.com/sign-up', status: 'current', source: CF_SIGNUP }],
    thirdPartyHosts: [
      {
        host: 'challenges.cloudflare.com',
        vendorId: 'cloudflare-turnstile',
        role: 'captcha',
        source: third('iAm-182/bluk-cf README (automation tool)'),
        note: 'Turnstile protects the signup form',
      },
      {
        vendorId: 'braintree',
        role: 'payment',
        source: guess('the billing profile’s payment_nonce and device_data fields suggest a Braintree-style gateway'),
        note: 'paid plans only',
      },
    ],
    documented: {
      fields: [
        field('email', 'asked', CF_SIGNUP, { types: ['email'] }),
        field('credentials', 'asked', CF_SIGNUP, { types: ['new-password'] }),
        field('name', 'conditional', CF_BILLING, { types: ['given-name', 'family-name'], note: 'billing profile, paid plans' }),
        field('address', 'conditional', CF_BILLING, { types: ['address-line1', 'address-line2', 'address-level2', 'address-level1', 'postal-code', 'country'], note: 'billing profile, paid plans' }),
        field('organization', 'conditional', CF_BILLING, { types: ['organization'], note: 'billing profile, paid plans' }),
        field('phone', 'conditional', CF_BILLING, { types: ['tel'], note: 'billing profile, paid plans' }),
        field('tax-id', 'conditional', CF_BILLING, { types: ['vat-number'], note: 'VAT / tax ID type' }),
        field('payment', 'conditional', CF_BILLING, { note: 'paid plans only; the free plan needs no card' }),
        field('date-of-birth', 'not-asked', CF_SIGNUP),
        field('identity-document', 'not-asked', CF_SIGNUP),
      ],
      verification: [
        step('email-link', 'always', CF_SIGNUP),
        step('captcha', 'always', third('iAm-182/bluk-cf README (automation tool)'), 'Cloudflare Turnstile'),
      ],
    },
  },
  {
    id: 'backblaze',
    displayName: 'Backblaze B2',
    homepage: 'https://www.backblaze.com',
    kind: 'storage',
    headquarters: 'US',
    evidence: 'medium',
    hosts: [signup('www.backblaze.com', ['/sign-up/*'], RESEARCH_NOTE, 'signup pages under /sign-up/')],
    signupUrls: [
      { url: 'https://www.backblaze.com/sign-up/cloud-storage', status: 'current', source: RESEARCH_NOTE },
      { url: 'https://www.backblaze.com/sign-up/ai-cloud-storage', status: 'current', source: RESEARCH_NOTE },
    ],
    thirdPartyHosts: [],
    documented: {
      fields: [
        field('email', 'asked', B2_API, { types: ['email'] }),
        field('credentials', 'asked', B2_API, { types: ['new-password'], note: 'or SSO' }),
        field('other', 'asked', B2_API, { types: ['region-choice'], note: 'us-west, us-east or eu-central' }),
        field('payment', 'not-asked', third('several READMEs'), { note: 'no card needed' }),
        field('phone', 'conditional', doc('help.backblaze.com 217666588'), { note: 'only for SMS 2FA, after the first payment' }),
        field('address', 'not-asked', B2_API),
        field('date-of-birth', 'not-asked', B2_API),
      ],
      verification: [
        step('email', 'always', B2_API),
        step('mfa', 'always', doc('backblaze.com/computer-backup/docs/account-security'), 'email MFA with a 6-digit code on by default'),
      ],
    },
  },
  {
    id: 'wasabi',
    displayName: 'Wasabi',
    homepage: 'https://wasabi.com',
    kind: 'storage',
    headquarters: 'US',
    evidence: 'weak',
    hosts: [
      signup('console.wasabisys.com', ['/', '/signup*'], guess('the console host named in the research; where the public trial form lives is not established')),
    ],
    signupUrls: [
      { url: 'https://console.wasabisys.com/', status: 'current', source: guess('console host; trial signup location not established') },
    ],
    thirdPartyHosts: [],
    documented: {
      fields: [
        field('name', 'asked', WASABI_API, { types: ['given-name', 'family-name'] }),
        field('organization', 'conditional', WASABI_API, { types: ['organization'], note: 'optional' }),
        field('email', 'asked', WASABI_API, { types: ['email'] }),
        field('address', 'asked', WASABI_API, { types: ['country'] }),
        field('phone', 'conditional', WASABI_API, { types: ['tel'], note: 'optional' }),
        field('payment', 'not-asked', doc('docs.wasabi.com (trial)', '2023'), { note: '30-day 1 TB trial; submitting a card ends the trial' }),
      ],
      verification: [],
    },
  },
  {
    id: 'heroku',
    displayName: 'Heroku',
    homepage: 'https://www.heroku.com',
    kind: 'paas',
    headquarters: 'US',
    evidence: 'solid',
    hosts: [signup('signup.heroku.com', ['/*'], HEROKU_NOTES), login('id.heroku.com', HEROKU_NOTES)],
    signupUrls: [{ url: 'https://signup.heroku.com/', status: 'current', source: HEROKU_NOTES }],
    thirdPartyHosts: [],
    documented: {
      fields: [
        field('email', 'asked', HEROKU_NOTES, { types: ['email'] }),
        field('name', 'asked', guess('first/last name, email, role, country and primary language; not confirmed'), { types: ['given-name', 'family-name'] }),
        field('address', 'asked', guess('first/last name, email, role, country and primary language; not confirmed'), { types: ['country'] }),
        field('organization', 'asked', guess('first/last name, email, role, country and primary language; not confirmed'), { types: ['organization-title'], note: 'role' }),
        field('payment', 'conditional', HEROKU_VERIFY, { note: 'a card is required to create apps, deploy, use dynos or add-ons; India: Visa and Mastercard only' }),
        field('date-of-birth', 'not-asked', HEROKU_VERIFY),
        field('identity-document', 'not-asked', HEROKU_VERIFY),
      ],
      verification: [
        step('email-link', 'always', HEROKU_NOTES, 'confirmation email, then set a password'),
        step('mfa', 'always', third('SFDO-Community wiki'), 'MFA is required'),
        step('card-authorization', 'conditional', HEROKU_VERIFY, '$1 pre-authorisation for up to 7 days'),
      ],
    },
  },
  {
    id: 'render',
    displayName: 'Render',
    homepage: 'https://render.com',
    kind: 'paas',
    headquarters: 'US',
    evidence: 'weak',
    hosts: [signup('dashboard.render.com', ['/register*'], RENDER_LOGIN, 'registration (/register) and dashboard')],
    signupUrls: [{ url: 'https://dashboard.render.com/register', status: 'current', source: RENDER_LOGIN }],
    thirdPartyHosts: [],
    documented: {
      fields: [
        field('email', 'asked', RENDER_LOGIN, { types: ['email'] }),
        field('name', 'conditional', RENDER_LOGIN),
        field('payment', 'conditional', third('community.render.com/t/19476'), { note: 'optional; without a card usage is capped at the free allowance' }),
        field('phone', 'not-asked', RENDER_LOGIN),
      ],
      verification: [
        step('oauth', 'conditional', RENDER_LOGIN, 'GitHub, GitLab, Bitbucket or Google'),
        step('email', 'conditional', RENDER_LOGIN, 'email and password signups'),
      ],
    },
  },
  {
    id: 'flyio',
    displayName: 'Fly.io',
    homepage: 'https://fly.io',
    kind: 'paas',
    headquarters: 'US',
    evidence: 'medium',
    hosts: [signup('fly.io', ['/app/sign-up*'], FLY_TEMPLATE, 'signup (/app/sign-up) and dashboard')],
    signupUrls: [{ url: 'https://fly.io/app/sign-up', status: 'current', source: FLY_TEMPLATE }],
    thirdPartyHosts: [{ vendorId: 'stripe', role: 'payment', source: FLY_BILLING, note: 'invoices in the Stripe portal' }],
    documented: {
      fields: [
        field('name', 'conditional', FLY_TEMPLATE),
        field('email', 'asked', FLY_TEMPLATE, { types: ['email'] }),
        field('credentials', 'asked', FLY_TEMPLATE, { types: ['new-password'] }),
        field('payment', 'asked', FLY_BILLING, { note: 'a valid card for most accounts' }),
        field('date-of-birth', 'not-asked', FLY_BILLING),
      ],
      verification: [
        step('oauth', 'conditional', FLY_TEMPLATE, 'GitHub'),
        step('card-authorization', 'always', FLY_BILLING, 'under US$10, shown for up to 10 business days'),
        step('prepaid-credit', 'conditional', third('community.fly.io/t/716', '2021'), 'for users whose prepaid cards are rejected'),
      ],
    },
    notes: ['A $5/month minimum for new organisations was introduced against abuse (community.fly.io/t/20651).'],
  },
  {
    id: 'vercel',
    displayName: 'Vercel',
    homepage: 'https://vercel.com',
    kind: 'paas',
    headquarters: 'US',
    evidence: 'weak',
    hosts: [signup('vercel.com', ['/signup*'], RESEARCH_NOTE, 'signup (/signup) and dashboard')],
    signupUrls: [{ url: 'https://vercel.com/signup', status: 'current', source: RESEARCH_NOTE }],
    thirdPartyHosts: [],
    documented: {
      fields: [
        field('name', 'conditional', RESEARCH_NOTE),
        field('payment', 'not-asked', RESEARCH_NOTE, { note: 'Hobby plan' }),
        field('identity-document', 'conditional', third('vercel/community discussion #5806'), { note: 'manual "further verification" for some signups; what is asked is not documented' }),
        field('address', 'not-asked', RESEARCH_NOTE),
      ],
      verification: [
        step('oauth', 'conditional', RESEARCH_NOTE, 'GitHub, GitLab or Bitbucket'),
        step('manual-review', 'conditional', third('vercel/community discussion #5806'), '"Your account requires further verification … registration@vercel.com"'),
      ],
    },
  },
  {
    id: 'netlify',
    displayName: 'Netlify',
    homepage: 'https://www.netlify.com',
    kind: 'paas',
    headquarters: 'US',
    evidence: 'weak',
    hosts: [signup('app.netlify.com', ['/signup*'], NETLIFY_SETTINGS, 'signup (/signup) and dashboard')],
    signupUrls: [{ url: 'https://app.netlify.com/signup', status: 'current', source: NETLIFY_SETTINGS }],
    thirdPartyHosts: [],
    documented: {
      fields: [
        field('name', 'conditional', NETLIFY_SETTINGS, { note: 'profile' }),
        field('email', 'asked', NETLIFY_SETTINGS, { types: ['email'] }),
        field('credentials', 'asked', NETLIFY_SETTINGS, { types: ['new-password'] }),
        field('payment', 'not-asked', guess('no card is needed for the free plan')),
        field('address', 'not-asked', NETLIFY_SETTINGS),
        field('phone', 'not-asked', NETLIFY_SETTINGS),
      ],
      verification: [
        step('oauth', 'conditional', NETLIFY_SETTINGS, 'GitHub, GitLab or Bitbucket'),
        step('email', 'conditional', NETLIFY_SETTINGS, 'email signups'),
      ],
    },
  },
];
