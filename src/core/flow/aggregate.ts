// Flow aggregation: folds each page analysis a tab reports into ONE flow per tab and provider.
// Pure: the worker reads the stored flow, calls mergePageIntoFlow and writes the result back.
//
// Rules (each is tested in test/unit/flow/aggregate.test.ts):
// - Steps: a step is one view of the flow, identified by its URL (origin + path + hash; the query is
//   left out because it mostly carries tokens) and its headings. A rescan of a known view updates that
//   step's lastSeenAt; an unknown view is appended. Views with no field and no vendor (a loading
//   screen, a "check your email" page) are not steps.
// - Fields: a field is a repeat when its key (field type + normalised label + form kind) is already
//   in the flow, whichever step it was on. Rescans of a step therefore add nothing, and the same
//   question asked again on a later step (the email on the billing form) stays counted once, with the
//   step where it was first asked. A field of the same type with a different label or in a different
//   kind of form (a billing name next to the account holder's name) is a new field.
// - Vendors: one entry per vendor, role and channel (frame / script), first sighting kept.
// - Reset: a different provider, a flow idle for FLOW_IDLE_RESET_MS, or a fresh full load of the
//   flow's first step after it has moved on (the user started the signup again) start a new flow.
// - Bounds: at most MAX_FLOW_STEPS steps, MAX_FLOW_FIELDS fields and MAX_FLOW_VENDORS vendors; past
//   them the flow is marked truncated, so a hostile page cannot grow the stored state without end.
import type { ClassifiedForm, FormKind, PageAnalysis, VendorHit } from '../report.ts';
import type { FlowStep, ObservedField, ObservedVendor, TabFlow } from './model.ts';

export const FLOW_IDLE_RESET_MS = 30 * 60_000;
export const MAX_FLOW_STEPS = 60;
export const MAX_FLOW_FIELDS = 1500;
export const MAX_FLOW_VENDORS = 40;
const MAX_HEADINGS = 6;
const MAX_TEXT = 240;

export type ScanReason = 'initial' | 'mutation' | 'navigation' | 'on-request';

