// The provider catalog as the comparison's documentation layer (shared by the workspace and the CLI).
import { providerById } from '../catalog/index.ts';
import type { DocsLookup } from './compare.ts';

export const catalogDocs: DocsLookup = (id) => providerById(id);
