// What `kyc-lens wayback` looks up: each argument is a provider id (its signup URLs from the catalog,
// current and legacy, plus the past ones in data/past-signup-urls.ts) or a URL (as given).
import { PROVIDERS, providerById, providerForUrl } from '../../core/catalog/index.ts';
import { PAST_SIGNUP_URLS } from '../../core/catalog/data/past-signup-urls.ts';
import { UsageError } from '../archive/options.ts';

export interface Target {
  /** The URL to look up in the archive (no fragment: archives do not capture them). */
  url: string;
  /** The provider it belongs to, when known. */
  providerId: string | null;
  /** current / legacy (from the provider catalog), past (data/past-signup-urls.ts) or given. */
  status: 'current' | 'legacy' | 'past' | 'given';
}

const withoutFragment = (url: string) => url.split('#', 1)[0]!;

export function resolveTargets(args: readonly string[]): Target[] {
  const out: Target[] = [];
  const seen = new Set<string>();
  const add = (t: Target) => {
    if (seen.has(t.url)) return;
    seen.add(t.url);
    out.push(t);
  };
  for (const arg of args) {
    if (/^https?:\/\//i.test(arg)) {
      if (!URL.canParse(arg)) throw new UsageError(`"${arg}" is not a valid URL`);
      const url = withoutFragment(arg);
      add({ url, providerId: providerForUrl(url), status: 'given' });
      continue;
    }
    const provider = providerById(arg.toLowerCase());
    if (!provider) {
      const close = PROVIDERS.map((p) => p.id).filter((id) => id.startsWith(arg.slice(0, 2).toLowerCase()));
      throw new UsageError(`"${arg}" is neither a URL nor a provider id${close.length ? ` (did you mean ${close.join(', ')}?)` : ''}; provider ids: ${PROVIDERS.map((p) => p.id).join(', ')}`);
    }
    for (const u of provider.signupUrls) add({ url: withoutFragment(u.url), providerId: provider.id, status: u.status });
    for (const u of PAST_SIGNUP_URLS[provider.id] ?? []) add({ url: withoutFragment(u.url), providerId: provider.id, status: 'past' });
  }
  return out;
}
