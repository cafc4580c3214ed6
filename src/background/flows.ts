// The worker's flow component: turns each page report into the tab's flow (classify → vendor facts →
// aggregate), keeps the badge in step, and saves finished flows to history. Built with its
// dependencies passed in, so the unit tests run it over an in-memory storage area.
//
// A flow is FINISHED when, after at least one step, the tab
//   - leaves the provider: it loads a page of another provider or a page outside the catalog
//     (the flow is saved and kept, so a bank's 3-D Secure page that returns to the provider continues
//     it; history is append-only, so its next save is a new snapshot beside the earlier one),
//   - is closed (saved and forgotten), or
//   - starts a new flow (another provider, a restart of the signup, a long pause).
// The user can also save at any time from the popup (reason "user"); the automatic saves above can
// be turned off in the workspace (`autoSave`).
//
// Only signup flows are recorded. A page becomes a step when the person asked for it ("Analyze this
// page"), when it holds a signup-related form (signup, verification, identity verification, or any
// form but a login or search one on a provider's own signup page), or —
// while a signup flow is in progress on that provider — when it goes on with it (a payment, contact
// or plan step of the same wizard, a payment or verification vendor's frame). Anything else (a
// console's "Create an instance" form, a search box) is not recorded at all.
import type { PageFeatures } from '../core/features.ts';
import { mergePageIntoFlow, type ScanReason, shouldStartNewFlow } from '../core/flow/aggregate.ts';
import { type Badge, badgeForFlow } from '../core/flow/impact.ts';
import type { TabFlow } from '../core/flow/model.ts';
import { mergeVendorHits, type VendorLookup, vendorHitsFromOrigins } from '../core/flow/vendors.ts';
import type { FormKind, PageAnalysis } from '../core/report.ts';
import type { FlowStore } from './flow-store.ts';

export type SaveReason = 'finished' | 'user';

/** Where finished flows go (the workspace's history). Returns the new snapshot's id. */
export interface HistorySink {
  save(flow: TabFlow, options: { reason: SaveReason; url: string; savedAt: number; screenshot?: string }): Promise<string>;
}

export interface FlowServiceDeps {
  store: FlowStore;
  classify(features: PageFeatures, providerId: string | null): PageAnalysis;
  providerForUrl(url: string): string | null;
  vendorForOrigin: VendorLookup;
  setBadge(tabId: number, badge: Badge): Promise<void>;
  /** Null while no history store is available: finished flows then stay in the session only. */
  history: HistorySink | null;
  /** Whether finished flows are saved without being asked (the workspace's switch). Default: yes. */
  autoSave?(): Promise<boolean>;
  /** Whether the URL is one of the catalog's signup pages (the manifest's matches). Default: none is. */
  isSignupPage?(url: string): boolean;
  now(): number;
}

/** Form kinds that make a page part of a signup on their own. */
export const SIGNUP_FORM_KINDS: readonly FormKind[] = ['signup', 'verification', 'identity-verification'];
/**
 * Form kinds that are no part of a signup even on a provider's signup page. (An email-only form
 * there is the signup's first step, whatever the classifier says: it is not excluded as a newsletter.)
 */
const NOT_SIGNUP_KINDS: readonly FormKind[] = ['login', 'search'];

/**
 * Whether a page becomes a step of the tab's flow (see the rules above). `continues`: the tab's
 * flow is a signup in progress that this page would join (same provider, not restarted).
 * `onSignupPage`: the page is one of the catalog's signup pages (a first step that asks only a
 * country and the terms is the signup, whatever its form looks like).
 */
export function becomesStep(analysis: PageAnalysis, reason: ScanReason, continues: boolean, onSignupPage = false): boolean {
  if (reason === 'on-request') return true;
  const kinds = analysis.forms.filter((f) => f.fields.length > 0).map((f) => f.kind);
  if (kinds.some((k) => SIGNUP_FORM_KINDS.includes(k))) return true;
  if (onSignupPage && kinds.some((k) => !NOT_SIGNUP_KINDS.includes(k))) return true;
  return continues && (kinds.length > 0 || analysis.vendors.length > 0);
}

const lastUrl = (flow: TabFlow) => flow.steps.reduce((a, b) => (b.lastSeenAt >= a.lastSeenAt ? b : a), flow.steps[0]!).url;
const hasUnsavedSteps = (flow: TabFlow) => flow.steps.length > 0 && (flow.savedAt === undefined || flow.updatedAt > flow.savedAt);

