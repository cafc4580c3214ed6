// Chinese hyperscalers, international sites. Real-name (ID) verification applies mainly to
// mainland-China regions. Facts from the provider research (providers.md, Nov 2026).
import type { Provider } from '../../schema.ts';
import { doc, RESEARCH_NOTE, third } from '../sources.ts';
import { consoleHost, field, signup, step } from './build.ts';

const ALI_DOCS = doc('alibabacloud.com help pages (many copies)');
const ALI_API = doc('help.aliyun.com/document_detail/143220');
const ALI_PAY = third('3rd-party copies of Alibaba’s payment doc (52ps.vip 2022; deekpay.com 2024)', '2024');
const ALI_KYC = doc('alibabacloud.com/help/doc-detail/69598.htm', '2022-01-05');
const ALI_ENTERPRISE = doc('alibabacloud.com/help/en/account/account-verification-faqs', '2026-03-30');
const ALI_REG = third('wtmw7756/alibabacloud');

const TC_API = doc('tencentcloud.com/document/api/1085/40284 and 51417', '2025-02-27');
const TC_STEPS = doc('tencentcloud.com/document/product/1237/69088');
const TC_KYC = doc('tencentcloud.com/document/product/378/3629', '2026-06-15');

const HW_REG = doc('support.huaweicloud.com/intl/en-us/usermanual-account/account_id_001.html', '2023-09-26');
const HW_INFO = doc('support.huaweicloud.com/eu/account_faq/faq_id_0058.html', '2026-01-23');
const HW_KYC = doc('support.huaweicloud.com/intl/en-us/usermanual-account/en-us_topic_0119621533.html', '2025-03-24');

