// Third-party vendors whose frames and scripts appear inside signup flows. The extension recognises
// them (a card form in js.stripe.com is a payment step); it never runs in them, so none of these
// hosts belongs in the manifest. A domain matches itself and all its subdomains. Only domains
// known to belong to the vendor are listed; `uncertain` marks ones believed but not checked.
import type { VendorRegistry } from '../schema.ts';

export const VENDOR_REGISTRY: VendorRegistry = {
  schemaVersion: 1,
  vendors: [
    // --- payment processors -----------------------------------------------------------------------
    {
      id: 'stripe',
      displayName: 'Stripe',
      role: 'payment',
      homepage: 'https://stripe.com',
      domains: [
        {
          domain: 'stripe.com',
          confidence: 'confident',
          note: 'js.stripe.com (Elements card frames), hooks.stripe.com (3DS), checkout.stripe.com, billing.stripe.com, api.stripe.com',
        },
        { domain: 'stripe.network', confidence: 'confident', note: 'm.stripe.network (fraud-signal frame, no card entry)' },
      ],
      note: 'Card-entry frames are js.stripe.com/v3/elements-inner-card.html and elements-inner-payment-*.html; m-outer-*.html and controller-*.html carry no card entry.',
    },
    {
      id: 'adyen',
      displayName: 'Adyen',
      role: 'payment',
      homepage: 'https://www.adyen.com',
      domains: [
        { domain: 'adyen.com', confidence: 'confident', note: 'checkoutshopper-live.adyen.com (Web SDK, securedfields frames)' },
        { domain: 'adyenpayments.com', confidence: 'uncertain', note: 'live checkout API endpoints' },
      ],
    },
    {
      id: 'braintree',
      displayName: 'Braintree (PayPal)',
      role: 'payment',
      homepage: 'https://www.braintreepayments.com',
      domains: [
        { domain: 'braintreegateway.com', confidence: 'confident', note: 'assets.braintreegateway.com hosted-fields frames' },
        { domain: 'braintree-api.com', confidence: 'confident', note: 'payments.braintree-api.com GraphQL API' },
      ],
      note: 'Braintree 3-D Secure loads Cardinal Commerce’s Songbird SDK.',
    },
    {
      id: 'google-payments',
      displayName: 'Google Payments',
      role: 'payment',
      homepage: 'https://payments.google.com',
      domains: [
        {
          domain: 'payments.google.com',
          confidence: 'confident',
          note: 'the Google Payments profile; the Cloud console embeds its payment-method frame (providers.md › Google Cloud)',
        },
      ],
      note: "Google's own processor: the card goes to the provider's parent, not to a third party.",
    },
    {
      id: 'paypal',
      displayName: 'PayPal',
      role: 'payment',
      homepage: 'https://www.paypal.com',
      domains: [
        { domain: 'paypal.com', confidence: 'confident', note: 'checkout redirects and billing agreements' },
        { domain: 'paypalobjects.com', confidence: 'confident', note: 'scripts and images' },
      ],
    },
    {
      id: 'worldpay',
      displayName: 'Worldpay',
      role: 'payment',
      homepage: 'https://www.worldpay.com',
      domains: [{ domain: 'worldpay.com', confidence: 'confident', note: 'hosted payment pages' }],
    },
    {
      id: 'checkout-com',
      displayName: 'Checkout.com',
      role: 'payment',
      homepage: 'https://www.checkout.com',
      domains: [{ domain: 'checkout.com', confidence: 'confident', note: 'cdn.checkout.com (Frames card fields)' }],
    },
    {
      id: 'cybersource',
      displayName: 'Cybersource (Visa)',
      role: 'payment',
      homepage: 'https://www.cybersource.com',
      domains: [
        { domain: 'cybersource.com', confidence: 'confident', note: 'secureacceptance and flex microform hosts' },
      ],
    },
    {
      id: 'authorize-net',
      displayName: 'Authorize.net (Visa)',
      role: 'payment',
      homepage: 'https://www.authorize.net',
      domains: [{ domain: 'authorize.net', confidence: 'confident', note: 'js.authorize.net, accept.authorize.net' }],
    },
    {
      id: 'cardinal-commerce',
      displayName: 'Cardinal Commerce (3-D Secure)',
      role: 'payment',
      homepage: 'https://www.cardinalcommerce.com',
      domains: [{ domain: 'cardinalcommerce.com', confidence: 'confident', note: 'songbird.cardinalcommerce.com 3DS SDK' }],
    },
    {
      id: 'google-pay',
      displayName: 'Google Pay',
      role: 'payment',
      homepage: 'https://pay.google.com',
      domains: [{ domain: 'pay.google.com', confidence: 'confident', note: 'Google Pay API script and sheet' }],
    },
    {
      id: 'alipay',
      displayName: 'Alipay',
      role: 'payment',
      homepage: 'https://global.alipay.com',
      domains: [{ domain: 'alipay.com', confidence: 'confident' }],
    },
    {
      id: 'bitpay',
      displayName: 'BitPay',
      role: 'payment',
      homepage: 'https://bitpay.com',
      domains: [{ domain: 'bitpay.com', confidence: 'confident', note: 'crypto invoices' }],
    },
    {
      id: 'coinbase-commerce',
      displayName: 'Coinbase Commerce',
      role: 'payment',
      homepage: 'https://commerce.coinbase.com',
      domains: [{ domain: 'commerce.coinbase.com', confidence: 'confident', note: 'crypto checkout' }],
    },
    {
      id: 'gocardless',
      displayName: 'GoCardless',
      role: 'payment',
      homepage: 'https://gocardless.com',
      domains: [{ domain: 'gocardless.com', confidence: 'confident', note: 'bank-debit mandates (pay.gocardless.com)' }],
    },

    // --- identity-verification vendors ------------------------------------------------------------
    {
      id: 'jumio',
      displayName: 'Jumio',
      role: 'identity-verification',
      homepage: 'https://www.jumio.com',
      domains: [
        { domain: 'jumio.com', confidence: 'confident' },
        { domain: 'netverify.com', confidence: 'confident', note: 'Netverify, Jumio’s older verification product' },
        { domain: 'jumio.ai', confidence: 'confident', note: 'current web SDK and API hosts' },
      ],
    },
    {
      id: 'onfido',
      displayName: 'Onfido (Entrust)',
      role: 'identity-verification',
      homepage: 'https://onfido.com',
      domains: [{ domain: 'onfido.com', confidence: 'confident', note: 'sdk.onfido.com, api.onfido.com' }],
    },
    {
      id: 'persona',
      displayName: 'Persona',
      role: 'identity-verification',
      homepage: 'https://withpersona.com',
      domains: [{ domain: 'withpersona.com', confidence: 'confident', note: 'inquiry.withpersona.com hosted flow' }],
    },
    {
      id: 'veriff',
      displayName: 'Veriff',
      role: 'identity-verification',
      homepage: 'https://www.veriff.com',
      domains: [
        { domain: 'veriff.com', confidence: 'confident' },
        { domain: 'veriff.me', confidence: 'confident', note: 'hosted verification sessions' },
      ],
    },
    {
      id: 'sumsub',
      displayName: 'Sumsub',
      role: 'identity-verification',
      homepage: 'https://sumsub.com',
      domains: [{ domain: 'sumsub.com', confidence: 'confident', note: 'WebSDK and API hosts' }],
    },
    {
      id: 'stripe-identity',
      displayName: 'Stripe Identity',
      role: 'identity-verification',
      homepage: 'https://stripe.com/identity',
      domains: [{ domain: 'verify.stripe.com', confidence: 'confident', note: 'hosted verification sessions' }],
      note: 'verify.stripe.com wins over the broader stripe.com payment entry (the most specific domain matches).',
    },
    {
      id: 'socure',
      displayName: 'Socure',
      role: 'identity-verification',
      homepage: 'https://www.socure.com',
      domains: [{ domain: 'socure.com', confidence: 'confident', note: 'document-verification web SDK' }],
    },
    {
      id: 'id-me',
      displayName: 'ID.me',
      role: 'identity-verification',
      homepage: 'https://www.id.me',
      domains: [{ domain: 'id.me', confidence: 'confident' }],
    },
    {
      id: 'au10tix',
      displayName: 'AU10TIX',
      role: 'identity-verification',
      homepage: 'https://www.au10tix.com',
      domains: [
        { domain: 'au10tix.com', confidence: 'confident', note: 'the company domain; which hosts serve its web SDK is not checked' },
      ],
    },
    {
      id: 'idnow',
      displayName: 'IDnow',
      role: 'identity-verification',
      homepage: 'https://www.idnow.io',
      domains: [
        { domain: 'idnow.io', confidence: 'confident' },
        { domain: 'idnow.de', confidence: 'confident', note: 'go.idnow.de hosted identification' },
      ],
    },
    {
      id: 'incode',
      displayName: 'Incode',
      role: 'identity-verification',
      homepage: 'https://incode.com',
      domains: [
        { domain: 'incode.com', confidence: 'confident' },
        { domain: 'incodesmile.com', confidence: 'uncertain', note: 'API hosts' },
      ],
    },
    {
      id: 'trulioo',
      displayName: 'Trulioo',
      role: 'identity-verification',
      homepage: 'https://www.trulioo.com',
      domains: [{ domain: 'trulioo.com', confidence: 'confident' }],
    },
    {
      id: 'yoti',
      displayName: 'Yoti',
      role: 'identity-verification',
      homepage: 'https://www.yoti.com',
      domains: [{ domain: 'yoti.com', confidence: 'confident' }],
    },
    {
      id: 'shufti-pro',
      displayName: 'Shufti Pro',
      role: 'identity-verification',
      homepage: 'https://shuftipro.com',
      domains: [{ domain: 'shuftipro.com', confidence: 'confident' }],
    },
    {
      id: 'idenfy',
      displayName: 'iDenfy',
      role: 'identity-verification',
      homepage: 'https://www.idenfy.com',
      domains: [{ domain: 'idenfy.com', confidence: 'confident' }],
    },
    {
      id: 'digilocker',
      displayName: 'DigiLocker (India)',
      role: 'identity-verification',
      homepage: 'https://www.digilocker.gov.in',
      domains: [{ domain: 'digilocker.gov.in', confidence: 'confident' }],
      note: 'The Indian government’s document wallet; cited for Aadhaar checks in Google Cloud India signups.',
    },

    // --- captcha ----------------------------------------------------------------------------------
    {
      id: 'cloudflare-turnstile',
      displayName: 'Cloudflare Turnstile',
      role: 'captcha',
      homepage: 'https://www.cloudflare.com/products/turnstile/',
      domains: [{ domain: 'challenges.cloudflare.com', confidence: 'confident' }],
    },
    {
      id: 'hcaptcha',
      displayName: 'hCaptcha',
      role: 'captcha',
      homepage: 'https://www.hcaptcha.com',
      domains: [{ domain: 'hcaptcha.com', confidence: 'confident', note: 'js.hcaptcha.com, newassets.hcaptcha.com' }],
    },
    {
      id: 'recaptcha',
      displayName: 'Google reCAPTCHA',
      role: 'captcha',
      homepage: 'https://www.google.com/recaptcha/about/',
      domains: [
        { domain: 'recaptcha.net', confidence: 'confident' },
        { domain: 'www.google.com', pathPrefix: '/recaptcha/', confidence: 'confident', note: 'shared host: only /recaptcha/ URLs' },
        { domain: 'www.gstatic.com', pathPrefix: '/recaptcha/', confidence: 'confident', note: 'shared host: only /recaptcha/ URLs' },
      ],
    },
    {
      id: 'arkose-labs',
      displayName: 'Arkose Labs (FunCaptcha)',
      role: 'captcha',
      homepage: 'https://www.arkoselabs.com',
      domains: [
        { domain: 'arkoselabs.com', confidence: 'confident' },
        { domain: 'funcaptcha.com', confidence: 'confident' },
      ],
    },
    {
      id: 'geetest',
      displayName: 'GeeTest',
      role: 'captcha',
      homepage: 'https://www.geetest.com',
      domains: [{ domain: 'geetest.com', confidence: 'confident' }],
    },
    {
      id: 'tencent-captcha',
      displayName: 'Tencent Cloud Captcha',
      role: 'captcha',
      homepage: 'https://www.tencentcloud.com/products/captcha',
      domains: [
        { domain: 'captcha.qcloud.com', confidence: 'uncertain', note: 'TCaptcha.js host' },
        { domain: 'captcha.qq.com', confidence: 'uncertain', note: 'older TCaptcha host' },
      ],
    },
  ],
};