export function createFlowService(deps: FlowServiceDeps) {
  const { store } = deps;

  /** Saves the flow to history if it has steps the history does not have yet; returns the flow as saved. */
  async function saveIfNeeded(flow: TabFlow, reason: SaveReason, screenshot?: string): Promise<TabFlow> {
    if (!deps.history || flow.steps.length === 0) return flow;
    if (reason === 'finished' && !hasUnsavedSteps(flow)) return flow;
    if (reason === 'finished' && deps.autoSave && !(await deps.autoSave())) return flow;
    const savedAt = deps.now();
    const options: Parameters<HistorySink['save']>[1] = { reason, url: lastUrl(flow), savedAt };
    if (screenshot) options.screenshot = screenshot;
    const snapshotId = await deps.history.save(flow, options);
    return { ...flow, snapshotId, savedAt: Math.max(savedAt, flow.updatedAt) };
  }

  async function showBadge(tabId: number, flow: TabFlow | null): Promise<void> {
    try {
      await deps.setBadge(tabId, badgeForFlow(flow));
    } catch {
      // The tab may be gone; the badge is a view, the flow is already stored.
    }
  }

  return {
    /** Folds a page into the tab's flow; `recorded` is false when the page is no step of a signup (nothing was kept). */
    async onPageFeatures(tabId: number, features: PageFeatures, reason: ScanReason): Promise<{ steps: number; fields: number; recorded: boolean }> {
      const providerId = deps.providerForUrl(features.url);
      const classified = deps.classify(features, providerId);
      const analysis: PageAnalysis = { ...classified, vendors: mergeVendorHits(classified.vendors, vendorHitsFromOrigins(features, deps.vendorForOrigin)) };
      const frameOf = new Map<string, string>();
      for (const form of features.forms) for (const f of form.fields) if (f.frameOrigin) frameOf.set(f.selector, f.frameOrigin);
      const ctx = { at: deps.now(), tabId, providerId, headings: features.headings, reason, frameOriginOf: (s: string) => frameOf.get(s) };
      let recorded = false;
      const flow = await store.update(tabId, async (current) => {
        const restarts = current !== null && shouldStartNewFlow(current, analysis, ctx);
        const continues = current !== null && current.steps.length > 0 && !restarts;
        if (!becomesStep(analysis, reason, continues, deps.isSignupPage?.(features.url) ?? false)) return current;
        recorded = true;
        if (current && restarts) await saveIfNeeded(current, 'finished');
        return mergePageIntoFlow(current, analysis, ctx);
      });
      if (recorded) await showBadge(tabId, flow);
      return { steps: flow?.steps.length ?? 0, fields: flow?.fields.length ?? 0, recorded };
    },

    getFlow(tabId: number): Promise<TabFlow | null> {
      return store.get(tabId);
    },

    async reset(tabId: number): Promise<void> {
      await store.remove(tabId);
      await showBadge(tabId, null);
    },

    /** The user's "Save": returns the snapshot id, or null when there is nothing to save. */
    async save(tabId: number, screenshot?: string): Promise<string | null> {
      if (!deps.history) throw new Error('History is not available in this browser.');
      const saved = await store.update(tabId, (flow) => (flow ? saveIfNeeded(flow, 'user', screenshot) : null));
      return saved?.snapshotId ?? null;
    },

    /** A tab started loading a page: `url` is undefined when the extension may not see it (not a provider). */
    async onTabLoading(tabId: number, url: string | undefined): Promise<void> {
      let left = false;
      await store.update(tabId, async (flow) => {
        if (!flow) return null;
        const providerId = url === undefined ? undefined : deps.providerForUrl(url);
        if (providerId !== undefined && providerId === flow.providerId && flow.providerId !== null) return flow;
        left = true;
        return saveIfNeeded(flow, 'finished');
      });
      if (left) await showBadge(tabId, null);
    },

    async onTabClosed(tabId: number): Promise<void> {
      await store.update(tabId, async (flow) => {
        if (flow) await saveIfNeeded(flow, 'finished');
        return null;
      });
    },
  };
}
export type FlowService = ReturnType<typeof createFlowService>;
