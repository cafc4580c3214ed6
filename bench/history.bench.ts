// History at scale: 10,000 snapshots in IndexedDB (fake-indexeddb, in Node), then the queries the
// workspace runs — list a page, search text, filter by provider, kind, category and time — cold
// (a newly opened page loads the summaries) and warm (summaries kept in memory), and right after
// another connection (the background worker) wrote a snapshot and the page heard of it.
// Target (issue 7): listing, searching and filtering stay under 100 ms with 10,000 snapshots.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { IDBFactory } from 'fake-indexeddb';
import type { Flow, ObservedField } from '../src/core/flow/model.ts';
import { buildExport, serializeExport } from '../src/core/history/export-json.ts';
import { hashSnapshotContent, snapshotFromFlow, type Snapshot } from '../src/core/history/snapshot.ts';
import type { HistoryQuery } from '../src/core/history/summary.ts';
import { FIELD_TYPES } from '../src/core/taxonomy/field-types.ts';
import { openHistoryDb } from '../src/storage/history-db.ts';
import { openHistoryWriter } from '../src/storage/history-writer.ts';
import { decodeSummaries } from '../src/storage/summary-codec.ts';
import { machineLine } from './machine.ts';

const N = Number(process.env.HISTORY_BENCH_N ?? 10_000);
const loadAtStart = loadavg()[0]!;
const TARGET_MS = 100;
const PROVIDERS = Array.from({ length: 40 }, (_, i) => `provider-${i}`);
const KINDS = ['hyperscaler', 'developer-cloud', 'vps', 'gpu-cloud', 'paas'];
const DAY = 86_400_000;

// A small deterministic generator, so every run stores the same data.
let seed = 42;
const rand = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;

function makeFlow(i: number): { flow: Flow; savedAt: number } {
  const providerId = i % 10 === 9 ? null : PROVIDERS[i % PROVIDERS.length]!;
  const start = Date.UTC(2024, 0, 1) + Math.floor((i / N) * 700) * DAY + i;
  const fields: ObservedField[] = Array.from({ length: 8 + Math.floor(rand() * 16) }, (_, j) => {
    const t = pick(FIELD_TYPES);
    return {
      key: `${t.id}-${j}`,
      fieldType: t.id,
      category: t.category,
      label: `${t.title} ${j}`,
      required: rand() < 0.6,
      requirements: rand() < 0.5 ? [`req-${t.category}`] : [],
      evidence: [`autocomplete=${t.id}`, `label "${t.title}"`],
      confidence: 0.9,
      formKind: 'signup',
      stepIndex: j % 3,
      firstSeenAt: start + j,
      selector: `form > input:nth-of-type(${j + 1})`,
    };
  });
  const steps = [0, 1, 2].map((index) => ({
    index,
    url: `https://signup.example/${providerId ?? 'site'}/step${index}`,
    title: `Step ${index + 1}`,
    headings: [`Step ${index + 1}`],
    formKinds: ['signup' as const],
    firstSeenAt: start + index,
    lastSeenAt: start + index + 1,
  }));
  const vendors = rand() < 0.3 ? [{ vendorId: pick(['stripe', 'adyen', 'onfido', 'persona']), role: 'payment' as const, origin: 'https://js.stripe.com', via: 'frame' as const, stepIndex: 2, firstSeenAt: start }] : [];
  return { flow: { providerId, startedAt: start, updatedAt: start + 1000, steps, fields, vendors }, savedAt: start + 2000 };
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
  return { median: q(0.5), p95: q(0.95), max: sorted.at(-1)! };
}

async function time(fn: () => Promise<unknown>, runs: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}