export interface MergeContext {
  /** When the page was seen (ms since epoch). */
  at: number;
  tabId: number;
  providerId: string | null;
  /** The page's headings (h1/h2), which name the step a wizard is on. */
  headings?: readonly string[];
  /** Why the page was scanned; a fresh full load ('initial') of the first step restarts the flow. */
  reason?: ScanReason;
  /** The origin of the (same-origin) frame a field was found in, by selector, when not the top page. */
  frameOriginOf?: (selector: string) => string | undefined;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Lower-case, without marks that decorate the same label ("E-mail address *", "Email address:"). */
export function normaliseLabel(label: string): string {
  return squash(
    label
      .toLowerCase()
      .replace(/\((optional|facultatif|optionnel|freiwillig|optional)\)/g, ' ')
      .replace(/[*:：*?!.,;()[\]{}"'“”„‘’«»|/\\_-]+/g, ' '),
  ).slice(0, 80);
}

export function fieldKey(fieldType: string, label: string, formKind: FormKind): string {
  return `${fieldType}|${normaliseLabel(label)}|${formKind}`;
}

/** The part of a URL that names a view: origin, path and hash route, no query string. */
export function urlKey(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}${u.hash}`;
  } catch {
    return url.slice(0, 500);
  }
}

function cleanHeadings(headings: readonly string[] | undefined): string[] {
  return (headings ?? []).map((h) => squash(h).slice(0, MAX_TEXT)).filter(Boolean).slice(0, MAX_HEADINGS);
}

export function stepKey(url: string, headings: readonly string[]): string {
  return `${urlKey(url)}#${headings.map((h) => h.toLowerCase()).join('|')}`;
}

function stepKeyOf(step: FlowStep): string {
  return stepKey(step.url, step.headings);
}

const vendorKey = (v: VendorHit) => `${v.vendorId}|${v.role}|${v.via}`;

function emptyFlow(ctx: MergeContext): TabFlow {
  return { tabId: ctx.tabId, providerId: ctx.providerId, startedAt: ctx.at, updatedAt: ctx.at, steps: [], fields: [], vendors: [] };
}

/** Does this page start the signup again? Only a full load of the first step after the flow moved on. */
function restartsFlow(flow: TabFlow, key: string, ctx: MergeContext): boolean {
  const first = flow.steps[0];
  return ctx.reason === 'initial' && flow.steps.length > 1 && first !== undefined && stepKeyOf(first) === key;
}

export function shouldStartNewFlow(flow: TabFlow | null, analysis: PageAnalysis, ctx: MergeContext): boolean {
  if (!flow) return true;
  if (flow.providerId !== ctx.providerId) return true;
  if (ctx.at - flow.updatedAt > FLOW_IDLE_RESET_MS) return true;
  return restartsFlow(flow, stepKey(analysis.url, cleanHeadings(ctx.headings)), ctx);
}

function uniqueKinds(forms: readonly ClassifiedForm[]): FormKind[] {
  return [...new Set(forms.filter((f) => f.fields.length > 0).map((f) => f.kind))];
}

/**
 * Folds one page analysis into the tab's flow and returns the new flow (the input is not modified).
 * `flow` is the tab's stored flow or null; a new flow is started when the rules above say so.
 */
export function mergePageIntoFlow(flow: TabFlow | null, analysis: PageAnalysis, ctx: MergeContext): TabFlow {
  const base = shouldStartNewFlow(flow, analysis, ctx) || !flow ? emptyFlow(ctx) : flow;
  const headings = cleanHeadings(ctx.headings);
  const hasFields = analysis.forms.some((f) => f.fields.length > 0);
  const hasContent = hasFields || analysis.vendors.length > 0;
  if (!hasContent) {
    // Nothing to record; an existing flow only learns that the tab is still active.
    return base === flow ? { ...base, updatedAt: Math.max(base.updatedAt, ctx.at) } : base;
  }

  const steps = base.steps.map((s) => ({ ...s }));
  let truncated = base.truncated === true || analysis.truncated;
  const key = stepKey(analysis.url, headings);
  let step = steps.find((s) => stepKeyOf(s) === key);
  if (!step) {
    if (steps.length >= MAX_FLOW_STEPS) {
      truncated = true;
      step = steps[steps.length - 1]!;
    } else {
      step = {
        index: steps.length,
        url: analysis.url.slice(0, 4000),
        title: squash(analysis.title).slice(0, MAX_TEXT),
        headings,
        formKinds: [],
        firstSeenAt: ctx.at,
        lastSeenAt: ctx.at,
      };
      steps.push(step);
    }
  }
  step.lastSeenAt = Math.max(step.lastSeenAt, ctx.at);
  step.formKinds = [...new Set([...step.formKinds, ...uniqueKinds(analysis.forms)])];

  const fields: ObservedField[] = [...base.fields];
  const byKey = new Map(fields.map((f, i) => [f.key, i]));
  for (const form of analysis.forms) {
    for (const field of form.fields) {
      const fkey = fieldKey(field.fieldType, field.label, form.kind);
      const at = byKey.get(fkey);
      if (at !== undefined) {
        const known = fields[at]!;
        // A repeat: keep the first sighting, but remember it was required anywhere it was.
        if (field.required && !known.required) fields[at] = { ...known, required: true };
        continue;
      }
      if (fields.length >= MAX_FLOW_FIELDS) {
        truncated = true;
        continue;
      }
      const observed: ObservedField = {
        key: fkey,
        fieldType: field.fieldType,
        category: field.category,
        label: squash(field.label).slice(0, MAX_TEXT),
        required: field.required,
        requirements: [...field.requirements],
        evidence: [...field.evidence],
        confidence: field.confidence,
        formKind: form.kind,
        stepIndex: step.index,
        firstSeenAt: ctx.at,
        selector: field.selector,
      };
      const frameOrigin = ctx.frameOriginOf?.(field.selector);
      if (frameOrigin) observed.frameOrigin = frameOrigin;
      byKey.set(fkey, fields.length);
      fields.push(observed);
    }
  }

  const vendors: ObservedVendor[] = [...base.vendors];
  const seenVendors = new Set(vendors.map(vendorKey));
  for (const hit of analysis.vendors) {
    if (seenVendors.has(vendorKey(hit))) continue;
    if (vendors.length >= MAX_FLOW_VENDORS) {
      truncated = true;
      continue;
    }
    seenVendors.add(vendorKey(hit));
    vendors.push({ ...hit, stepIndex: step.index, firstSeenAt: ctx.at });
  }

  const next: TabFlow = { ...base, updatedAt: Math.max(base.updatedAt, ctx.at), steps, fields, vendors };
  if (truncated) next.truncated = true;
  return next;
}
