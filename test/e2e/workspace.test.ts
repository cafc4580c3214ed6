// The research workspace in real Chromium, through the real extension: three fixture signup flows are
// clicked through and saved with the popup's "save-snapshot" message (the worker builds and stores the
// snapshots), then the workspace page shows, compares and exports them; history is cleared and the
// export imported back to the same data; corrupted files are rejected with nothing changed.
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportEnvelope } from '../../src/core/history/export-json.ts';
import type { Reply } from '../../src/shared/messages.ts';
import { expectedFlow, layOutFlowSites } from '../fixtures/flows/schema.ts';
import { clickNext, getFlow } from './flows-support.ts';
import { artifactPath, type ChromiumExtensionSession, eventually, launchWithExtension } from './harness/index.ts';

const PROVIDERS = ['aws', 'digitalocean', 'hetzner'];
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WORKSPACE = '/src/workspace/index.html';

let s: ChromiumExtensionSession;
let ws: Page;
const saved: Record<string, string> = {};

/**
 * Clicks a fixture flow through, waiting for the worker to record each step. What the classifier makes
 * of each step is the flow tests' business (test/e2e/flows.test.ts); here any recorded flow will do.
 */
async function recordFlow(page: Page, provider: string) {
  const expected = expectedFlow(provider);
  await page.goto(expected.start);
  const tabId = await s.tabIdOf(page);
  for (let i = 0; i < expected.steps.length; i++) {
    await eventually(async () => ((await getFlow(s, tabId))?.steps.length ?? 0) > i || null, `${provider} step ${i}`, {
      timeoutMs: 15_000,
      intervalMs: 150,
    });
    if (i < expected.steps.length - 1) await clickNext(page);
  }
  return tabId;
}

beforeAll(async () => {
  s = await launchWithExtension({ hosts: layOutFlowSites(PROVIDERS) });
  for (const provider of PROVIDERS) {
    const page = await s.context.newPage();
    await recordFlow(page, provider);
    const reply = (await s.sendMessage({ type: 'save-snapshot', tabId: await s.tabIdOf(page) })) as Reply<{ snapshotId: string }>;
    if (!reply.ok) throw new Error(`save-snapshot for ${provider}: ${reply.error.message}`);
    saved[provider] = reply.data.snapshotId;
    await page.close();
  }
  ws = await s.context.newPage();
  await ws.goto(s.extensionUrl(`${WORKSPACE}#history`));
});

afterAll(async () => {
  await s?.close();
});

async function tab(name: string) {
  await ws.getByRole('tab', { name }).click();
}

async function exportJson(): Promise<{ text: string; env: ExportEnvelope }> {
  await tab('Export & import');
  const [download] = await Promise.all([ws.waitForEvent('download'), ws.getByTestId('export-json').click()]);
  expect(download.suggestedFilename()).toMatch(/^kyc-lens-export-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.json$/);
  const text = await readFile((await download.path())!, 'utf8');
  return { text, env: JSON.parse(text) as ExportEnvelope };
}

async function importFile(name: string, text: string) {
  const path = artifactPath(name);
  await writeFile(path, text);
  await tab('Export & import');
  await ws.getByTestId('import-file').setInputFiles(path);
}

async function historyCount(): Promise<string> {
  await tab('History');
  return (await ws.getByTestId('history-count').or(ws.getByTestId('empty')).first().textContent()) ?? '';
}

/** axe-core over the page as it is (evaluated over CDP: the extension page's CSP blocks script tags). */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    type Axe = { run(ctx: Document, opts: object): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> };
    const result = await (globalThis as unknown as { axe: Axe }).axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

