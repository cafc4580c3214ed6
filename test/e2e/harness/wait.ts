// Small waiting helpers shared by the e2e tests and `npm start`.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import type { TabReport } from '../../../src/background/tab-reports.ts';
import type { Reply } from '../../../src/shared/messages.ts';
import type { ChromiumExtensionSession } from './chromium.ts';
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

/**
 * Waits until the worker has a report for the page's tab and the page's current URL, asking it the way
 * the popup does (message `get-tab-report`); no test hook in the extension.
 */
export async function waitForTabReport(
  session: ChromiumExtensionSession,
  page: Page,
  { timeoutMs = 10_000, after = 0 } = {},
): Promise<TabReport> {
  const tabId = await session.tabIdOf(page);
  return eventually(
    async () => {
      const reply = (await session.sendMessage({ type: 'get-tab-report', tabId })) as Reply<TabReport | null>;
      if (!reply.ok) throw new Error(`get-tab-report failed: ${reply.error.code}: ${reply.error.message}`);
      const report = reply.data;
      return report && report.analysis.url === page.url() && report.updatedAt >= after ? report : null;
    },
    `the report of tab ${tabId} (${page.url()})`,
    { timeoutMs },
  );
}

/** test-results/<name>, creating the folder. */
export function artifactPath(name: string): string {
  const path = join(RESULTS_DIR, name);
  mkdirSync(dirname(path), { recursive: true });
  return path;
}
