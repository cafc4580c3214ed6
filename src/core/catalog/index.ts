// The knowledge base's API: requirement catalog (current version), provider catalog and vendor
// registry. Pure core: no browser APIs and no zod at runtime (the data is validated by the tests,
// the manifest sync and the schema export; see validate.ts). Callers code against these names.
import type { Category } from '../taxonomy/categories.ts';
import { PROVIDER_CATALOG } from './data/providers/index.ts';
import { REQUIREMENT_CATALOGS } from './data/requirement-catalogs.ts';
import { VENDOR_REGISTRY } from './data/vendors.ts';
import { isSameOrSubdomain, matchesWildcard, parseHost, urlMatchesPattern } from './hosts.ts';
import type { Placement, Provider, Regime, Requirement, RequirementCatalog, Vendor } from './schema.ts';
import { selectCurrentCatalog } from './versions.ts';

export type {
  AskedBy,
  DocumentedField,
  DocumentedStep,
  Fact,
  Grade,
  OpenPoint,
  Placement,
  Provider,
  Regime,
  Requirement,
  RequirementCatalog,
  RuleEvent,
  RuleHistory,
  Source,
  Status,
  Vendor,
} from './schema.ts';

// ---------------------------------------------------------------------------------------------
// Requirement catalog
// ---------------------------------------------------------------------------------------------

let current: RequirementCatalog | undefined;

/** The current requirement catalog: the version no other version supersedes. */
export function currentCatalog(): RequirementCatalog {
  current ??= selectCurrentCatalog(REQUIREMENT_CATALOGS);
  return current;
}

/** Every catalog version, oldest first (for showing history or an older reading). */
export function catalogVersions(): readonly RequirementCatalog[] {
  return REQUIREMENT_CATALOGS;
}

export function requirementById(id: string): Requirement | undefined {
  return currentCatalog().requirements.find((r) => r.id === id);
}

export function regimeById(id: string): Regime | undefined {
  return currentCatalog().regimes.find((r) => r.id === id);
}

/** Where a field category stands against the current rule: required, beyond the minimum, or not identity data. */
export function categoryPlacement(category: Category): Placement {
  return currentCatalog().categoryMap[category];
}

/** Requirement ids a category answers; empty when it is beyond the minimum or not identity data. */
export function requirementsForCategory(category: Category): string[] {
  const placement = categoryPlacement(category);
  return placement.kind === 'required' ? [...placement.requirementIds] : [];
}

// ---------------------------------------------------------------------------------------------
// Provider catalog
// ---------------------------------------------------------------------------------------------

export const PROVIDERS: readonly Provider[] = PROVIDER_CATALOG.providers;

const PROVIDER_BY_ID = new Map(PROVIDERS.map((p) => [p.id, p]));
const PROVIDER_BY_HOST = new Map(PROVIDERS.flatMap((p) => p.hosts.map((h) => [h.host, p.id] as const)));
const PROVIDER_PATTERNS = PROVIDERS.flatMap((p) => (p.hostPatterns ?? []).map((h) => ({ pattern: h.pattern, id: p.id })));

export function providerById(id: string): Provider | undefined {
  return PROVIDER_BY_ID.get(id);
}

/** The provider whose signup, console or login host (or host pattern) serves this URL. */
export function providerForUrl(url: string): string | null {
  if (!url.includes('://')) return null;
  const parsed = parseHost(url);
  if (!parsed) return null;
  const exact = PROVIDER_BY_HOST.get(parsed.host);
  if (exact) return exact;
  return PROVIDER_PATTERNS.find((p) => matchesWildcard(parsed.host, p.pattern))?.id ?? null;
}

/** Hosts the extension runs on: every provider's signup hosts, sorted. */
export function signupHosts(): string[] {
  const hosts = new Set(PROVIDERS.flatMap((p) => p.hosts.filter((h) => h.role === 'signup').map((h) => h.host)));
  return [...hosts].sort();
}

/**
 * The manifest's host permissions and content-script matches: `https://<signup host><signup path>`
 * for every signup path of every signup host, sorted. The content script runs on signup pages only.
 */
export function signupHostPatterns(): string[] {
  const patterns = new Set(PROVIDERS.flatMap((p) => p.hosts.flatMap((h) => (h.role === 'signup' ? (h.paths ?? []).map((path) => `https://${h.host}${path}`) : []))));
  return [...patterns].sort();
}

/** Whether `url` is a signup, registration, verification or first-billing page of a provider (see signupHostPatterns). */
export function isSignupPage(url: string): boolean {
  signupPatterns ??= signupHostPatterns();
  return signupPatterns.some((pattern) => urlMatchesPattern(url, pattern));
}
let signupPatterns: string[] | undefined;

// ---------------------------------------------------------------------------------------------
// Vendor registry
// ---------------------------------------------------------------------------------------------

export const VENDORS: readonly Vendor[] = VENDOR_REGISTRY.vendors;

const VENDOR_BY_ID = new Map(VENDORS.map((v) => [v.id, v]));
// Most specific first, so verify.stripe.com (Stripe Identity) wins over stripe.com (Stripe payments).
const VENDOR_DOMAINS = VENDORS.flatMap((vendor) => vendor.domains.map((d) => ({ ...d, vendor }))).sort(
  (a, b) => b.domain.length + (b.pathPrefix?.length ?? 0) - (a.domain.length + (a.pathPrefix?.length ?? 0)),
);

export function vendorById(id: string): Vendor | undefined {
  return VENDOR_BY_ID.get(id);
}

/**
 * The vendor serving this origin, URL or hostname: a listed domain or any subdomain of it.
 * Domains restricted to a path (reCAPTCHA on www.google.com) match only full URLs under that path.
 */
export function vendorForOrigin(originOrUrl: string): Vendor | null {
  const parsed = parseHost(originOrUrl);
  if (!parsed) return null;
  for (const d of VENDOR_DOMAINS) {
    if (!isSameOrSubdomain(parsed.host, d.domain)) continue;
    if (d.pathPrefix !== undefined && !parsed.path.startsWith(d.pathPrefix)) continue;
    return d.vendor;
  }
  return null;
}

/** Providers whose documented flow names this vendor. */
export function providersUsingVendor(vendorId: string): Provider[] {
  return PROVIDERS.filter((p) => p.thirdPartyHosts.some((h) => h.vendorId === vendorId));
}
