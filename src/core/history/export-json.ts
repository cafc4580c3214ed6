// The JSON export: a versioned envelope around snapshots. The extension writes and imports it, and
// the CLI (`kyc-lens … --format json`) writes and reads the very same format. Its JSON Schema is
// generated from these zod schemas into docs/schemas/export.schema.json (scripts/write-export-schema.ts).
import { z } from 'zod';
import { GRADES, PartialDateSchema, RULE_EVENT_KINDS } from '../catalog/schema.ts';
import { currentRuleStatus } from '../rule-status/current.ts';
import type { RuleEventView, RuleStatusView } from '../rule-status/status.ts';
import { SHA256_HEX } from './canonical.ts';
import { type Snapshot, SnapshotSchema } from './snapshot.ts';

export const EXPORT_FORMAT = 'kyc-lens-export';
/** 2 added `rule` (the rule's status, its dated events and when it was checked); 1 had no `rule`. */
export const EXPORT_VERSION = 2;
/** Versions an importer reads: a version-1 file is a version-2 file without `rule`. */
export const READABLE_EXPORT_VERSIONS: readonly number[] = [1, 2];

export const GeneratorSchema = z.strictObject({
  /** `kyc-lens-extension` or `kyc-lens-cli` (other tools may name themselves). */
  name: z.string().min(1).max(100),
  version: z.string().min(1).max(40),
});
export type Generator = z.infer<typeof GeneratorSchema>;

export const MAX_SCREENSHOT_CHARS = 20_000_000;
export const ExportScreenshotSchema = z.strictObject({
  /** SHA-256 (hex) of the data URL's characters; snapshots refer to it as screenshotId. */
  id: z.string().regex(SHA256_HEX),
  dataUrl: z.string().max(MAX_SCREENSHOT_CHARS).regex(/^data:image\/(?:png|jpeg|webp);base64,[A-Za-z0-9+/=]*$/),
});
export type ExportScreenshot = z.infer<typeof ExportScreenshotSchema>;

const line = z.string().min(1).max(2000);
export const ExportRuleEventSchema = z.strictObject({
  id: z.string().min(1).max(100),
  date: PartialDateSchema,
  kind: z.enum(RULE_EVENT_KINDS),
  /** Already qualified ("Reported, not confirmed: …") when `confirmed` is false, as every view shows it. */
  title: line,
  text: line,
  headline: line.optional(),
  /** The source's exact words (primary or quoted events only). */
  wording: line.optional(),
  source: line,
  url: z.url().optional(),
  grade: z.enum(GRADES),
  confirmed: z.boolean(),
  checkedOn: PartialDateSchema,
});
export type ExportRuleEvent = z.infer<typeof ExportRuleEventSchema>;

export const ExportRuleSchema = z
  .strictObject({
    /** The requirement catalog version the status comes from. */
    catalogVersion: z.string().min(1).max(100),
    code: z.enum(['proposed', 'final', 'in-force', 'withdrawn']),
    /** The one-line status, derived from the confirmed events: "Proposed in January 2024; never finalized; not in force". */
    status: line,
    /** When the status was last checked against its sources (YYYY-MM-DD). */
    checkedOn: PartialDateSchema,
    note: z.array(line),
    /** The primary places to check the status again. */
    checkAgain: z.array(z.strictObject({ label: line, url: z.url(), note: line.optional() })),
    /** The rule's events, oldest first: on the same time axis as the snapshots' `savedAt`. */
    events: z.array(ExportRuleEventSchema),
    /** Related measures that are not this rule (context only). */
    related: z.array(ExportRuleEventSchema),
    /** Per field category tied to a requirement that lost its legal basis (`intended-use`): why, and that the basis was revoked. */
    categoryNotes: z.record(z.string().min(1).max(100), line),
  })
  .describe('The rule’s status as the exporting tool knew it: dated, sourced, graded events and when they were checked.');
export type ExportRule = z.infer<typeof ExportRuleSchema>;

const exportEvent = (e: RuleEventView): ExportRuleEvent => ({
  id: e.id,
  date: e.date,
  kind: e.kind,
  title: e.title,
  text: e.text,
  ...(e.headline ? { headline: e.headline } : {}),
  ...(e.wording ? { wording: e.wording } : {}),
  source: e.source,
  ...(e.url ? { url: e.url } : {}),
  grade: e.grade,
  confirmed: e.confirmed,
  checkedOn: e.checkedOn,
});

/** The export's `rule` block from a rule status view. */
export function exportRule(s: RuleStatusView): ExportRule {
  return {
    catalogVersion: s.catalogVersion,
    code: s.code,
    status: s.line,
    checkedOn: s.checkedOn,
    note: [...s.note],
    checkAgain: s.checkAgain.map((c) => ({ ...c })),
    events: s.events.map(exportEvent),
    related: s.related.map(exportEvent),
    categoryNotes: { ...s.categoryNotes },
  };
}

export const ExportEnvelopeSchema = z
  .strictObject({
    format: z.literal(EXPORT_FORMAT),
    version: z.literal(EXPORT_VERSION),
    exportedAt: z.iso.datetime(),
    generator: GeneratorSchema,
    rule: ExportRuleSchema,
    snapshots: z.array(SnapshotSchema),
    /** Screenshots the snapshots refer to, when the exporter chose to include them. */
    screenshots: z.array(ExportScreenshotSchema).optional(),
  })
  .meta({
    title: 'KYC Lens export',
    description:
      'Snapshots of cloud-provider signup flows as KYC Lens recorded them (browser extension or CLI), with the rule’s status and dated events as the exporter knew them. Each snapshot id is the SHA-256 of the canonical JSON (RFC 8785) of the snapshot without its id. See docs/export-format.md.',
  });
export type ExportEnvelope = z.infer<typeof ExportEnvelopeSchema>;

export function buildExport(
  snapshots: readonly Snapshot[],
  options: { exportedAt: number; generator: Generator; screenshots?: readonly ExportScreenshot[]; rule?: RuleStatusView },
): ExportEnvelope {
  const envelope: ExportEnvelope = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(options.exportedAt).toISOString(),
    generator: options.generator,
    rule: exportRule(options.rule ?? currentRuleStatus()),
    snapshots: [...snapshots].sort((a, b) => a.savedAt - b.savedAt || (a.id < b.id ? -1 : 1)),
  };
  if (options.screenshots?.length) envelope.screenshots = [...options.screenshots];
  return envelope;
}

/** Two-space indented JSON with a final newline (diff-friendly when an export is kept in git). */
export function serializeExport(envelope: ExportEnvelope): string {
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

/** `kyc-lens-export-2024-05-01T12-30-00Z.json` */
export function exportFileName(exportedAt: number, extension: 'json' | 'csv' | 'md' | 'html'): string {
  const stamp = new Date(exportedAt).toISOString().replace(/\.\d{3}Z$/, 'Z').replaceAll(':', '-');
  return `kyc-lens-export-${stamp}.${extension}`;
}

/** The JSON Schema of the export (draft 2020-12), as committed in docs/schemas/export.schema.json. */
export function exportJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://kyc-lens.org/schemas/export.schema.json',
    ...z.toJSONSchema(ExportEnvelopeSchema, { target: 'draft-2020-12' }),
  };
}
