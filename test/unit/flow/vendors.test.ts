import { describe, expect, it } from 'vitest';
import { mergeVendorHits, vendorHitsFromOrigins } from '../../../src/core/flow/vendors.ts';

const lookup = (o: string) => {
  const host = new URL(o).hostname;
  if (host === 'js.stripe.com') return { id: 'stripe', role: 'payment' as const };
  if (host.endsWith('.jumio.ai') || host === 'netverify.com') return { id: 'jumio', role: 'identity-verification' as const };
  if (host === 'boom.example') throw new Error('broken catalog entry');
  return null;
};

describe('vendorHitsFromOrigins', () => {
  it('maps frame and script origins to vendor facts, frames first, without repeats', () => {
    const hits = vendorHitsFromOrigins(
      {
        frameOrigins: ['https://js.stripe.com', 'https://js.stripe.com', 'https://cdn.example', 'https://eu.netverify.jumio.ai'],
        scriptOrigins: ['https://js.stripe.com', 'https://www.googletagmanager.com'],
      },
      lookup,
    );
    expect(hits).toEqual([
      { vendorId: 'stripe', role: 'payment', origin: 'https://js.stripe.com', via: 'frame' },
      { vendorId: 'jumio', role: 'identity-verification', origin: 'https://eu.netverify.jumio.ai', via: 'frame' },
      { vendorId: 'stripe', role: 'payment', origin: 'https://js.stripe.com', via: 'script' },
    ]);
  });

  it('skips origins the lookup cannot handle instead of failing the page', () => {
    expect(vendorHitsFromOrigins({ frameOrigins: ['https://boom.example', 'https://js.stripe.com'], scriptOrigins: [] }, lookup)).toHaveLength(1);
  });

  it('merges hits without repeats', () => {
    const a = { vendorId: 'stripe', role: 'payment' as const, origin: 'https://js.stripe.com', via: 'frame' as const };
    expect(mergeVendorHits([a], [a, { ...a, via: 'script' }])).toEqual([a, { ...a, via: 'script' }]);
  });
});