const t0 = performance.now();
const snapshots: Snapshot[] = [];
for (let i = 0; i < N; i++) {
  const { flow, savedAt } = makeFlow(i);
  const s = await snapshotFromFlow(flow, { url: flow.steps[0]!.url, savedAt, extensionVersion: '0.1.0', catalogVersion: 'bench', reason: 'finished' });
  // The bench's providers are not in the catalog; give them a kind as the catalog would (and re-hash,
  // since the id is the hash of the content).
  if (!s.provider.id) snapshots.push(s);
  else {
    const { id: _id, ...content } = { ...s, provider: { ...s.provider, kind: KINDS[PROVIDERS.indexOf(s.provider.id) % KINDS.length]! } };
    snapshots.push({ ...content, id: await hashSnapshotContent(content) });
  }
}
const genMs = performance.now() - t0;

const factory = new IDBFactory();
const writer = await openHistoryWriter(factory);
const t1 = performance.now();
for (let i = 0; i < snapshots.length; i += 1000) await writer.add(snapshots.slice(i, i + 1000));
const insertMs = performance.now() - t1;
const count = await (await openHistoryDb(factory)).count();
if (count !== N) throw new Error(`stored ${count}, expected ${N}`);

const queries: [string, HistoryQuery][] = [
  ['first page (50, newest first)', { limit: 50, offset: 0 }],
  ['page 100 (offset 4,950)', { limit: 50, offset: 4950 }],
  ['text search "passport"', { text: 'passport', limit: 50, offset: 0 }],
  ['text search, two words, rare', { text: 'provider-7 selfie', limit: 50, offset: 0 }],
  ['filter provider', { provider: 'provider-3', limit: 50, offset: 0 }],
  ['filter kind', { kind: 'gpu-cloud', limit: 50, offset: 0 }],
  ['filter category', { category: 'government-id', limit: 50, offset: 0 }],
  ['filter time range (90 days)', { from: Date.UTC(2024, 6, 1), to: Date.UTC(2024, 9, 1), limit: 50, offset: 0 }],
  ['all filters + text', { kind: 'vps', category: 'address', text: 'postal', from: Date.UTC(2024, 0, 1), limit: 50, offset: 0 }],
];

// Cold: a page that just opened (new connection, empty cache) runs its first query: the unfiltered
// first page (answered from the head record), a search answered at once from what has loaded (partial,
// as the page shows it), and the same search's complete answer. Each page finishes loading before it
// closes, so one run's background load does not slow the next.
const coldSamples: number[] = [];
const coldLoadSamples: number[] = [];
for (let i = 0; i < 5; i++) {
  const t = performance.now();
  const page = await openHistoryDb(factory);
  await page.list({ limit: 50, offset: 0 });
  coldSamples.push(performance.now() - t);
  await page.loaded();
  coldLoadSamples.push(performance.now() - t);
  page.close();
}
const coldFirstAnswer: number[] = [];
let coldPartial = 0;
const coldSearchSamples = await time(async () => {
  const t = performance.now();
  const page = await openHistoryDb(factory);
  const first = await page.listNow({ text: 'passport', limit: 50, offset: 0 });
  coldFirstAnswer.push(performance.now() - t);
  if (!first.complete) coldPartial++;
  await page.list({ text: 'passport', limit: 50, offset: 0 });
  page.close();
}, 5);

// Where a cold list's time goes: reading the chunk records, parsing their JSON, sorting.
const raw: IDBDatabase = await new Promise((resolve, reject) => {
  const open = factory.open('kyc-lens-history');
  open.onsuccess = () => resolve(open.result);
  open.onerror = () => reject(open.error);
});
const readSamples: number[] = [];
const parseSamples: number[] = [];
let summaryChars = 0;
for (let i = 0; i < 5; i++) {
  let t = performance.now();
  const chunks: { json: string }[] = await new Promise((resolve) => {
    const r = raw.transaction('summaryChunks').objectStore('summaryChunks').getAll();
    r.onsuccess = () => resolve(r.result);
  });
  readSamples.push(performance.now() - t);
  t = performance.now();
  for (const c of chunks) decodeSummaries(c.json);
  parseSamples.push(performance.now() - t);
  summaryChars = chunks.reduce((n, c) => n + c.json.length, 0);
}
raw.close();

