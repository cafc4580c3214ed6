// Small builders for flows and snapshots in history tests.
import type { Flow, ObservedField, ObservedVendor } from '../../../src/core/flow/model.ts';
import { type SnapshotMeta, snapshotFromFlow } from '../../../src/core/history/snapshot.ts';
import { fieldTypeDef } from '../../../src/core/taxonomy/field-types.ts';

export function field(fieldType: string, over: Partial<ObservedField> = {}): ObservedField {
  const def = fieldTypeDef(fieldType);
  return {
    key: `${fieldType}-${over.stepIndex ?? 0}`,
    fieldType,
    category: def?.category ?? 'other',
    label: def?.title ?? fieldType,
    required: true,
    requirements: [],
    evidence: [`autocomplete=${fieldType}`],
    confidence: 0.9,
    formKind: 'signup',
    stepIndex: 0,
    firstSeenAt: 1_700_000_000_000,
    selector: `#${fieldType}`,
    ...over,
  };
}

export function vendor(vendorId: string, role: ObservedVendor['role'] = 'payment'): ObservedVendor {
  return { vendorId, role, origin: `https://${vendorId}.example`, via: 'frame', stepIndex: 0, firstSeenAt: 1_700_000_000_000 };
}

export function flow(providerId: string | null, fields: ObservedField[], vendors: ObservedVendor[] = []): Flow {
  const steps = [...new Set(fields.map((f) => f.stepIndex))].sort().map((index) => ({
    index,
    url: `https://signup.${providerId ?? 'site'}.example/step${index}`,
    title: `Step ${index}`,
    headings: [`Step ${index}`],
    formKinds: ['signup' as const],
    firstSeenAt: 1_700_000_000_000 + index,
    lastSeenAt: 1_700_000_000_100 + index,
  }));
  return { providerId, startedAt: 1_700_000_000_000, updatedAt: 1_700_000_000_500, steps, fields, vendors };
}

export function meta(over: Partial<SnapshotMeta> = {}): SnapshotMeta {
  return {
    url: 'https://signup.example/start',
    savedAt: 1_700_000_001_000,
    extensionVersion: '0.1.0',
    catalogVersion: 'test-1',
    reason: 'user',
    ...over,
  };
}

export const DAY = 86_400_000;

/** A snapshot of `providerId` saved `day` days after the base time, with the given fields. */
export function snap(providerId: string | null, fields: ObservedField[], day = 0, vendors: ObservedVendor[] = []) {
  return snapshotFromFlow(flow(providerId, fields, vendors), meta({ savedAt: 1_700_000_001_000 + day * DAY, url: `https://${providerId ?? 'other.example'}.example/signup` }));
}
