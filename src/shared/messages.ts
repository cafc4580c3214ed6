// Every message between the extension's parts, as zod schemas; the TypeScript types are inferred.
// The background router validates sender, type and payload of each one (src/background/router.ts).
// What the worker answers to each is the reply map below: the worker's handlers must return it
// and the popup's requests are typed by it, so neither side casts.
import { z } from 'zod';
import { PageFeaturesSchema } from '../core/features.ts';
import { ExportScreenshotSchema } from '../core/history/export-json.ts';
import { SnapshotSchema } from '../core/history/snapshot.ts';
import type { TabFlow } from '../core/flow/model.ts';
import { fromWire } from './content-wire.ts';

/** Messages a content script may send. */
export const ContentMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('page-features'),
    /** Why the page was (re)scanned. */
    reason: z.enum(['initial', 'mutation', 'navigation', 'on-request']),
    /** The page's structure; it arrives as JSON text (content-wire.ts), an object is accepted too. */
    features: z.preprocess(fromWire, PageFeaturesSchema),
  }),
]);
export type ContentMessage = z.infer<typeof ContentMessageSchema>;

const tabId = z.number().int().nonnegative();

/** Messages the extension's own pages (popup, workspace) may send. */
export const PageMessageSchema = z.discriminatedUnion('type', [
  /** The aggregated flow of a tab (all steps so far). */
  z.object({ type: z.literal('get-tab-flow'), tabId }),
  /**
   * The flow of the tab active in the last focused window: the toolbar popup asks this while it asks
   * the browser which tab it describes, instead of one after the other.
   */
  z.object({ type: z.literal('get-active-tab-flow') }),
  /** "Analyze this page" on a site outside the catalog: inject the content script once (activeTab). */
  z.object({ type: z.literal('analyze-tab'), tabId }),
  /** Save the tab's flow to history. */
  z.object({
    type: z.literal('save-snapshot'),
    tabId,
    /** PNG data URL from tabs.captureVisibleTab, taken by the popup on the user's click. */
    screenshot: z.string().max(20_000_000).startsWith('data:image/').optional(),
  }),
  /** Forget the tab's flow (start over). */
  z.object({ type: z.literal('reset-tab-flow'), tabId }),
  /** When this worker instance started (tests prove restarts with it). */
  z.object({ type: z.literal('get-worker-info') }),
  /**
   * The workspace's import, in parts of a few MB (a message has a size limit): the worker, history's
   * one writer, keeps the parts and writes them all in one transaction when the last arrives.
   */
  z.object({
    type: z.literal('import-history'),
    importId: z.string().min(1).max(100),
    part: z.number().int().nonnegative(),
    parts: z.number().int().positive().max(100_000),
    snapshots: z.array(SnapshotSchema),
    screenshots: z.array(ExportScreenshotSchema),
  }),
  /** Delete all history, or one provider's (its providerKey). */
  z.object({ type: z.literal('delete-history'), providerKey: z.string().min(1).max(400).optional() }),
]);
export type PageMessage = z.infer<typeof PageMessageSchema>;

export type AnyMessage = ContentMessage | PageMessage;

export type PageMessageType = PageMessage['type'];
export type PageMessageOf<K extends PageMessageType> = Extract<PageMessage, { type: K }>;

/** What the worker answers to each page message: the `data` of an ok reply. */
export interface PageReplies {
  'get-tab-flow': TabFlow | null;
  /** tabId is null when no tab is active (then so is flow). */
  'get-active-tab-flow': { tabId: number | null; flow: TabFlow | null };
  'analyze-tab': { injected: true };
  'save-snapshot': { snapshotId: string };
  'reset-tab-flow': { reset: true };
  'get-worker-info': { startedAt: number };
  /** added: snapshots written (0 until the last part). */
  'import-history': { added: number };
  'delete-history': { deleted: number };
}
export type PageReply<K extends PageMessageType> = Reply<PageReplies[K]>;

/** One handler per page message type, each held to its reply (the worker's side of the map). */
export type PageHandlers = { [K in PageMessageType]: (message: PageMessageOf<K>) => Promise<PageReply<K>> };

/** What the worker answers to a content script's report. */
/** `stored` is false when the page is no step of a signup flow: then nothing of it was kept. */
export type ContentReply = Reply<{ stored: boolean; steps: number; fields: number }>;

// The reply map names exactly the page message types: a type added to one and not the other fails here.
type SameKeys<A, B> = [Exclude<keyof A, B>, Exclude<B, keyof A>] extends [never, never] ? true : false;
const sameKeys: SameKeys<PageReplies, PageMessageType> = true;
void sameKeys;

export const CONTENT_MESSAGE_TYPES = ContentMessageSchema.options.map((o) => o.shape.type.value);
export const PAGE_MESSAGE_TYPES = PageMessageSchema.options.map((o) => o.shape.type.value);

export const ERROR_CODES = ['bad-sender', 'not-allowed', 'bad-payload', 'internal', 'not-found'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Every answer from the background: typed success or typed error, never a thrown exception. */
export type Reply<T> = { ok: true; data: T } | { ok: false; error: { code: ErrorCode; message: string } };

export const ok = <T>(data: T): Reply<T> => ({ ok: true, data });
export const fail = (code: ErrorCode, message: string): Reply<never> => ({ ok: false, error: { code, message } });
