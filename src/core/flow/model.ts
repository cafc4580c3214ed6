// A flow is everything one signup process showed across its steps (pages and SPA views) in one tab.
// A snapshot is a flow saved to history. Both shapes are shared by the worker, popup, workspace,
// exports and the CLI; snapshots are validated on import, so they are zod schemas.
import { z } from 'zod';
import { CATEGORIES } from '../taxonomy/categories.ts';
import { FORM_KINDS, VendorHitSchema } from '../report.ts';

export const FlowStepSchema = z.object({
  index: z.number().int().nonnegative(),
  url: z.string(),
  title: z.string(),
  /** Headings that name the step ("Contact information"). */
  headings: z.array(z.string()),
  formKinds: z.array(z.enum(FORM_KINDS)),
  firstSeenAt: z.number(),
  lastSeenAt: z.number(),
});
export type FlowStep = z.infer<typeof FlowStepSchema>;

export const ObservedFieldSchema = z.object({
  /** Stable key for removing repeats across rescans and steps (see flow aggregation). */
  key: z.string(),
  fieldType: z.string(),
  category: z.enum(CATEGORIES),
  label: z.string(),
  required: z.boolean(),
  requirements: z.array(z.string()),
  evidence: z.array(z.string()),
  confidence: z.number().min(0).max(1),
  formKind: z.enum(FORM_KINDS),
  stepIndex: z.number().int().nonnegative(),
  firstSeenAt: z.number(),
  selector: z.string(),
  frameOrigin: z.string().optional(),
});
export type ObservedField = z.infer<typeof ObservedFieldSchema>;

export const ObservedVendorSchema = VendorHitSchema.extend({
  stepIndex: z.number().int().nonnegative(),
  firstSeenAt: z.number(),
});
export type ObservedVendor = z.infer<typeof ObservedVendorSchema>;

export const FlowSchema = z.object({
  providerId: z.string().nullable(),
  startedAt: z.number(),
  updatedAt: z.number(),
  steps: z.array(FlowStepSchema),
  fields: z.array(ObservedFieldSchema),
  vendors: z.array(ObservedVendorSchema),
  /** True when a page had more fields than the extractor reports or the flow hit its caps. */
  truncated: z.boolean().optional(),
});
export type Flow = z.infer<typeof FlowSchema>;

/** Per-tab flow state in storage.session. */
export const TabFlowSchema = FlowSchema.extend({
  tabId: z.number().int(),
  /** History snapshot this flow was last saved as; a later save of the same flow updates it. */
  snapshotId: z.string().optional(),
  /** When the flow was last saved to history (it is saved again only if it changed since). */
  savedAt: z.number().optional(),
});
export type TabFlow = z.infer<typeof TabFlowSchema>;
