import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverInputs } from '../../../src/cli/archive/inputs.ts';
import { processInputs, type RunOptions } from '../../../src/cli/archive/run.ts';
import type { PipelineOutput } from '../../../src/cli/pool/pipeline.ts';
import { AWS_URL, writeCrawl } from './fixtures.ts';

let dir: string;
let warc: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kyc-pipe-'));
  warc = join(dir, 'crawl.warc.gz');
  await writeCrawl(warc);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(options: RunOptions) {
  const { files } = await discoverInputs([warc]);
  const outputs: PipelineOutput[] = [];
  const summary = await processInputs(files, { quiet: true, ...options }, (o) => {
    outputs.push(o);
  });
  return { outputs, summary };
}

const strip = (outputs: PipelineOutput[]) => outputs.map((o) => (o.kind === 'page' ? { ...o, cached: undefined } : o));

describe('the page pipeline', { timeout: 120_000 }, () => {
  it('analyses every HTML capture once, in archive order, and marks the same-day repeat as a duplicate', async () => {
    const { outputs, summary } = await run({ jobs: 1, cache: false });
    const pages = outputs.filter((o) => o.kind === 'page');
    expect(pages.map((p) => p.url)).toEqual([AWS_URL, 'https://signup.example.org/register', AWS_URL, AWS_URL, AWS_URL, 'https://signup.example.org/register']);
    expect(pages.map((p) => p.duplicate)).toEqual([false, false, true, false, false, true]);
    expect(pages.every((p) => p.result && !p.error)).toBe(true);
    expect(pages[0]!.result!.analysis.providerId).toBe('aws');
    expect(summary.analyzed).toBe(4);
    expect(summary.archive.skippedRevisit).toBe(1);
  });

  it('gives identical results with --jobs 1 and --jobs 2 (worker threads)', async () => {
    const one = await run({ jobs: 1, cache: false });
    const two = await run({ jobs: 2, cache: false });
    expect(two.summary.jobs).toBe(2);
    expect(two.summary.analyzed).toBe(4);
    expect(strip(two.outputs)).toEqual(strip(one.outputs));
  });

  it('re-runs from the digest cache without analysing any page', async () => {
    const cacheDir = join(dir, 'cache');
    const first = await run({ jobs: 2, cacheDir });
    expect(first.summary.analyzed).toBe(4);
    expect(first.summary.cacheHits).toBe(0);
    const second = await run({ jobs: 2, cacheDir });
    expect(second.summary.analyzed).toBe(0);
    // Four distinct pages come from the cache; the two repeats reuse them within the run.
    expect(second.summary.pipeline.cached).toBe(4);
    expect(second.summary.pipeline.duplicates).toBe(2);
    expect(strip(second.outputs)).toEqual(strip(first.outputs));
    // --no-cache analyses again.
    const third = await run({ jobs: 1, cacheDir, cache: false });
    expect(third.summary.analyzed).toBe(4);
  });
});
