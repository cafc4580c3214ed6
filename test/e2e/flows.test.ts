// Each fixture flow, clicked through step by step in real Chromium and in Firefox ESR under the
// provider's real hostname, produces its expected report (test/fixtures/flows/<provider>/expected.json):
// every step in order, the categories and field types first asked there, and the payment /
// identity-verification vendors recognised by their frames' and scripts' origins — frames the
// extension never runs in; and the real popup page shows that flow. (Run under `flock /tmp/firefox.lock`: the Firefox half binds port 443.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedFlow, flowProviders, layOutFlowSites } from '../fixtures/flows/schema.ts';
import { settledFlow, stepMismatch, walkFlow } from './flows-support.ts';
import { BROWSERS, type ExtensionSession, launchSession } from './harness/index.ts';

describe.each(BROWSERS)('signup flows in %s', (browser) => {
  let s: ExtensionSession;

  beforeAll(async () => {
    s = await launchSession(browser, { hosts: layOutFlowSites() });
  });

  afterAll(async () => {
    await s?.close();
  });

  for (const provider of flowProviders()) {
    it(`${provider}: clicking through the flow produces its expected report`, async () => {
      const expected = expectedFlow(provider);
      const page = await s.newPage();
      try {
        const walked = await walkFlow(s, page, expected);
        // Once late scans have settled, check the whole flow once more: nothing extra, nothing lost.
        const flow = await settledFlow(s, await s.tabIdOf(page));
        expect(flow.providerId).toBe(provider);
        expect(flow.steps.map((st) => st.headings.join(' | '))).toHaveLength(expected.steps.length);
        expect(flow.steps.map((st) => st.index)).toEqual(expected.steps.map((_, i) => i));
        const problems = expected.steps.map((want, i) => stepMismatch(flow, i, want)).filter(Boolean);
        expect(problems).toEqual([]);
        // Step times are in order, and the flow kept the first sighting of every field.
        for (let i = 1; i < flow.steps.length; i++) expect(flow.steps[i]!.firstSeenAt).toBeGreaterThanOrEqual(flow.steps[i - 1]!.firstSeenAt);
        expect(flow.fields.length).toBeGreaterThanOrEqual(walked.fields.length);
        expect(new Set(flow.fields.map((f) => f.key)).size).toBe(flow.fields.length);
        // The real popup for this tab shows the flow: every step's heading and every field the worker kept.
        const popup = await s.popup(page, { openPanels: true });
        expect(popup.states).toContain('flow');
        const missing = [...flow.steps.flatMap((st) => st.headings.slice(0, 1)), ...flow.fields.map((f) => f.label)].filter((t) => !popup.text.includes(t));
        expect(missing).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }

  it("does not run in the vendors' cross-origin frames (they are not in the manifest)", async () => {
    const manifest = (await s.manifest()) as { content_scripts: { matches: string[]; all_frames?: boolean }[]; host_permissions: string[] };
    const patterns = [...manifest.content_scripts.flatMap((c) => c.matches), ...manifest.host_permissions].join(' ');
    expect(patterns).toContain('portal.aws.amazon.com'); // the manifest read is the real one
    for (const host of ['js.stripe.com', 'scaleway.web.emea.jumio.ai', 'payments.google.com', 'paymentinstruments.mp.microsoft.com']) {
      expect(patterns).not.toContain(host);
    }
    expect(manifest.content_scripts.every((c) => c.all_frames !== true)).toBe(true);
  });
});
