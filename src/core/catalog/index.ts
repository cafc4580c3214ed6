// Walking-skeleton catalog access; the knowledge base (issue 3) replaces the data behind it.
import type { Category } from '../taxonomy/categories.ts';

const SKELETON_MAP: Partial<Record<Category, string[]>> = {
  name: ['name'],
  address: ['address'],
  payment: ['payment'],
  email: ['email'],
  phone: ['phone'],
};

export function requirementsForCategory(category: Category): string[] {
  return SKELETON_MAP[category] ?? [];
}

const PROVIDER_HOSTS: Record<string, string[]> = {
  aws: ['portal.aws.amazon.com', 'signin.aws.amazon.com'],
};

export function providerForUrl(url: string): string | null {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return null;
  }
  for (const [id, hosts] of Object.entries(PROVIDER_HOSTS)) if (hosts.includes(host)) return id;
  return null;
}
