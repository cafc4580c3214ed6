// `npm start`: serves the bundled demo signup pages (demo/<hostname>/) under the providers' real
// hostnames, launches Chromium with the built extension (dist/chrome), walks the demo AWS signup flow
// step by step, prints what the extension detected, and writes a screenshot of the popup.
// Headless without a display (then it exits); headed with one (then it stays open until Ctrl-C).
//
//   npm start                               # build, walk, print, screenshot to test-results/popup-demo.png
//   npm start -- --screenshot docs/x.png    # choose where the popup screenshot goes
//   npm start -- --headless | --headed      # override the $DISPLAY-based choice
import { relative, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { urlKey } from '../src/core/flow/aggregate.ts';
import type { TabFlow } from '../src/core/flow/model.ts';
import type { Reply } from '../src/shared/messages.ts';
import {
  artifactPath,
  type ChromiumExtensionSession,
  DEMO_DIR,
  hostFolders,
  launchWithExtension,
  REPO_ROOT,
  waitForTabFlow,
} from '../test/e2e/harness/index.ts';

interface DemoStep {
  path: string;
  /** Made-up demo data typed into the step before it is submitted. */
  fill?: Record<string, string>;
  select?: Record<string, string>;
  check?: string[];
}

const AWS = 'portal.aws.amazon.com';
const AWS_FLOW: DemoStep[] = [
  { path: '/billing/signup', fill: { '#emailAddress': 'jane.doe@example.com', '#accountName': 'jane-demo' } },
  { path: '/billing/signup/verify-email', fill: { 'input[name=otp]': '123456' } },
  { path: '/billing/signup/password', fill: { '#password': 'demo-password-1234', '#rePassword': 'demo-password-1234' } },
  {
    path: '/billing/signup/contact',
    check: ['input[name=accountType][value=Personal]', 'input[name=agreement]'],
    fill: {
      '#fullName': 'Jane Doe',
      '#phoneNumber': '2025550123',
      '#addressLine1': '1 Demo Street',
      '#city': 'Springfield',
      '#state': 'IL',
      '#postalCode': '62701',
    },
  },
  {
    path: '/billing/signup/billing',
    fill: { '#cardNumber': '4111111111111111', '#cardHolderName': 'Jane Doe' },
    select: { 'select[name=expirationMonth]': '12', 'select[name=expirationYear]': '2030' },
  },
  { path: '/billing/signup/identity', fill: { '#mobileNumber': '2025550123', 'input[name=captchaGuess]': 'x7bq2m' } },
  { path: '/billing/signup/identity-code', fill: { '#smsPin': '1234' } },
  { path: '/billing/signup/support' },
];

function option(name: string): string | undefined {
  const args = process.argv.slice(2);
  const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  const arg = args[i]!;
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : (args[i + 1] ?? '');
}
const flag = (name: string) => process.argv.slice(2).includes(`--${name}`);

/** Fields grouped by category, one line per category, in a fixed category order. */
function byCategory(fields: { category: string; label: string; required: boolean }[]): string[] {
  const groups = new Map<string, string[]>();
  for (const f of fields) {
    const list = groups.get(f.category) ?? [];
    const label = f.label.length > 60 ? `${f.label.slice(0, 57)}…` : f.label || '(unlabelled)';
    list.push(`${label}${f.required ? '' : ' (optional)'}`);
    groups.set(f.category, list);
  }
  const width = Math.max(8, ...[...groups.keys()].map((k) => k.length));
  return [...groups].map(([category, labels]) => `    ${category.padEnd(width)}  ${labels.join(' · ')}`);
}

async function submit(page: Page, step: DemoStep, nextPath: string): Promise<void> {
  for (const selector of step.check ?? []) await page.check(selector);
  for (const [selector, value] of Object.entries(step.fill ?? {})) await page.fill(selector, value);
  for (const [selector, value] of Object.entries(step.select ?? {})) await page.selectOption(selector, value);
  await Promise.all([page.waitForURL(`**${nextPath}`), page.click('form button[type=submit]')]);
}

async function printFlow(s: ChromiumExtensionSession, tabId: number): Promise<void> {
  const reply = (await s.sendMessage({ type: 'get-tab-flow', tabId })) as Reply<TabFlow | null>;
  if (!reply.ok || !reply.data) {
    console.log(`\n  (no aggregated flow: ${reply.ok ? 'none stored' : reply.error.message})`);
    return;
  }
  const flow = reply.data;
  const identity = [...new Set(flow.fields.map((f) => f.category))].filter((c) => c !== 'other' && c !== 'credentials');
  console.log(
    `\nThe whole flow as the extension aggregated it: provider ${flow.providerId ?? 'unknown'}, ${flow.steps.length} steps, ${flow.fields.length} fields`,
  );
  console.log(`  identity data collected: ${identity.join(', ') || 'none'}`);
  for (const line of byCategory(flow.fields)) console.log(line);
}

async function main(): Promise<void> {
  const headless = flag('headless') ? true : flag('headed') ? false : !process.env.DISPLAY;
  const screenshot = resolve(option('screenshot') || artifactPath('popup-demo.png'));
  const hosts = hostFolders(DEMO_DIR);

  const s = await launchWithExtension({ hosts, headless });
  let closing = false;
  const shutdown = async (code: number) => {
    if (closing) return;
    closing = true;
    await s.close();
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  try {
    console.log(`KYC Lens demo: Chromium ${headless ? '(headless)' : '(headed)'} with dist/chrome (extension ${s.extensionId})`);
    console.log(`Demo pages served locally as: ${Object.keys(hosts).map((h) => `https://${h}/`).join(', ')}\n`);

    const page = await s.context.newPage();
    await page.goto(s.url(AWS, AWS_FLOW[0]!.path));
    const tabId = await s.tabIdOf(page);
    for (const [i, step] of AWS_FLOW.entries()) {
      const flow = await waitForTabFlow(s, page, { timeoutMs: 15_000 });
      const heading = ((await page.locator('h1').first().textContent()) ?? '').trim();
      // The fields this step asked first (the flow lists a field once, at the step that first showed it).
      const here = flow.steps.find((st) => urlKey(st.url) === urlKey(page.url()))!;
      const fields = flow.fields.filter((f) => f.stepIndex === here.index);
      console.log(`Step ${i + 1}/${AWS_FLOW.length}  ${here.url}  "${heading}"`);
      console.log(`  provider: ${flow.providerId ?? 'unknown'}, ${fields.length} new fields`);
      for (const line of byCategory(fields)) console.log(line);
      // The last step stays open (not submitted), so the popup describes a flow in progress.
      const next = AWS_FLOW[i + 1];
      if (next) await submit(page, step, next.path);
    }
    await printFlow(s, tabId);

    const popup = await s.popupFor(page, { width: 420, height: 640 });
    await popup.waitForSelector('[data-state]');
    // The whole popup in one picture: a window as tall as the page, since sections outside the
    // window are not painted (content-visibility) and a full-page capture would show them empty.
    const height = await popup.evaluate(() => document.documentElement.scrollHeight);
    await popup.setViewportSize({ width: 420, height });
    await popup.waitForTimeout(300); // let fonts and layout settle
    await popup.screenshot({ path: screenshot });
    console.log(`\nPopup screenshot: ${relative(REPO_ROOT, screenshot) || screenshot}`);

    if (headless) return await shutdown(0);
    console.log('\nThe browser stays open: try the other demo pages, e.g. https://accounts.hetzner.com/signUp. Ctrl-C to quit.');
    s.context.on('close', () => void shutdown(0));
  } catch (error) {
    console.error(`\nnpm start failed: ${error instanceof Error ? error.message : String(error)}`);
    await shutdown(1);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