const page = await openHistoryDb(factory);
await page.list({ limit: 1, offset: 0 });
const warm: { name: string; total: number; s: ReturnType<typeof stats> }[] = [];
for (const [name, q] of queries) {
  const total = (await page.list(q)).total;
  warm.push({ name, total, s: stats(await time(() => page.list(q), 30)) });
}

// After the worker writes: the page hears of it (BroadcastChannel) and adds the new summary to those it holds.
const heard = () =>
  new Promise<void>((resolve) => {
    const stop = page.onChange(() => {
      stop();
      resolve();
    });
  });
let extra = 0;
const afterWrite = await time(async () => {
  const { flow, savedAt } = makeFlow(N + extra++);
  const told = heard();
  await writer.add([await snapshotFromFlow(flow, { url: 'https://x.example/', savedAt, extensionVersion: '0.1.0', catalogVersion: 'bench', reason: 'user' })]);
  await told;
  const t = performance.now();
  await page.list({ text: 'passport', limit: 50, offset: 0 });
  return performance.now() - t;
}, 5);
// time() above includes the write; measure the list alone too.
const afterWriteListOnly: number[] = [];
for (let i = 0; i < 5; i++) {
  const { flow, savedAt } = makeFlow(N + extra++);
  const told = heard();
  await writer.add([await snapshotFromFlow(flow, { url: 'https://x.example/', savedAt, extensionVersion: '0.1.0', catalogVersion: 'bench', reason: 'user' })]);
  await told;
  const t = performance.now();
  await page.list({ text: 'passport', limit: 50, offset: 0 });
  afterWriteListOnly.push(performance.now() - t);
}

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
const cold = stats(coldSamples);
const reload = stats(afterWriteListOnly);

// ---------------------------------------------------------------------------------------------
// The same in real Chromium: the built extension's workspace page imports the 10,000 snapshots
// through its Import button, then the page's own timings (performance.measure "kyc-history-list",
// taken around each store query) are read while searching and filtering in the UI.
// ---------------------------------------------------------------------------------------------

interface BrowserNumbers {
  importMs: number;
  cold: ReturnType<typeof stats>;
  coldSearch: ReturnType<typeof stats>;
  coldComplete: ReturnType<typeof stats>;
  partialShown: number;
  warm: { name: string; s: ReturnType<typeof stats> }[];
  exports: { format: string; ms: number; bytes: number; longest: number; updates: number; example: string }[];
}

