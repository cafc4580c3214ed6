// Small builders for flows in tests: each field names only what the test is about.
import type { Flow, FlowStep, ObservedField, ObservedVendor } from '../../../src/core/flow/model.ts';
import { fieldTypeDef } from '../../../src/core/taxonomy/field-types.ts';

let n = 0;
export function field(fieldType: string, over: Partial<ObservedField> = {}): ObservedField {
  const def = fieldTypeDef(fieldType);
  if (!def) throw new Error(`unknown field type ${fieldType}`);
  n++;
  return {
    key: `k${n}`,
    fieldType,
    category: def.category,
    label: def.title,
    required: true,
    requirements: [],
    evidence: [`test ${fieldType}`],
    confidence: 0.9,
    formKind: 'signup',
    stepIndex: 0,
    firstSeenAt: 1_700_000_000_000 + n,
    selector: `#f${n}`,
    ...over,
  };
}

export function step(index: number, heading: string, over: Partial<FlowStep> = {}): FlowStep {
  return {
    index,
    url: `https://portal.aws.amazon.com/billing/signup#/step${index}`,
    title: 'AWS Console - Signup',
    headings: heading ? [heading] : [],
    formKinds: ['signup'],
    firstSeenAt: 1_700_000_000_000 + index,
    lastSeenAt: 1_700_000_000_000 + index,
    ...over,
  };
}

export function vendor(vendorId: string, role: ObservedVendor['role'], stepIndex = 0): ObservedVendor {
  return { vendorId, role, origin: `https://${vendorId}.example`, via: 'frame', stepIndex, firstSeenAt: 1_700_000_000_000 };
}

export function flow(over: Partial<Flow> = {}): Flow {
  return { providerId: 'aws', startedAt: 1_700_000_000_000, updatedAt: 1_700_000_100_000, steps: [], fields: [], vendors: [], ...over };
}
