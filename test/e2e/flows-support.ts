// Shared by the flow tests: click a fixture flow through as a person would and compare the worker's
// flow with the fixture's expected report. Works with either browser's session and page (Chromium's
// Playwright objects, or the common ExtensionSession / TestPage of harness/session.ts).
import type { TabFlow } from '../../src/core/flow/model.ts';
import { IDENTITY_CATEGORIES } from '../../src/core/taxonomy/categories.ts';
import type { ExpectedFlow } from '../fixtures/flows/schema.ts';
import { eventually, type FlowReader } from './harness/index.ts';

type Step = ExpectedFlow['steps'][number];

/** A page a flow test drives: Playwright's Page and the harness's TestPage both are one. */
export interface ClickablePage {
  goto(url: string): Promise<unknown>;
  url(): string;
  /** Clicks the first element matching `selector`. */
  click(selector: string): Promise<void>;
}

/** The tab's flow, asked as the popup asks (get-tab-flow). */
export const getFlow = (s: Pick<FlowReader<never>, 'flow'>, tabId: number): Promise<TabFlow | null> => s.flow(tabId);

const identity = new Set<string>(IDENTITY_CATEGORIES);

/** What the flow recorded as first asked at step `i`. */
export function stepFacts(flow: TabFlow, i: number) {
  const fields = flow.fields.filter((f) => f.stepIndex === i);
  return {
    heading: flow.steps[i]?.headings.join(' | ') ?? '(no step)',
    categories: [...new Set(fields.map((f) => f.category).filter((c) => identity.has(c)))].sort(),
    fieldTypes: [...new Set(fields.map((f) => f.fieldType))].sort(),
    fields: fields.map((f) => `${f.fieldType}/${f.category} "${f.label}"`),
    vendors: flow.vendors.filter((v) => v.stepIndex === i).map((v) => `${v.vendorId}:${v.role}:${v.via}`).sort(),
  };
}

/** Why step `i` of `flow` does not (yet) match `want`; null when it does. */
export function stepMismatch(flow: TabFlow, i: number, want: Step): string | null {
  const step = flow.steps[i];
  if (!step) return `step ${i} ("${want.heading}") was not recorded; the flow has ${flow.steps.length} step(s)`;
  const got = stepFacts(flow, i);
  const problems: string[] = [];
  if (!step.headings.some((h) => h.includes(want.heading))) problems.push(`headings ${JSON.stringify(step.headings)} lack "${want.heading}"`);
  const missing = want.categories.filter((c) => !got.categories.includes(c));
  if (missing.length) problems.push(`missing categories ${missing.join(', ')}`);
  const allowed = new Set([...want.categories, ...want.optionalCategories]);
  const extra = got.categories.filter((c) => !allowed.has(c as never));
  if (extra.length) problems.push(`unexpected categories ${extra.join(', ')}`);
  const missingTypes = want.fieldTypes.filter((t) => !got.fieldTypes.includes(t));
  if (missingTypes.length) problems.push(`missing field types ${missingTypes.join(', ')}`);
  const wantVendors = want.vendors.map((v) => `${v.vendorId}:${v.role}:${v.via}`).sort();
  if (JSON.stringify(wantVendors) !== JSON.stringify(got.vendors)) problems.push(`vendors ${JSON.stringify(got.vendors)} ≠ ${JSON.stringify(wantVendors)}`);
  return problems.length ? `step ${i} "${want.heading}": ${problems.join('; ')}\n  fields: ${got.fields.join(', ') || '(none)'}` : null;
}

/** Waits until step `i` is recorded and matches; fails with what the flow holds instead. */
export async function waitForStep(s: Pick<FlowReader<never>, 'flow'>, tabId: number, i: number, want: Step, timeoutMs = 20_000): Promise<TabFlow> {
  let last = 'no flow yet';
  try {
    return await eventually(
      async () => {
        const flow = await getFlow(s, tabId);
        if (!flow) return null;
        const why = stepMismatch(flow, i, want);
        last = why ?? '';
        return why ? null : flow;
      },
      `step ${i}`,
      { timeoutMs, intervalMs: 150 },
    );
  } catch {
    throw new Error(`Flow step ${i} never matched the fixture's expectation:\n${last}`);
  }
}

/**
 * The tab's flow once the worker has stopped changing it: no update for `quietMs` (a condition on the
 * flow, not a fixed wait: a late rescan restarts the count, and a quiet flow returns at once after it).
 */
export async function settledFlow(s: Pick<FlowReader<never>, 'flow'>, tabId: number, quietMs = 600): Promise<TabFlow> {
  let last: { updatedAt: number; since: number } | null = null;
  return eventually(
    async () => {
      const flow = await s.flow(tabId);
      if (!flow) return null;
      if (last?.updatedAt !== flow.updatedAt) last = { updatedAt: flow.updatedAt, since: Date.now() };
      return Date.now() - last.since >= quietMs ? flow : null;
    },
    `the flow of tab ${tabId} to stop changing for ${quietMs} ms`,
    { timeoutMs: 15_000, intervalMs: 150 },
  );
}

/** Clicks the step's "next" control (an SPA button or a form's submit button). */
export async function clickNext(page: Pick<ClickablePage, 'click'>): Promise<void> {
  await page.click('[data-next], [data-submit]');
}

/** Clicks the whole flow through, checking each step as it goes; returns the final flow. */
export async function walkFlow<P extends ClickablePage>(
  s: FlowReader<P>,
  page: P,
  expected: ExpectedFlow,
  between?: (stepIndex: number) => Promise<void>,
): Promise<TabFlow> {
  await page.goto(expected.start);
  const tabId = await s.tabIdOf(page);
  let flow: TabFlow | null = null;
  for (let i = 0; i < expected.steps.length; i++) {
    flow = await waitForStep(s, tabId, i, expected.steps[i]!);
    if (i < expected.steps.length - 1) {
      if (between) await between(i);
      await clickNext(page);
    }
  }
  return flow!;
}

/** A message the worker received, as the recorder of harness/chromium.ts saw it. */
type Recorded = { message: unknown; port?: string };
/** What a content script or an extension page asked the worker. */
export type SentMessage = { type?: string; reason?: string; features?: unknown };

/**
 * The messages themselves, whichever way they came: a content script sends its reports on a port,
 * each wrapped in a request with an id (src/content/worker-channel.ts); pages send runtime messages.
 */
export function sentMessages(recorded: unknown[]): SentMessage[] {
  return (recorded as Recorded[]).map((r) => (r.port ? (r.message as { message: SentMessage }).message : (r.message as SentMessage)));
}

