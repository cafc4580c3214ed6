// Builds the popup's CatalogView from the knowledge base's data: the current requirement catalog,
// the provider catalog and the vendor registry. Only types are imported from the schema module, so
// the popup bundle never carries zod's schema code for static data.
import type { Provider, RequirementCatalog, Vendor } from '../catalog/schema.ts';
import { ruleStatusView } from '../rule-status/status.ts';
import { type Category, IDENTITY_CATEGORIES } from '../taxonomy/categories.ts';
import type { AskedBy, CatalogView, DocumentedProfile, Placement, ProviderInfo, RequirementInfo } from './catalog-view.ts';

export interface CatalogSources {
  readonly catalog: RequirementCatalog;
  providerById(id: string): Provider | undefined | null;
  vendorById(id: string): Vendor | undefined | null;
}

export function documentedProfile(p: Provider): DocumentedProfile | null {
  const { fields, verification } = p.documented;
  if (!fields.length && !verification.length) return null;
  const identity = (c: Category) => IDENTITY_CATEGORIES.includes(c);
  const asked = new Set<Category>();
  const conditional = new Set<Category>();
  for (const f of fields) {
    if (!identity(f.category)) continue;
    if (f.presence === 'asked') asked.add(f.category);
    else if (f.presence === 'conditional') conditional.add(f.category);
  }
  for (const c of asked) conditional.delete(c);
  const order = (set: Set<Category>) => IDENTITY_CATEGORIES.filter((c) => set.has(c));
  const sources = [...new Set([...fields.map((f) => f.source.ref), ...verification.map((v) => v.source.ref)])];
  return {
    asked: order(asked),
    conditional: order(conditional),
    verification: [...new Set(verification.map((v) => v.step))],
    sources,
  };
}

export function catalogView(src: CatalogSources): CatalogView {
  const { catalog } = src;
  const regimes = new Map(catalog.regimes.map((r) => [r.id, r]));
  const primary = regimes.get(catalog.primaryRegimeId);
  const requirementsById = new Map(catalog.requirements.map((r) => [r.id, r]));
  const withoutField = new Set(catalog.collectedWithoutField.map((w) => w.requirementId));
  const history = ruleStatusView(catalog);
  const requirements: RequirementInfo[] = catalog.requirements
    .filter((r) => r.regimeId === catalog.primaryRegimeId && r.kind === 'collect')
    .map((r) => {
      const info: RequirementInfo = {
        id: r.id,
        title: r.title,
        why: r.why,
        citation: r.citation,
        grade: r.grade,
        loggedByProvider: withoutField.has(r.id),
      };
      return r.wording ? { ...info, wording: r.wording } : info;
    });
  const placements = new Map<Category, Placement>();
  for (const [category, p] of Object.entries(catalog.categoryMap) as [Category, RequirementCatalog['categoryMap'][Category]][]) {
    if (!p) continue;
    if (p.kind === 'beyond') {
      const askedBy = p.askedBy.map((a): AskedBy => {
        const base: AskedBy = { regimeId: a.regimeId, regimeName: regimes.get(a.regimeId)?.shortName ?? a.regimeId, note: a.note };
        const r = a.requirementId ? requirementsById.get(a.requirementId) : undefined;
        const basisNote = a.requirementId ? history.basisNotes[a.requirementId] : undefined;
        const withBasis = basisNote ? { ...base, basisNote } : base;
        return r ? { ...withBasis, citation: r.citation, grade: r.grade } : withBasis;
      });
      placements.set(category, p.note ? { kind: 'beyond', askedBy, note: p.note } : { kind: 'beyond', askedBy });
    } else if (p.kind === 'required') placements.set(category, { kind: 'required', requirementIds: p.requirementIds });
    else placements.set(category, { kind: 'not-identity' });
  }
  const providers = new Map<string, ProviderInfo | null>();
  return {
    rule: {
      name: primary?.shortName ?? catalog.title,
      citation: primary?.citation ?? '',
      status: history.line,
      history,
    },
    requirements,
    // A category the catalog does not place is shown as beyond with no rule asking: never hidden.
    placement: (category) => placements.get(category) ?? { kind: 'beyond', askedBy: [] },
    provider(id) {
      if (!providers.has(id)) {
        const p = src.providerById(id);
        providers.set(id, p ? { id: p.id, displayName: p.displayName, documented: documentedProfile(p) } : null);
      }
      return providers.get(id) ?? null;
    },
    vendorName: (id) => src.vendorById(id)?.displayName ?? null,
  };
}
