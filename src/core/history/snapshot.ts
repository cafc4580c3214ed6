// A snapshot is a finished or saved flow as history keeps it: sanitized, self-describing (provider
// name, versions) and identified by the SHA-256 of its canonical JSON, so the same record has the same
// id in every browser and in the CLI, and an edited or damaged record can be recognised on import.
import { z } from 'zod';
import {
  type Flow,
  FlowStepSchema,
  type ObservedField,
  ObservedFieldSchema,
  type ObservedVendor,
  ObservedVendorSchema,
} from '../flow/model.ts';
import { askedStatuses } from '../flow/categories-asked.ts';
import type { Category } from '../taxonomy/categories.ts';
import { canonicalJson, SHA256_HEX, sha256Hex } from './canonical.ts';
import { providerInfo } from './provider-info.ts';
import { capText, hostOf, sanitizeOrigin, sanitizeUrl } from './sanitize.ts';

export const SNAPSHOT_SCHEMA_VERSION = 1;
export const SNAPSHOT_REASONS = ['finished', 'user', 'import', 'cli'] as const;
export type SnapshotReason = (typeof SNAPSHOT_REASONS)[number];

const sha256 = z.string().regex(SHA256_HEX, 'expected a lower-case hex SHA-256');

export const SnapshotProviderSchema = z.strictObject({
  /** Provider catalog id; null for a site outside the catalog. */
  id: z.string().nullable(),
  /** Name shown to people (catalog display name at save time, or the host name). */
  name: z.string(),
  /** Provider kind from the catalog at save time (null when unknown). */
  kind: z.string().nullable(),
});

/** Where an archived page came from (snapshots made from web archives by `kyc-lens wayback`). */
export const SnapshotProvenanceSchema = z.strictObject({
  archive: z.string().max(2000).describe('The web archive: its replay prefix, e.g. https://web.archive.org/web.'),
  captureUrl: z.string().max(4000).describe('The capture as the archive serves its original bytes (the id_ form).'),
  capturedAt: z.number().describe('When the archive captured the page (ms since 1970-01-01 UTC).'),
  digest: z.string().max(200).describe('The archive’s digest of the captured payload (CDX digest: base32 SHA-1).'),
  rendered: z.literal(true).optional().describe('Present when the fields were read from the page rendered in a browser (its scripts run).'),
});
export type SnapshotProvenance = z.infer<typeof SnapshotProvenanceSchema>;

export const SnapshotSchema = z.strictObject({
  schemaVersion: z.literal(SNAPSHOT_SCHEMA_VERSION),
  /** SHA-256 (hex) of the canonical JSON of every other property. */
  id: sha256.describe('SHA-256 (hex) of the canonical JSON (RFC 8785) of every other property of the snapshot.'),
  provider: SnapshotProviderSchema,
  /** The page the flow was on when it was saved (query values and non-route fragments removed). */
  url: z.string().describe('Page the flow was on when saved; query values and non-route fragments removed.'),
  startedAt: z.number().describe('When the flow was first seen (ms since 1970-01-01 UTC).'),
  updatedAt: z.number().describe('When the flow last changed (ms since 1970-01-01 UTC).'),
  savedAt: z.number().describe('When the snapshot was saved (ms since 1970-01-01 UTC).'),
  reason: z.enum(SNAPSHOT_REASONS).describe('finished = the flow ended; user = Save snapshot; import / cli = made by another tool.'),
  extensionVersion: z.string().describe('Version of the KYC Lens extension or CLI that recorded the snapshot.'),
  catalogVersion: z.string().describe('Version of the requirement/provider catalog used to map fields to requirements.'),
  steps: z.array(FlowStepSchema).describe('The pages and views of the signup flow, in order.'),
  fields: z.array(ObservedFieldSchema).describe('Every form field seen, with its category, requirement ids and the signals that decided.'),
  vendors: z.array(ObservedVendorSchema).describe('Payment processors, ID-verification vendors and captchas seen as frames or scripts.'),
  truncated: z
    .literal(true)
    .optional()
    .describe('Present when a page had more fields than the extractor reports or the flow hit its caps: the record may be incomplete.'),
  /** SHA-256 of the screenshot's data URL, stored beside history (not inside the snapshot). */
  screenshotId: sha256.optional(),
  provenance: SnapshotProvenanceSchema.optional().describe('Present when the snapshot was made from a web archive capture: which archive, capture and payload.'),
});
export type Snapshot = z.infer<typeof SnapshotSchema>;