async function chromiumNumbers(): Promise<BrowserNumbers | string> {
  if (process.env.HISTORY_BENCH_CHROMIUM === '0') return 'skipped (HISTORY_BENCH_CHROMIUM=0)';
  if (!existsSync('dist/chrome/manifest.json')) return 'skipped (run npm run build first)';
  const { launchWithExtension } = await import('../test/e2e/harness/index.ts');
  const { layOutFlowSites } = await import('../test/fixtures/flows/schema.ts');
  const dir = mkdtempSync(join(tmpdir(), 'kyc-history-bench-'));
  const file = join(dir, 'history-10k.json');
  writeFileSync(file, serializeExport(buildExport(snapshots, { exportedAt: Date.now(), generator: { name: 'history-bench', version: '1' } })));
  // The harness serves at least one site; the bench never visits it.
  const s = await launchWithExtension({ hosts: layOutFlowSites(['aws']) });
  try {
    const ws = await s.context.newPage();
    const url = s.extensionUrl('/src/workspace/index.html');
    await ws.goto(`${url}#export`);
    const t = performance.now();
    await ws.getByTestId('import-file').setInputFiles(file);
    const done = ws.getByText(`Imported ${N.toLocaleString('en')} new snapshots.`).or(ws.getByTestId('import-errors')).or(ws.getByRole('alert'));
    await done.first().waitFor({ timeout: 600_000 });
    if (!(await ws.getByText(`Imported ${N.toLocaleString('en')} new snapshots.`).count()))
      throw new Error(`the import did not succeed: ${await ws.getByTestId('import-status').textContent()}`);
    const importMs = performance.now() - t;
    const lastMeasure = () =>
      ws.evaluate(() => {
        const m = performance.getEntriesByName('kyc-history-list');
        return m.length ? m[m.length - 1]!.duration : Number.NaN;
      });
    const measureCount = () => ws.evaluate(() => performance.getEntriesByName('kyc-history-list').length);
    const coldRuns: number[] = [];
    const coldSearchRuns: number[] = [];
    const coldCompleteRuns: number[] = [];
    let partialShown = 0;
    for (let i = 0; i < 5; i++) {
      await ws.goto('about:blank');
      await ws.goto(`${url}#history`);
      await ws.getByTestId('history-count').waitFor();
      coldRuns.push(await lastMeasure());
      // Search at once, before the page finished loading every summary in the background.
      const before = await measureCount();
      const completes = await ws.evaluate(() => performance.getEntriesByName('kyc-history-complete').length);
      await ws.getByTestId('history-search').fill('passport');
      await ws.waitForFunction((n) => performance.getEntriesByName('kyc-history-list').length > n, before);
      coldSearchRuns.push(
        await ws.evaluate((n) => performance.getEntriesByName('kyc-history-list')[n]!.duration, before),
      );
      if (await ws.getByText(/^Searching [\d,]+ of [\d,]+ snapshots…/).count()) partialShown++;
      await ws.waitForFunction((n) => performance.getEntriesByName('kyc-history-complete').length > n, completes);
      coldCompleteRuns.push(await ws.evaluate(() => performance.getEntriesByName('kyc-history-complete').at(-1)!.duration));
    }
    const ui: [string, () => Promise<unknown>][] = [
      ['text search "passport"', () => ws.getByTestId('history-search').fill('passport')],
      ['text search, two words, rare', () => ws.getByTestId('history-search').fill('provider-7 selfie')],
      [`clear search (all ${N.toLocaleString('en')})`, () => ws.getByTestId('history-search').fill('')],
      ['filter provider', () => ws.getByTestId('history-provider').selectOption('provider-3')],
      ['all providers again', () => ws.getByTestId('history-provider').selectOption('')],
    ];
    const warmRuns = new Map<string, number[]>();
    for (let round = 0; round < 10; round++)
      for (const [name, act] of ui) {
        const before = await measureCount();
        await act();
        await ws.waitForFunction((n) => performance.getEntriesByName('kyc-history-list').length > n, before);
        warmRuns.set(name, [...(warmRuns.get(name) ?? []), await lastMeasure()]);
      }
    // Exports of every snapshot: total time, whether the progress bar showed, and the page's longest
    // main-thread task meanwhile (a long-task observer installed before the click).
    const exports: BrowserNumbers['exports'] = [];
    await ws.goto(`${url}#export`);
    for (const format of ['json', 'csv', 'md', 'html'] as const) {
      await ws.evaluate(() => {
        const w = window as unknown as { __longest: number; __obs?: PerformanceObserver; __texts: Set<string>; __mo?: MutationObserver };
        w.__longest = 0;
        w.__obs?.disconnect();
        // Every progress text the page shows while exporting.
        w.__texts = new Set();
        w.__mo?.disconnect();
        w.__mo = new MutationObserver(() => {
          const el = document.querySelector('[data-testid="export-progress-text"]');
          if (el?.textContent) w.__texts.add(el.textContent);
        });
        w.__mo.observe(document.body, { subtree: true, childList: true, characterData: true });
        w.__obs = new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
        });
        w.__obs.observe({ type: 'longtask' });
      });
      const t = performance.now();
      const [download] = await Promise.all([ws.waitForEvent('download', { timeout: 600_000 }), ws.getByTestId(`export-${format}`).click()]);
      await ws.getByText(/^Exported [\d,]+ snapshots to /).waitFor({ timeout: 600_000 });
      const ms = performance.now() - t;
      const bytes = (await import('node:fs')).statSync((await download.path())!).size;
      const { longest, texts } = await ws.evaluate(() => {
        const w = window as unknown as { __longest: number; __texts: Set<string> };
        return { longest: w.__longest, texts: [...w.__texts] };
      });
      const updates = texts.filter((x) => /^Exporting [\d,]+ of [\d,]+…$/.test(x));
      exports.push({ format, ms, bytes, longest, updates: updates.length, example: updates[Math.floor(updates.length / 2)] ?? texts[0] ?? '' });
    }
    return {
      importMs,
      cold: stats(coldRuns),
      coldSearch: stats(coldSearchRuns),
      coldComplete: stats(coldCompleteRuns),
      partialShown,
      warm: [...warmRuns].map(([name, xs]) => ({ name, s: stats(xs) })),
      exports,
    };
  } finally {
    await s.close();
  }
}

