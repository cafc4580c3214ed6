// Stopping the MV3 service worker (CDP ServiceWorker.stopWorker) between the steps of a flow, and
// right after a step's click while its report may be in flight, loses no step: flow state lives in
// storage.session, written before each reply, and the content script re-sends a report the worker
// did not acknowledge.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedFlow, layOutFlowSites } from '../fixtures/flows/schema.ts';
import { clickNext, getFlow, stepMismatch, waitForStep } from './flows-support.ts';
import { type ChromiumExtensionSession, launchWithExtension } from './harness/index.ts';

let s: ChromiumExtensionSession;

beforeAll(async () => {
  s = await launchWithExtension({ hosts: layOutFlowSites(['aws', 'scaleway', 'vastai']) });
});

afterAll(async () => {
  await s?.close();
});

describe('worker restarts during a flow', () => {
  for (const provider of ['aws', 'scaleway']) {
    it(`${provider}: a worker stopped before every step and right after every click loses nothing`, async () => {
      const expected = expectedFlow(provider);
      const page = await s.context.newPage();
      await page.goto(expected.start);
      const tabId = await s.tabIdOf(page);
      const starts = new Set<number>([await s.workerStartedAt()]);
      for (let i = 0; i < expected.steps.length; i++) {
        await waitForStep(s, tabId, i, expected.steps[i]!);
        if (i === expected.steps.length - 1) break;
        await s.stopWorker(); // stopped between steps
        if (i % 2 === 0) {
          await clickNext(page);
        } else {
          // Stopped again while the next step's report is on its way.
          await Promise.all([clickNext(page), page.waitForTimeout(150).then(() => s.stopWorker())]);
        }
        starts.add(await s.workerStartedAt());
      }
      const flow = (await getFlow(s, tabId))!;
      expect(flow.steps).toHaveLength(expected.steps.length);
      expect(expected.steps.map((want, i) => stepMismatch(flow, i, want)).filter(Boolean)).toEqual([]);
      // Each stop really restarted the worker (a new instance has a new start time).
      expect(starts.size).toBeGreaterThanOrEqual(expected.steps.length);
      await page.close();
    });
  }
});
