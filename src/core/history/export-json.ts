// The JSON export: a versioned envelope around snapshots. The extension writes and imports it, and
// the CLI (`kyc-lens … --format json`) writes and reads the very same format. Its JSON Schema is
// generated from these zod schemas into docs/schemas/export.schema.json (scripts/write-export-schema.ts).
import { z } from 'zod';
import { SHA256_HEX } from './canonical.ts';
import { type Snapshot, SnapshotSchema } from './snapshot.ts';

export const EXPORT_FORMAT = 'kyc-lens-export';
export const EXPORT_VERSION = 1;

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

export const ExportEnvelopeSchema = z
  .strictObject({
    format: z.literal(EXPORT_FORMAT),
    version: z.literal(EXPORT_VERSION),
    exportedAt: z.iso.datetime(),
    generator: GeneratorSchema,
    snapshots: z.array(SnapshotSchema),
    /** Screenshots the snapshots refer to, when the exporter chose to include them. */
    screenshots: z.array(ExportScreenshotSchema).optional(),
  })
  .meta({
    title: 'KYC Lens export',
    description:
      'Snapshots of cloud-provider signup flows as KYC Lens recorded them (browser extension or CLI). Each snapshot id is the SHA-256 of the canonical JSON (RFC 8785) of the snapshot without its id. See docs/export-format.md.',
  });
export type ExportEnvelope = z.infer<typeof ExportEnvelopeSchema>;

export function buildExport(
  snapshots: readonly Snapshot[],
  options: { exportedAt: number; generator: Generator; screenshots?: readonly ExportScreenshot[] },
): ExportEnvelope {
  const envelope: ExportEnvelope = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(options.exportedAt).toISOString(),
    generator: options.generator,
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
