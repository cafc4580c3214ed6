// The provider catalog: every provider the extension knows, grouped by kind in separate data files.
// Adding a provider is a data change here (see docs/knowledge-base.md), then `npm run sync:manifest`.
import type { ProviderCatalog } from '../../schema.ts';
import { GATHERED_AT } from '../sources.ts';
import { CHINESE_HYPERSCALERS } from './chinese-hyperscalers.ts';
import { DEVELOPER_CLOUDS } from './developer-clouds.ts';
import { GPU_CLOUDS } from './gpu-clouds.ts';
import { HYPERSCALERS } from './hyperscalers.ts';
import { STORAGE_EDGE_PAAS } from './storage-edge-paas.ts';

export const PROVIDER_CATALOG: ProviderCatalog = {
  schemaVersion: 1,
  gatheredAt: GATHERED_AT,
  providers: [...HYPERSCALERS, ...CHINESE_HYPERSCALERS, ...DEVELOPER_CLOUDS, ...STORAGE_EDGE_PAAS, ...GPU_CLOUDS],
};
