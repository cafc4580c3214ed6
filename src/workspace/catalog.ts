// The workspace's view of the knowledge base: documented expectations per provider.
import { providerById } from '../core/catalog/index.ts';
import type { DocsLookup } from '../core/history/compare.ts';

export const catalogDocs: DocsLookup = (id) => providerById(id);