describe('workspace in Chromium', () => {
  it('lists the snapshots the extension saved, and searches them', async () => {
    expect(Object.keys(saved)).toEqual(PROVIDERS);
    await expect.poll(historyCount).toMatch(/^\d+ snapshots match\.$/);
    const rows = ws.getByTestId('history-table').locator('tbody tr');
    const text = (await rows.allTextContents()).join('\n');
    for (const name of ['Amazon Web Services', 'DigitalOcean', 'Hetzner']) expect(text).toContain(name);
    await ws.getByTestId('history-search').fill('hetzner');
    await expect.poll(async () => (await rows.allTextContents()).every((r) => r.includes('Hetzner'))).toBe(true);
    await ws.getByTestId('history-search').fill('');
    // A row opens the snapshot with its hash.
    const hetznerRow = rows.filter({ hasText: 'Hetzner' }).first();
    await hetznerRow.getByRole('button', { name: /Open/ }).click();
    await expect.poll(() => ws.getByTestId('snapshot-id').textContent()).toMatch(/^[0-9a-f]{64}$/);
  });

  it('compares the providers side by side, with evidence behind each cell', async () => {
    await tab('Compare');
    const table = ws.getByTestId('compare-table');
    await table.waitFor();
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(3);
    // Sorted by impact by default: the impact column never increases down the table.
    const impacts = (await rows.locator('td.impact').allTextContents()).map(Number);
    expect([...impacts].sort((a, b) => b - a)).toEqual(impacts);
    await ws.getByTestId('compare-sort').selectOption('name');
    expect(await rows.locator('th').allTextContents()).toEqual([
      expect.stringContaining('Amazon Web Services'),
      expect.stringContaining('DigitalOcean'),
      expect.stringContaining('Hetzner'),
    ]);
    // Every fixture flow asks for an email address: the cell says so and opens its evidence.
    const emailCell = rows.first().locator('td[data-category="email"]');
    expect(await emailCell.getAttribute('data-observed')).toMatch(/required|optional/);
    const button = emailCell.getByRole('button');
    expect(await button.locator('.visually-hidden').textContent()).toMatch(/^Amazon Web Services, Email: observed (required|optional);/);
    await button.click();
    await expect.poll(() => ws.getByTestId('compare-evidence').textContent()).toMatch(/Field “.+” \(email\)/);
    // Keyboard: one Tab stop in the table, arrow keys move between cells, Enter opens the evidence.
    await button.click();
    const cells = table.locator('td.cell button');
    expect(await cells.evaluateAll((bs) => bs.filter((b) => (b as HTMLElement).tabIndex === 0).length)).toBe(1);
    await button.focus();
    await ws.keyboard.press('ArrowRight');
    const focused = () => ws.evaluate(() => (document.activeElement as HTMLElement | null)?.closest('td')?.getAttribute('data-category') ?? null);
    const categories = await rows.first().locator('td.cell').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-category')));
    const emailAt = categories.indexOf('email');
    expect(await focused()).toBe(categories[Math.min(emailAt + 1, categories.length - 1)]);
    await ws.keyboard.press('ArrowDown');
    expect(await ws.evaluate(() => (document.activeElement as HTMLElement | null)?.closest('tr')?.getAttribute('data-provider'))).toBe(
      await rows.nth(1).getAttribute('data-provider'),
    );
    await ws.keyboard.press('Enter');
    await expect.poll(() => ws.getByTestId('compare-evidence').locator('h3').textContent()).toContain('DigitalOcean');
    // Filter by kind.
    await ws.getByTestId('compare-kind').selectOption('vps');
    expect(await rows.locator('th').allTextContents()).toEqual([expect.stringContaining('Hetzner')]);
    await ws.getByTestId('compare-kind').selectOption('');
  });

  it('shows each provider’s timeline as an accessible chart', async () => {
    await tab('Timeline');
    const chart = ws.getByTestId('timeline-chart');
    await chart.waitFor();
    expect(await chart.getAttribute('role')).toBe('img');
    expect(await chart.locator('desc').textContent()).toMatch(/KYC categories/);
  });

  it('is keyboard operable and passes axe-core on every tab, light and dark', async () => {
    await tab('History');
    await ws.getByRole('tab', { name: 'History' }).focus();
    await ws.keyboard.press('ArrowRight');
    expect(await ws.evaluate(() => document.activeElement?.textContent)).toBe('Compare');
    expect(await ws.getByRole('tab', { name: 'Compare' }).getAttribute('aria-selected')).toBe('true');
    await ws.keyboard.press('End');
    expect(await ws.evaluate(() => document.activeElement?.textContent)).toBe('Data');
    for (const scheme of ['light', 'dark'] as const) {
      await ws.emulateMedia({ colorScheme: scheme });
      for (const name of ['History', 'Compare', 'Timeline', 'Export & import', 'Data']) {
        await tab(name);
        await ws.waitForSelector('[role=tabpanel] h2');
        if (name === 'Compare') await ws.getByTestId('compare-table').locator('td.cell button').first().click();
        expect({ tab: name, scheme, violations: await axeViolations(ws) }).toEqual({ tab: name, scheme, violations: [] });
        await ws.screenshot({ path: artifactPath(`workspace-${name.split(' ')[0]!.toLowerCase()}-${scheme}.png`), fullPage: true });
      }
    }
    await ws.emulateMedia({ colorScheme: null });
  });

  it('exports, clears, imports back the same data, and imports idempotently', async () => {
    const before = await exportJson();
    expect(before.env).toMatchObject({ format: 'kyc-lens-export', version: 2, generator: { name: 'kyc-lens-extension' } });
    expect(before.env.rule).toMatchObject({ status: 'Proposed in January 2024; never finalized; not in force', checkedOn: '2026-12-07' });
    const ids = before.env.snapshots.map((x) => x.id).sort();
    for (const id of Object.values(saved)) expect(ids).toContain(id);

    // CSV: a header and one row per observed field.
    const [csvDownload] = await Promise.all([ws.waitForEvent('download'), ws.getByTestId('export-csv').click()]);
    const csv = await readFile((await csvDownload.path())!, 'utf8');
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);
    expect(lines[0]).toMatch(/^snapshot_id,provider,provider_name,url,saved_at,observed_at,step,/);
    expect(lines.length - 1).toBe(before.env.snapshots.reduce((n, x) => n + x.fields.length, 0));

    await tab('Data');
    // The confirmation is a modal dialog: focus on Cancel, Esc closes it and focus goes back.
    await ws.getByTestId('delete-all').click();
    const dialog = ws.getByRole('alertdialog', { name: 'Delete all history?' });
    await dialog.waitFor();
    expect(await ws.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    expect(await dialog.evaluate((d) => (d as HTMLDialogElement).open && d.matches(':modal'))).toBe(true);
    expect({ violations: await axeViolations(ws) }).toEqual({ violations: [] });
    await ws.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await ws.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('delete-all');
    expect(await ws.getByTestId('data-count').textContent()).not.toBe('0');
    await ws.getByTestId('delete-all').click();
    await ws.getByTestId('confirm-delete').click();
    await expect.poll(() => ws.getByTestId('data-message').textContent()).toMatch(/^Deleted all \d+ snapshots?\.$/);
    await expect.poll(() => ws.getByTestId('data-count').textContent()).toBe('0');
    await tab('History');
    await expect.poll(() => ws.getByTestId('empty').textContent()).toContain('No snapshots yet');

    await importFile('workspace-export.json', before.text);
    await expect.poll(() => ws.getByTestId('import-status').textContent()).toBe(`Imported ${ids.length} new snapshots.`);
    const after = await exportJson();
    expect(after.env.snapshots).toEqual(before.env.snapshots);

    await importFile('workspace-export-again.json', before.text);
    await expect.poll(() => ws.getByTestId('import-status').textContent()).toBe(`Imported 0 new snapshots; ${ids.length} were already here.`);
  });

  it('rejects corrupted imports and changes nothing', async () => {
    const before = await exportJson();
    // Remove one snapshot so a successful import would show, then damage another record.
    const doc = JSON.parse(before.text) as ExportEnvelope;
    const victim = doc.snapshots[0]!;
    await tab('Data');
    const edited = structuredClone(doc);
    edited.snapshots.push({ ...victim, id: 'f'.repeat(64), url: 'https://evil.example/' });
    edited.snapshots[1]!.fields[0]!.required = !edited.snapshots[1]!.fields[0]!.required;
    await importFile('workspace-corrupt.json', JSON.stringify(edited));
    const errors = ws.getByTestId('import-errors');
    await errors.waitFor();
    const text = (await errors.textContent()) ?? '';
    expect(text).toContain('snapshot #2');
    expect(text).toContain('content does not match its hash');
    expect(text).toContain(`snapshot #${edited.snapshots.length}`);
    await ws.getByRole('button', { name: 'Cancel' }).click();
    expect((await exportJson()).env.snapshots).toEqual(before.env.snapshots);

    // A file cut off in the middle is not JSON at all.
    await importFile('workspace-truncated.json', before.text.slice(0, Math.floor(before.text.length / 2)));
    await expect.poll(() => ws.getByTestId('import-status').textContent()).toMatch(/not valid JSON.*Nothing was imported\./);
    expect((await exportJson()).env.snapshots).toEqual(before.env.snapshots);
  });

  it('shows a flow the extension saves while the workspace is open, without a reload', async () => {
    await tab('History');
    const count = ws.getByTestId('history-count');
    await expect.poll(() => count.textContent()).toMatch(/^\d+ snapshots match\.$/);
    const n = Number.parseInt((await count.textContent())!, 10);
    // The worker writes; the open page hears of it (BroadcastChannel) and lists it, untouched.
    const page = await s.context.newPage();
    const reply = (await s.sendMessage({ type: 'save-snapshot', tabId: await recordFlow(page, 'hetzner') })) as Reply<{ snapshotId: string }>;
    if (!reply.ok) throw new Error(`save-snapshot: ${reply.error.message}`);
    await page.close();
    await expect.poll(() => count.textContent()).toBe(`${n + 1} snapshots match.`);
    expect(await ws.getByTestId('history-table').locator('tbody tr').first().textContent()).toContain('Hetzner');
  });
});
