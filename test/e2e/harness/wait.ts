// Small waiting helpers shared by the e2e tests and `npm start`.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { urlKey } from '../../../src/core/flow/aggregate.ts';
import type { TabFlow } from '../../../src/core/flow/model.ts';
import type { Reply } from '../../../src/shared/messages.ts';
import { RESULTS_DIR } from './paths.ts';

/** Polls `probe` until it returns a value that is not null/undefined, or fails after `timeoutMs` with `what`. */
export async function eventually<T>(
  probe: () => Promise<T | null | undefined>,
  what: string,
  { timeoutMs = 10_000, intervalMs = 100 } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== null && value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const detail = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${detail}`);
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** The flow in the worker's reply to get-tab-flow; a failed reply throws with its error. */
export function flowFromReply(reply: unknown): TabFlow | null {
  const r = reply as Reply<TabFlow | null>;
  if (!r.ok) throw new Error(`get-tab-flow failed: ${r.error.code}: ${r.error.message}`);
  return r.data;
}

/** What waitForTabFlow needs of a session: both browsers' sessions have it. */
export interface FlowReader<P> {
  tabIdOf(page: P): Promise<number>;
  /** The tab's flow, asked as the popup asks (get-tab-flow). */
  flow(tabId: number): Promise<TabFlow | null>;
}

/**
 * Waits until the worker's flow for the page's tab has a step at the page's current URL, updated at
 * or after `after`; asked the way the popup asks (message `get-tab-flow`), with no test hook in the extension.
 */
export async function waitForTabFlow<P extends { url(): string }>(
  session: FlowReader<P>,
  page: P,
  { timeoutMs = 10_000, after = 0 } = {},
): Promise<TabFlow> {
  const tabId = await session.tabIdOf(page);
  const here = urlKey(page.url());
  return eventually(
    async () => {
      const flow = await session.flow(tabId);
      return flow && flow.updatedAt >= after && flow.steps.some((step) => urlKey(step.url) === here) ? flow : null;
    },
    `the flow of tab ${tabId} at ${page.url()}`,
    { timeoutMs },
  );
}

/** test-results/<name>, creating the folder. */
export function artifactPath(name: string): string {
  const path = join(RESULTS_DIR, name);
  mkdirSync(dirname(path), { recursive: true });
  return path;
}
