import { describe, expect, it } from 'vitest';
import { VENDOR_REGISTRY } from '../../../src/core/catalog/data/vendors.ts';
import { PROVIDERS, providersUsingVendor, VENDORS, vendorById, vendorForOrigin } from '../../../src/core/catalog/index.ts';
import { HOSTNAME_RE, type VendorRegistry, VendorRegistrySchema } from '../../../src/core/catalog/schema.ts';
import { KNOWLEDGE_BASE, validateKnowledgeBase } from '../../../src/core/catalog/validate.ts';

const clone = (): VendorRegistry => structuredClone(VENDOR_REGISTRY);

describe('vendor registry data', () => {
  it('parses', () => {
    expect(VendorRegistrySchema.safeParse(VENDOR_REGISTRY).error?.issues ?? []).toEqual([]);
  });

  it('lists the payment, identity-verification and captcha vendors the flows use', () => {
    const role = (id: string) => vendorById(id)?.role;
    for (const id of ['stripe', 'adyen', 'braintree', 'paypal', 'worldpay', 'checkout-com', 'cybersource']) expect(role(id), id).toBe('payment');
    for (const id of ['jumio', 'onfido', 'persona', 'veriff', 'sumsub', 'stripe-identity', 'socure', 'id-me', 'au10tix', 'idnow', 'incode'])
      expect(role(id), id).toBe('identity-verification');
    for (const id of ['cloudflare-turnstile', 'hcaptcha', 'recaptcha']) expect(role(id), id).toBe('captcha');
  });

  it('has only well-formed hosts: lower-case DNS names, no scheme, port, path or wildcard', () => {
    for (const v of VENDORS)
      for (const d of v.domains) {
        expect(d.domain, v.id).toMatch(HOSTNAME_RE);
        expect(d.domain).not.toMatch(/[*:/A-Z\s]/);
        expect(new URL(`https://${d.domain}/`).hostname).toBe(d.domain);
      }
  });

  it('rejects malformed hosts and a domain listed twice', () => {
    for (const bad of ['JS.Stripe.com', '*.stripe.com', 'https://stripe.com', 'stripe.com/v3', 'stripe', 'stripe.com:443', 'st ripe.com', '-stripe.com']) {
      const r = clone();
      r.vendors[0]!.domains[0]!.domain = bad;
      expect(VendorRegistrySchema.safeParse(r).success, bad).toBe(false);
    }
    const r = clone();
    r.vendors[1]!.domains.push({ domain: 'stripe.com', confidence: 'confident' });
    expect(VendorRegistrySchema.safeParse(r).error?.issues.map((i) => i.message)).toContainEqual('domain stripe.com is listed twice');
  });
});

describe('vendorForOrigin', () => {
  const id = (input: string) => vendorForOrigin(input)?.id ?? null;

  it('matches origins, URLs and bare hosts of listed domains and their subdomains', () => {
    expect(id('https://js.stripe.com')).toBe('stripe');
    expect(id('https://js.stripe.com/v3/elements-inner-card.html#foo')).toBe('stripe');
    expect(id('https://m.stripe.network')).toBe('stripe');
    expect(id('js.stripe.com')).toBe('stripe');
    expect(id('https://assets.braintreegateway.com/web/3.97.2/html/hosted-fields-frame.min.html')).toBe('braintree');
    expect(id('https://checkoutshopper-live.adyen.com/checkoutshopper/sdk/5.0.0/adyen.js')).toBe('adyen');
    expect(id('https://netverify.com')).toBe('jumio');
    expect(id('https://eu.web.jumio.ai')).toBe('jumio');
    expect(id('https://inquiry.withpersona.com/verify')).toBe('persona');
    expect(id('https://challenges.cloudflare.com/cdn-cgi/challenge-platform/h/b/turnstile/if/ov2')).toBe('cloudflare-turnstile');
    expect(id('https://JS.HCAPTCHA.COM/1/api.js')).toBe('hcaptcha');
  });

  it('prefers the most specific domain (Stripe Identity over Stripe payments)', () => {
    expect(id('https://verify.stripe.com/start/test_abc')).toBe('stripe-identity');
    expect(id('https://hooks.stripe.com/3d_secure')).toBe('stripe');
  });

  it('matches path-restricted shared hosts only under their path', () => {
    expect(id('https://www.google.com/recaptcha/api2/anchor?k=x')).toBe('recaptcha');
    expect(id('https://www.gstatic.com/recaptcha/releases/abc/recaptcha__en.js')).toBe('recaptcha');
    expect(id('https://www.google.com')).toBeNull();
    expect(id('https://www.google.com/search?q=recaptcha')).toBeNull();
    expect(id('https://www.recaptcha.net/recaptcha/api.js')).toBe('recaptcha');
  });

  it('does not match look-alikes, provider hosts or garbage', () => {
    for (const input of [
      'https://notstripe.com',
      'https://stripe.com.attacker.example',
      'https://dash.cloudflare.com/sign-up',
      'https://cloudflare.com',
      'https://signin.aws.amazon.com',
      'null',
      '',
      'chrome-extension://abc/popup.html',
      'https://',
    ])
      expect(id(input), input).toBeNull();
  });

  it('never recognises a provider’s own host as a vendor', () => {
    for (const p of PROVIDERS) for (const h of p.hosts) expect(id(`https://${h.host}/`), h.host).toBeNull();
  });
});

describe('providers and vendors reference each other correctly', () => {
  it('third-party hosts name known vendors with the matching role', () => {
    expect(validateKnowledgeBase()).toEqual([]);
    expect(providersUsingVendor('stripe').map((p) => p.id).sort()).toEqual(['crusoe', 'flyio', 'paperspace', 'vastai']);
    expect(providersUsingVendor('jumio').map((p) => p.id)).toEqual(['scaleway']);
  });

  it('flags a role mismatch and a listed host outside the vendor’s domains', () => {
    const kb = structuredClone(KNOWLEDGE_BASE);
    const cf = kb.providers.providers.find((p) => p.id === 'cloudflare')!;
    cf.thirdPartyHosts[0]!.role = 'payment';
    cf.thirdPartyHosts[0]!.host = 'turnstile.example.com';
    const problems = validateKnowledgeBase(kb);
    expect(problems).toContainEqual('provider cloudflare: vendor cloudflare-turnstile is captcha, listed as payment');
    expect(problems).toContainEqual('provider cloudflare: host turnstile.example.com is not a domain of vendor cloudflare-turnstile');
  });

  it('flags a provider host that falls under a vendor domain', () => {
    const kb = structuredClone(KNOWLEDGE_BASE);
    kb.providers.providers[0]!.hosts.push({ ...kb.providers.providers[0]!.hosts[0]!, host: 'checkout.stripe.com' });
    expect(validateKnowledgeBase(kb)).toContainEqual('provider aws: host checkout.stripe.com falls under vendor domain stripe.com');
  });
});
