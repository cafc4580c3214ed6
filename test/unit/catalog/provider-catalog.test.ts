import { describe, expect, it } from 'vitest';
import { PROVIDER_CATALOG } from '../../../src/core/catalog/data/providers/index.ts';
import { PROVIDERS, providerById, providerForUrl } from '../../../src/core/catalog/index.ts';
import { type ProviderCatalog, ProviderCatalogSchema } from '../../../src/core/catalog/schema.ts';
import { validateKnowledgeBase, KNOWLEDGE_BASE } from '../../../src/core/catalog/validate.ts';

const clone = (): ProviderCatalog => structuredClone(PROVIDER_CATALOG);
const messages = (c: unknown) => {
  const r = ProviderCatalogSchema.safeParse(c);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};
const provider = (c: ProviderCatalog, id: string) => c.providers.find((p) => p.id === id)!;

describe('provider catalog data', () => {
  it('parses, and the whole knowledge base has no broken cross-references', () => {
    expect(messages(PROVIDER_CATALOG)).toEqual([]);
    expect(validateKnowledgeBase()).toEqual([]);
  });

  it('covers at least 30 providers across every kind the research names', () => {
    expect(PROVIDERS.length).toBeGreaterThanOrEqual(30);
    const kinds = new Set(PROVIDERS.map((p) => p.kind));
    for (const k of ['hyperscaler', 'developer-cloud', 'vps', 'storage', 'paas', 'gpu-cloud', 'edge'] as const) expect(kinds).toContain(k);
    const ids = PROVIDERS.map((p) => p.id);
    for (const id of ['aws', 'gcp', 'azure', 'oracle', 'ibm', 'alibaba', 'tencent', 'huawei', 'digitalocean', 'hetzner', 'lambda', 'coreweave'])
      expect(ids).toContain(id);
    expect(PROVIDERS.filter((p) => p.headquarters === 'CN').map((p) => p.id).sort()).toEqual(['alibaba', 'huawei', 'tencent']);
  });

  it('gives every provider at least one signup host and signup URL', () => {
    for (const p of PROVIDERS) {
      expect(p.hosts.some((h) => h.role === 'signup'), p.id).toBe(true);
      expect(p.signupUrls.length, p.id).toBeGreaterThan(0);
    }
  });

  it('lets no host be claimed by two providers', () => {
    const seen = new Map<string, string>();
    for (const p of PROVIDERS)
      for (const h of [...p.hosts, ...(p.relatedHosts ?? [])]) {
        expect(seen.get(h.host), `${h.host} claimed by ${seen.get(h.host)} and ${p.id}`).toBeUndefined();
        seen.set(h.host, p.id);
      }
  });

  it('dates and grades every documented fact, and keeps documented facts apart from observations', () => {
    for (const p of PROVIDERS) {
      expect(Object.keys(p)).not.toContain('observed');
      for (const item of [...p.documented.fields, ...p.documented.verification, ...p.hosts]) {
        expect(item.source.ref.length, p.id).toBeGreaterThan(3);
        expect(item.source.date, p.id).toMatch(/^\d{4}(-\d{2}){0,2}$/);
        expect(['documented', 'third-party', 'guess']).toContain(item.source.reliability);
      }
    }
    // Spot checks against the research: AWS's $1 authorisation is documented; Contabo's signup host is a guess.
    const aws = providerById('aws')!;
    expect(aws.documented.verification.find((s) => s.step === 'card-authorization')?.source).toMatchObject({
      reliability: 'documented',
      date: '2021-11-17',
      dateKind: 'page',
    });
    expect(providerById('contabo')!.hosts.find((h) => h.role === 'signup')?.source.reliability).toBe('guess');
    expect(providerById('hetzner')!.documented.fields.find((f) => f.category === 'identity-document')?.source.reliability).toBe('third-party');
  });
});

