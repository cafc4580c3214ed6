// The popup's view of the knowledge base: the current requirement catalog, providers and vendors.
import { currentCatalog, providerById, providerForUrl as providerIdForUrl, vendorById } from '../core/catalog/index.ts';
import { catalogView } from '../core/present/catalog-adapter.ts';
import type { CatalogView } from '../core/present/catalog-view.ts';

let view: CatalogView | null = null;

export function popupCatalog(): CatalogView {
  view ??= catalogView({ catalog: currentCatalog(), providerById, vendorById });
  return view;
}

/** The catalog provider KYC Lens follows on this URL by itself, if any. */
export function providerForUrl(url: string | undefined): { id: string; name: string } | null {
  const id = url ? providerIdForUrl(url) : null;
  if (!id) return null;
  return { id, name: popupCatalog().provider(id)?.displayName ?? id };
}