const browser = await chromiumNumbers();
// What the page shows: the first list, the first answer to a search typed at once (partial while the
// summaries load, and saying so), and every warm query.
const browserWorst = typeof browser === 'string' ? 0 : Math.max(browser.cold.p95, browser.coldSearch.p95, ...browser.warm.map((w) => w.s.p95));
const coldSearch = stats(coldSearchSamples);
const coldFirst = stats(coldFirstAnswer);
const nodeWorstWarm = Math.max(reload.p95, ...warm.map((w) => w.s.p95));
const nodeWorst = Math.max(nodeWorstWarm, cold.p95, coldFirst.p95);
const verdict = (ms: number) => (ms < TARGET_MS ? 'met' : 'NOT met');
const n = (x: number) => x.toLocaleString('en');

const lines = [
  `## History store (${n(N)} snapshots)`,
  '',
  `Machine: ${machineLine()}. Two stores measured: real Chromium IndexedDB (the built extension's workspace page, driven by playwright-core) and fake-indexeddb 6.2.8 in Node (a pure-JS IndexedDB whose every read goes through Node's slow structuredClone, so it is a pessimistic stand-in).`,
  '',
  `Target: listing, searching and filtering ${n(N)} snapshots under ${TARGET_MS} ms.`,
  typeof browser === 'string'
    ? `- Chromium: ${browser}.`
    : `- Chromium: every answer the page shows **${verdict(browserWorst)}** by p95 — worst p95 ${fmt(browserWorst)}, the first list and the first answer to a search typed the moment the page opens included (that answer is partial while summaries still load, and the page says "Searching N of ${n(N)}…"; it was partial in ${browser.partialShown} of 5 runs). The complete answer to that first search (typing → every summary searched): median ${fmt(browser.coldComplete.median)}, p95 ${fmt(browser.coldComplete.p95)} — **${verdict(browser.coldComplete.p95)}**.`,
  `- fake-indexeddb: every answer **${verdict(nodeWorst)}** by p95 (worst p95 ${fmt(nodeWorst)}: open page, a new page's first list and a new page's first search answer). A new page's complete first search (opens the DB, loads every summary): median ${fmt(coldSearch.median)}, p95 ${fmt(coldSearch.p95)} — **${verdict(coldSearch.p95)}**.`,
  '',
  `Data: ${n(N)} snapshots of ${PROVIDERS.length} providers plus sites outside the catalog, 8–23 fields each; generating and hashing them took ${fmt(genMs)}.`,
  '',
];
if (typeof browser !== 'string')
  lines.push(
    '### Chromium (workspace page, real IndexedDB)',
    '',
    `Importing the ${n(N)}-snapshot export through the Import button (parse, hash check of every record, one transaction): ${(browser.importMs / 1000).toFixed(1)} s.`,
    '',
    '| Query (timed inside the page) | median | p95 |',
    '| --- | ---: | ---: |',
    `| page opened: first list (from the head record) | ${fmt(browser.cold.median)} | ${fmt(browser.cold.p95)} |`,
    `| page opened: search typed at once — first answer (partial while loading, says so) | ${fmt(browser.coldSearch.median)} | ${fmt(browser.coldSearch.p95)} |`,
    `| page opened: search typed at once — complete answer (typing → all summaries searched) | ${fmt(browser.coldComplete.median)} | ${fmt(browser.coldComplete.p95)} |`,
    ...browser.warm.map((w) => `| ${w.name} | ${fmt(w.s.median)} | ${fmt(w.s.p95)} |`),
    '',
    `Exports of all ${n(N)} snapshots through the buttons (read in batches of 250 in one transaction, formatted in ~12 ms slices with a yield between, saved as one Blob). Longest task is the page's longest main-thread task while exporting (long-task observer; 0 = none over 50 ms); progress updates are the distinct "Exporting N of ${n(N)}…" texts the page showed.`,
    '',
    '| Format | time | file size | longest task | progress updates (e.g.) |',
    '| --- | ---: | ---: | ---: | --- |',
    ...browser.exports.map(
      (e) => `| ${e.format} | ${(e.ms / 1000).toFixed(1)} s | ${(e.bytes / 2 ** 20).toFixed(1)} MiB | ${fmt(e.longest)} | ${e.updates} (“${e.example}”) |`,
    ),
    '',
  );