describe('providerForUrl', () => {
  it('maps every current documented signup URL to its provider', () => {
    for (const p of PROVIDERS) for (const u of p.signupUrls.filter((s) => s.status === 'current')) expect(providerForUrl(u.url), u.url).toBe(p.id);
  });

  it('matches exact signup, console and login hosts, and host patterns', () => {
    expect(providerForUrl('https://signin.aws.amazon.com/signup?request_type=register')).toBe('aws');
    expect(providerForUrl('https://portal.aws.amazon.com/billing/signup#/start')).toBe('aws');
    expect(providerForUrl('https://console.aws.amazon.com/')).toBe('aws');
    expect(providerForUrl('https://us-east-1.console.aws.amazon.com/ec2')).toBe('aws');
    expect(providerForUrl('https://id.heroku.com/login')).toBe('heroku');
    expect(providerForUrl('https://SIGNUP.AZURE.COM/signup')).toBe('azure');
    expect(providerForUrl('https://signup.azure.com./signup')).toBe('azure');
    expect(providerForUrl('https://cloud.digitalocean.com:443/registrations/new')).toBe('digitalocean');
  });

  it('does not match look-alikes, shared hosts, vendors or non-URLs', () => {
    for (const url of [
      'https://signin.aws.amazon.com.attacker.example/',
      'https://evilsignin.aws.amazon.com/',
      'https://aws.amazon.com/',
      'https://accounts.google.com/signup',
      'https://www.ibm.com/account/reg/us-en/signup',
      'https://js.stripe.com/v3/elements-inner-card.html',
      'https://challenges.cloudflare.com/turnstile',
      'signin.aws.amazon.com',
      'file:///signin.aws.amazon.com/',
      'not a url',
      '',
    ])
      expect(providerForUrl(url), url).toBeNull();
  });

  it('providerById returns the entry or undefined', () => {
    expect(providerById('hetzner')?.headquarters).toBe('DE');
    expect(providerById('paperspace')?.parentId).toBe('digitalocean');
    expect(providerById('nope')).toBeUndefined();
  });
});

describe('broken provider data fails validation', () => {
  it('a host claimed by two providers', () => {
    const c = clone();
    provider(c, 'vultr').hosts.push({ ...provider(c, 'aws').hosts[0]! });
    expect(messages(c)).toContainEqual('host signin.aws.amazon.com is claimed by aws and vultr');
  });

  it('a provider without a signup host', () => {
    const c = clone();
    const p = provider(c, 'render');
    p.hosts = p.hosts.map((h) => ({ ...h, role: 'console' as const }));
    expect(messages(c)).toContainEqual('provider render has no signup host');
  });

  it('a current signup URL on a host that is not a signup host', () => {
    const c = clone();
    provider(c, 'aws').signupUrls.push({ url: 'https://aws.amazon.com/free', status: 'current', source: provider(c, 'aws').hosts[0]!.source });
    expect(messages(c)).toContainEqual('provider aws: signup URL host aws.amazon.com is not a signup host');
  });

  it('a documented field type that does not exist or is in another category', () => {
    const c = clone();
    const f = provider(c, 'aws').documented.fields[0]!;
    f.fieldTypes = ['e-mail'];
    expect(messages(c)).toContainEqual('provider aws: unknown field type e-mail');
    f.fieldTypes = ['tel'];
    expect(messages(c)).toContainEqual(`provider aws: field type tel is phone, not ${f.category}`);
  });

  it('a malformed host, a wildcard host, an undated source', () => {
    const c = clone();
    provider(c, 'aws').hosts[0]!.host = 'https://signin.aws.amazon.com';
    provider(c, 'gcp').hosts[0]!.host = '*.google.com';
    const azure = provider(c, 'azure').hosts[0]!;
    azure.source = { ...azure.source, date: 'Nov 2026' };
    const paths = ProviderCatalogSchema.safeParse(c).error?.issues.map((i) => i.path.join('.'));
    expect(paths).toContain('providers.0.hosts.0.host');
    expect(paths).toContain('providers.1.hosts.0.host');
    expect(paths).toContain('providers.2.hosts.0.source.date');
  });

  it('an unknown parent, and a third-party entry naming an unknown vendor', () => {
    const c = clone();
    provider(c, 'paperspace').parentId = 'do';
    expect(messages(c)).toContainEqual('provider paperspace: unknown parent do');
    const kb = { ...KNOWLEDGE_BASE, providers: clone() };
    provider(kb.providers, 'vastai').thirdPartyHosts[0]!.vendorId = 'strype';
    expect(validateKnowledgeBase(kb)).toContainEqual('provider vastai: unknown vendor strype');
  });
});
