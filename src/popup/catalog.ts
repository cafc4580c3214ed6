// The popup's view of the knowledge base: the current requirement catalog, providers and vendors.
import * as kb from '../core/catalog/index.ts';
import type { Provider, Vendor } from '../core/catalog/schema.ts';
import { REQUIREMENT_CATALOGS } from '../core/catalog/data/requirement-catalogs.ts';
import { selectCurrentCatalog } from '../core/catalog/versions.ts';
import { catalogView } from '../core/present/catalog-adapter.ts';
import type { CatalogView } from '../core/present/catalog-view.ts';

// The knowledge base's provider and vendor lookups (named in its API; read defensively until they land).
type Lookups = {
  providerById?: (id: string) => Provider | undefined | null;
  VENDORS?: readonly Vendor[];
};
const lookups = kb as unknown as Lookups;

let view: CatalogView | null = null;

export function popupCatalog(): CatalogView {
  view ??= catalogView({
    catalog: selectCurrentCatalog(REQUIREMENT_CATALOGS),
    providerById: (id) => lookups.providerById?.(id) ?? null,
    vendorById: (id) => lookups.VENDORS?.find((v) => v.id === id) ?? null,
  });
  return view;
}

/** The catalog provider KYC Lens follows on this URL by itself, if any. */
export function providerForUrl(url: string | undefined): { id: string; name: string } | null {
  const id = url ? kb.providerForUrl(url) : null;
  if (!id) return null;
  return { id, name: popupCatalog().provider(id)?.displayName ?? id };
}