lines.push(
  '### Node (fake-indexeddb)',
  '',
  `Storing them (10 transactions of 1,000): ${fmt(insertMs)}.`,
  '',
  '| Query | matches | median | p95 |',
  '| --- | ---: | ---: | ---: |',
  `| cold: new page's first list (opens the DB, reads the head record) | ${N} | ${fmt(cold.median)} | ${fmt(cold.p95)} |`,
  `| cold: new page's full load (opens the DB, head, every chunk) | — | ${fmt(stats(coldLoadSamples).median)} | ${fmt(stats(coldLoadSamples).p95)} |`,
  `| cold: new page's first search, first answer (partial in ${coldPartial} of 5 runs) | — | ${fmt(coldFirst.median)} | ${fmt(coldFirst.p95)} |`,
  `| cold: new page's first search, complete (opens the DB, loads every summary) | — | ${fmt(coldSearch.median)} | ${fmt(coldSearch.p95)} |`,
  ...warm.map((w) => `| warm: ${w.name} | ${w.total} | ${fmt(w.s.median)} | ${fmt(w.s.p95)} |`),
  `| after a write by another connection, heard of: text search (the added summary joins those in memory) | — | ${fmt(reload.median)} | ${fmt(reload.p95)} |`,
  `| a write by another connection + the page's next search | — | ${fmt(stats(afterWrite).median)} | ${fmt(stats(afterWrite).p95)} |`,
  '',
  `Cold list, broken down: reading the ${Math.ceil(N / 1000)} summary chunks (${(summaryChars / 2 ** 20).toFixed(1)} MiB of JSON) takes ${fmt(stats(readSamples).median)} (median), parsing and decoding them ${fmt(stats(parseSamples).median)}.`,
  '',
  'How it works: summaries (what lists and searches read) are packed in chunks of 1,000 as compact JSON strings (a table of the distinct strings and one small array per summary; layout version 2, migrated from version 1\'s plain arrays); an open page keeps them in memory, so warm queries are in-memory filters; the worker (history\'s one writer) announces each committed write on a BroadcastChannel with the summaries it added, which an open page adds to those it holds (after a deletion it reads them all again). A head record (the newest 100 summaries, the totals and the provider list, kept current by every write) answers a newly opened page\'s first list, counts and provider menus at once; a search typed before every chunk has arrived is answered from the head and the chunks loaded so far, marked partial, and asked again as each chunk arrives.',
  '',
  `Load average: ${loadAtStart.toFixed(1)} when the run started, ${loadavg()[0]!.toFixed(1)} when it ended, on ${cpus().length} cores${Math.max(loadAtStart, loadavg()[0]!) > cpus().length ? ' — the machine was shared with other builds and browser tests, so absolute times are inflated and p95s noisy; compare rows with each other' : ''}.`,
);
writeFileSync('bench/results/history.md', `${lines.join('\n')}\n`);
console.log(lines.join('\n'));
if (browserWorst >= TARGET_MS || nodeWorst >= TARGET_MS) process.exitCode = 1;