export const CHINESE_HYPERSCALERS: Provider[] = [
  {
    id: 'alibaba',
    displayName: 'Alibaba Cloud',
    homepage: 'https://www.alibabacloud.com',
    kind: 'hyperscaler',
    headquarters: 'CN',
    evidence: 'medium',
    hosts: [
      signup('account.alibabacloud.com', ['/register*'], ALI_DOCS, 'international registration'),
      signup('account-intl.console.aliyun.com', ['/'], ALI_DOCS, 'real-name (identity) verification'),
    ],
    signupUrls: [
      { url: 'https://account.alibabacloud.com/register/intl_register.htm', status: 'current', source: ALI_DOCS },
      { url: 'https://account-intl.console.aliyun.com/#/intlAuth', status: 'current', source: ALI_DOCS, note: 'identity verification' },
    ],
    thirdPartyHosts: [{ host: 'www.paypal.com', vendorId: 'paypal', role: 'payment', source: ALI_PAY, note: 'PayPal redirect' }],
    documented: {
      fields: [
        field('email', 'asked', ALI_API, { types: ['email'] }),
        field('credentials', 'asked', ALI_REG, { types: ['username', 'new-password'] }),
        field('phone', 'asked', ALI_REG, { types: ['tel'] }),
        field('organization', 'asked', ALI_API, { types: ['account-type', 'organization'], note: 'individual or enterprise; enterprise name' }),
        field('name', 'asked', ALI_API, { types: ['given-name', 'family-name'] }),
        field('address', 'asked', ALI_API, { types: ['country', 'address-level1', 'address-level2', 'postal-code'], note: 'nation, province, city, postcode' }),
        field('payment', 'asked', ALI_PAY, { types: ['cc-number', 'cc-exp', 'cc-csc', 'cc-name'], note: 'before the first purchase; one card per account; prepaid, virtual and gift cards refused; or PayPal' }),
        field('identity-document', 'conditional', ALI_KYC, { note: 'KYC Center on a payment-risk notice: the cardholder’s government ID, a card photo and last month’s transactions' }),
        field('identity-document', 'conditional', ALI_ENTERPRISE, { note: 'enterprise verification: a business certificate from the account’s country' }),
        field('date-of-birth', 'not-asked', ALI_API),
      ],
      verification: [
        step('email-code', 'conditional', ALI_REG, 'a code to the phone or the email'),
        step('sms', 'conditional', ALI_REG, 'a code to the phone or the email'),
        step('card-authorization', 'always', ALI_PAY, 'US$1 pre-authorisation (MYR 1 in Malaysia)'),
        step('id-document', 'conditional', ALI_KYC, 'within 1 business day, or instances are stopped'),
        step('card-photo', 'conditional', ALI_KYC, 'first 6 and last 4 digits visible'),
        step('manual-review', 'conditional', ALI_ENTERPRISE, 'enterprise verification, about 3 business days, irreversible'),
      ],
    },
    notes: ['Real-name information is required for mainland-China regions (dataplane/serverhosting README).'],
  },
  {
    id: 'tencent',
    displayName: 'Tencent Cloud',
    homepage: 'https://www.tencentcloud.com',
    kind: 'hyperscaler',
    headquarters: 'CN',
    evidence: 'medium',
    hosts: [
      signup('www.tencentcloud.com', ['/account/register*'], RESEARCH_NOTE, 'international registration (/account/register)'),
      consoleHost('console.tencentcloud.com', RESEARCH_NOTE),
    ],
    relatedHosts: [{ host: 'cloud.tencent.com', note: 'the China site, with its own signup (WeChat or QQ)', source: RESEARCH_NOTE }],
    signupUrls: [{ url: 'https://www.tencentcloud.com/account/register', status: 'current', source: RESEARCH_NOTE }],
    thirdPartyHosts: [
      {
        vendorId: 'tencent-captcha',
        role: 'captcha',
        source: third('a captcha-solver SDK document'),
        note: 'Tencent’s own captcha on the register page; low reliability',
      },
    ],
    documented: {
      fields: [
        field('organization', 'asked', TC_API, { types: ['account-type'], note: 'personal or company' }),
        field('email', 'asked', TC_API, { types: ['email'] }),
        field('credentials', 'asked', TC_API, { types: ['new-password'], note: '8–20 characters with letters, digits and symbols' }),
        field('phone', 'asked', TC_API, { types: ['tel', 'tel-country-code'] }),
        field('name', 'conditional', TC_API, { note: 'personal information is added at first login' }),
        field('address', 'conditional', TC_KYC, { note: 'with identity verification' }),
        field('payment', 'asked', TC_STEPS, { note: 'bind a credit card before purchasing' }),
        field('government-id', 'conditional', TC_KYC, { types: ['national-id'], note: 'mainland-China regions: ID number' }),
        field('identity-document', 'conditional', TC_KYC, { types: ['id-document-upload'], note: 'mainland-China regions: a government ID issued in the registration region and a photo' }),
        field('tax-id', 'conditional', TC_KYC, { types: ['company-registration-number'], note: 'enterprise: business registration document and number' }),
        field('date-of-birth', 'not-asked', TC_API),
      ],
      verification: [
        step('sms', 'always', TC_API, 'SendVerifyCode; country codes 7, 380 and 86 not allowed'),
        step('captcha', 'always', third('a captcha-solver SDK document'), 'low reliability'),
        step('id-document', 'conditional', TC_KYC, 'mandatory for mainland-China regions'),
        step('manual-review', 'conditional', TC_KYC, '2–4 business days'),
      ],
    },
    notes: ['One personal ID can verify up to 3 accounts; an enterprise up to 10 by default.'],
  },
  {
    id: 'huawei',
    displayName: 'Huawei Cloud',
    homepage: 'https://www.huaweicloud.com/intl/en-us/',
    kind: 'hyperscaler',
    headquarters: 'CN',
    evidence: 'solid',
    hosts: [signup('reg.huaweicloud.com', ['/registerui/*'], HW_REG)],
    signupUrls: [
      { url: 'https://reg.huaweicloud.com/registerui/intl/register.html', status: 'current', source: HW_REG, note: 'international' },
      { url: 'https://reg.huaweicloud.com/registerui/cn/register.html', status: 'current', source: HW_REG, note: 'China' },
      { url: 'https://reg.huaweicloud.com/registerui/public/custom/register.html', status: 'current', source: third('many READMEs') },
    ],
    thirdPartyHosts: [],
    documented: {
      fields: [
        field('address', 'asked', HW_REG, { types: ['country'], note: 'country/region, fixed for good; decides applicable law and tax' }),
        field('email', 'asked', HW_REG, { types: ['email'] }),
        field('credentials', 'asked', HW_REG, { types: ['new-password'] }),
        field('phone', 'asked', HW_INFO, { types: ['tel'], note: 'a mobile number from the registration region' }),
        field('organization', 'asked', HW_INFO, { types: ['account-type'], note: 'Individual or Enterprise, with details' }),
        field('name', 'conditional', HW_INFO, { note: 'account details' }),
        field('payment', 'asked', HW_INFO, { note: 'bind a credit card' }),
        field('identity-document', 'conditional', HW_KYC, { types: ['id-document-upload', 'selfie'], note: 'mainland-China regions: passport, ID card or permit, plus a photo holding it' }),
        field('date-of-birth', 'not-asked', HW_REG),
      ],
      verification: [
        step('email-code', 'always', HW_REG),
        step('sms', 'always', HW_INFO, 'when completing account information'),
        step('id-document', 'conditional', HW_KYC, 'real-name authentication for mainland-China regions'),
        step('selfie', 'conditional', HW_KYC, 'a photo of you holding the document'),
        step('manual-review', 'conditional', HW_KYC, '3 working days'),
      ],
    },
  },
];