export interface SnapshotMeta {
  url: string;
  savedAt: number;
  extensionVersion: string;
  catalogVersion: string;
  reason: SnapshotReason;
  screenshotId?: string;
  provenance?: SnapshotProvenance;
}

/** The hash a snapshot's id must equal: SHA-256 of the canonical JSON of everything but `id`. */
export async function hashSnapshotContent(record: Record<string, unknown>): Promise<string> {
  const { id: _id, ...content } = record;
  return sha256Hex(canonicalJson(content));
}

function sanitizeField(f: ObservedField): ObservedField {
  const out: ObservedField = {
    key: capText(f.key),
    fieldType: capText(f.fieldType, 80),
    category: f.category,
    label: capText(f.label),
    required: f.required,
    requirements: [...new Set(f.requirements.map((r) => capText(r, 120)))].sort(),
    evidence: f.evidence.map((e) => capText(e)),
    confidence: f.confidence,
    formKind: f.formKind,
    stepIndex: f.stepIndex,
    firstSeenAt: f.firstSeenAt,
    selector: capText(f.selector, 2000),
  };
  if (f.frameOrigin !== undefined) out.frameOrigin = sanitizeOrigin(f.frameOrigin);
  return out;
}

function sanitizeVendor(v: ObservedVendor): ObservedVendor {
  return { ...v, vendorId: capText(v.vendorId, 120), origin: sanitizeOrigin(v.origin) };
}

const compareStrings = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byField = (a: ObservedField, b: ObservedField) =>
  a.stepIndex - b.stepIndex || a.firstSeenAt - b.firstSeenAt || compareStrings(a.key, b.key);
const vendorKey = (v: ObservedVendor) => `${v.vendorId}\u0000${v.role}\u0000${v.origin}\u0000${v.via}`;
const byVendor = (a: ObservedVendor, b: ObservedVendor) => a.stepIndex - b.stepIndex || compareStrings(vendorKey(a), vendorKey(b));

/** Turns a flow into its history record. LIVE calls this when a flow finishes or the user saves it. */
export async function snapshotFromFlow(flow: Flow, meta: SnapshotMeta): Promise<Snapshot> {
  const url = sanitizeUrl(meta.url);
  const info = providerInfo(flow.providerId, meta.url);
  const content: Omit<Snapshot, 'id'> = {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    provider: { id: flow.providerId, name: capText(info.name, 200), kind: info.kind },
    url,
    startedAt: flow.startedAt,
    updatedAt: flow.updatedAt,
    savedAt: meta.savedAt,
    reason: meta.reason,
    extensionVersion: capText(meta.extensionVersion, 40),
    catalogVersion: capText(meta.catalogVersion, 80),
    steps: [...flow.steps]
      .sort((a, b) => a.index - b.index)
      .map((s) => ({
        ...s,
        url: sanitizeUrl(s.url),
        title: capText(s.title),
        headings: s.headings.map((h) => capText(h)),
      })),
    fields: flow.fields
      .map(sanitizeField)
      .sort(byField),
    vendors: flow.vendors
      .map(sanitizeVendor)
      .sort(byVendor),
  };
  if (flow.truncated) content.truncated = true;
  if (meta.screenshotId !== undefined) content.screenshotId = meta.screenshotId;
  if (meta.provenance !== undefined) content.provenance = { ...meta.provenance };
  const id = await hashSnapshotContent(content);
  return SnapshotSchema.parse({ ...content, id });
}

/** Groups snapshots of one provider: the catalog id, or the host of a site outside the catalog. */
export function providerKey(s: Pick<Snapshot, 'provider' | 'url'>): string {
  return s.provider.id ?? `site:${hostOf(s.url) || s.provider.name}`;
}

export type CategoryStatus = 'required' | 'optional' | 'absent';

/** Per category the snapshot asked for (its fields and vendor frames, categories-asked.ts): required or optional. */
export function categoryStatuses(s: Parameters<typeof askedStatuses>[0]): Map<Category, CategoryStatus> {
  return askedStatuses(s);
}
