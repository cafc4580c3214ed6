import { describe, expect, it } from 'vitest';
import { PAST_SIGNUP_URLS, PastSignupUrlsSchema } from '../../../src/core/catalog/data/past-signup-urls.ts';
import { providerById } from '../../../src/core/catalog/index.ts';
import { resolveTargets } from '../../../src/cli/wayback/targets.ts';

describe('wayback targets and past signup URLs', () => {
  it('holds valid data for providers the catalog knows, none repeating a catalog URL', () => {
    expect(PastSignupUrlsSchema.safeParse(PAST_SIGNUP_URLS).success).toBe(true);
    for (const [id, urls] of Object.entries(PAST_SIGNUP_URLS)) {
      const provider = providerById(id);
      expect(provider, id).toBeDefined();
      const known = new Set(provider!.signupUrls.map((u) => u.url));
      for (const u of urls) expect(known.has(u.url), u.url).toBe(false);
    }
  });

  it('refuses an entry without a source or with a bad date', () => {
    const bad = { lambda: [{ url: 'https://x.example.com/', until: '2025-13', source: { ref: 'x' } }] };
    expect(PastSignupUrlsSchema.safeParse(bad).success).toBe(false);
  });

  it('expands a provider id into its current, legacy and past URLs (fragments dropped), and takes URLs as given', () => {
    const t = resolveTargets(['lambda', 'aws', 'https://example.org/join#x']);
    expect(t).toContainEqual({ url: 'https://cloud.lambda.ai/sign-up', providerId: 'lambda', status: 'current' });
    expect(t).toContainEqual({ url: 'https://cloud.lambdalabs.com/sign-up', providerId: 'lambda', status: 'past' });
    expect(t).toContainEqual({ url: 'https://portal.aws.amazon.com/billing/signup', providerId: 'aws', status: 'legacy' });
    expect(t).toContainEqual({ url: 'https://example.org/join', providerId: null, status: 'given' });
    expect(() => resolveTargets(['awz'])).toThrow(/did you mean aws/);
  });
});
