// How a snapshot names its provider: from the provider catalog when the flow's provider is known,
// else by the page's host name (a site analysed on request).
import { providerById } from '../catalog/index.ts';
import { hostOf } from './sanitize.ts';

export interface ProviderInfo {
  name: string;
  kind: string | null;
}

export function providerInfo(providerId: string | null, url: string): ProviderInfo {
  if (providerId === null) return { name: hostOf(url) || 'Unknown site', kind: null };
  const provider = providerById(providerId);
  return provider ? { name: provider.displayName, kind: provider.kind } : { name: providerId, kind: null };
}
