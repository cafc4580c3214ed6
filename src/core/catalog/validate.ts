// Validates the whole knowledge base: each catalog against its zod schema, then the references
// between catalogs. Used by the tests, the manifest sync and the schema export (never at runtime
// in the extension). Returns readable problems instead of throwing, so a script can list them all.
import { PROVIDER_CATALOG } from './data/providers/index.ts';
import { REQUIREMENT_CATALOGS } from './data/requirement-catalogs.ts';
import { VENDOR_REGISTRY } from './data/vendors.ts';
import { isSameOrSubdomain } from './hosts.ts';
import {
  type ProviderCatalog,
  ProviderCatalogSchema,
  type RequirementCatalog,
  RequirementCatalogListSchema,
  type VendorRegistry,
  VendorRegistrySchema,
} from './schema.ts';

export interface KnowledgeBase {
  requirementCatalogs: readonly RequirementCatalog[];
  providers: ProviderCatalog;
  vendors: VendorRegistry;
}

export const KNOWLEDGE_BASE: KnowledgeBase = {
  requirementCatalogs: REQUIREMENT_CATALOGS,
  providers: PROVIDER_CATALOG,
  vendors: VENDOR_REGISTRY,
};

function zodProblems(label: string, result: { success: boolean; error?: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } }): string[] {
  if (result.success || !result.error) return [];
  return result.error.issues.map((i) => `${label}${i.path.length ? ` at ${i.path.map(String).join('.')}` : ''}: ${i.message}`);
}

/** Every problem found in the knowledge base; an empty list means it is valid. */
export function validateKnowledgeBase(kb: KnowledgeBase = KNOWLEDGE_BASE): string[] {
  const problems = [
    ...zodProblems('requirement catalogs', RequirementCatalogListSchema.safeParse(kb.requirementCatalogs)),
    ...zodProblems('provider catalog', ProviderCatalogSchema.safeParse(kb.providers)),
    ...zodProblems('vendor registry', VendorRegistrySchema.safeParse(kb.vendors)),
  ];

  const vendors = new Map(kb.vendors.vendors.map((v) => [v.id, v]));
  const vendorDomains = kb.vendors.vendors.flatMap((v) => v.domains.filter((d) => !d.pathPrefix).map((d) => d.domain));
  for (const p of kb.providers.providers) {
    for (const t of p.thirdPartyHosts) {
      if (t.vendorId === undefined) continue;
      const vendor = vendors.get(t.vendorId);
      if (!vendor) {
        problems.push(`provider ${p.id}: unknown vendor ${t.vendorId}`);
        continue;
      }
      if (vendor.role !== t.role) problems.push(`provider ${p.id}: vendor ${t.vendorId} is ${vendor.role}, listed as ${t.role}`);
      const host = t.host;
      if (host !== undefined && !vendor.domains.some((d) => isSameOrSubdomain(host, d.domain)))
        problems.push(`provider ${p.id}: host ${host} is not a domain of vendor ${t.vendorId}`);
    }
    // Provider hosts are injected into or recognised as the provider; they must never look like a vendor.
    for (const h of p.hosts)
      for (const d of vendorDomains)
        if (isSameOrSubdomain(h.host, d)) problems.push(`provider ${p.id}: host ${h.host} falls under vendor domain ${d}`);
  }
  return problems;
}

/** Throws with every problem listed; for scripts that must not write from invalid data. */
export function assertKnowledgeBaseValid(kb: KnowledgeBase = KNOWLEDGE_BASE): void {
  const problems = validateKnowledgeBase(kb);
  if (problems.length) throw new Error(`knowledge base is invalid:\n- ${problems.join('\n- ')}`);
}
