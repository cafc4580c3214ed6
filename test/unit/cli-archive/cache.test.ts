import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { cacheKey, DigestCache, engineVersion } from '../../../src/cli/cache/digest-cache.ts';
import { defaultCacheDir } from '../../../src/cli/cache/dir.ts';
import { analyzeHtml } from '../../../src/cli/pool/task.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kyc-cache-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const result = analyzeHtml({ url: 'https://signin.aws.amazon.com/signup', html: '<form><label>Email <input type=email name=email></label></form>' });

it('stores a result under its key and reads it back; other keys miss', async () => {
  const cache = new DigestCache(dir);
  const key = cacheKey(engineVersion(), 'sha1:ABC', 'https://signin.aws.amazon.com/signup', 2024);
  expect(await cache.get(key)).toBeUndefined();
  cache.put(key, result);
  await cache.flush();
  expect(await new DigestCache(dir).get(key)).toEqual(result);
  // The URL, the engine and the year the page is read in are part of the key.
  expect(cacheKey(engineVersion(), 'sha1:ABC', 'https://other.example/', 2024)).not.toBe(key);
  expect(cacheKey('another-engine', 'sha1:ABC', 'https://signin.aws.amazon.com/signup', 2024)).not.toBe(key);
  expect(cacheKey(engineVersion(), 'sha1:ABC', 'https://signin.aws.amazon.com/signup', 2019)).not.toBe(key);
  // No temporary files are left behind.
  const shard = (await readdir(join(dir, 'pages-v1'))).find((d) => key.startsWith(d))!;
  expect(await readdir(join(dir, 'pages-v1', shard))).toEqual([`${key}.json`]);
});

it('treats a damaged or foreign entry as a miss and removes it', async () => {
  const cache = new DigestCache(dir);
  const key = cacheKey(engineVersion(), 'sha256:damaged', 'https://x.example/', 2024);
  cache.put(key, result);
  await cache.flush();
  const path = join(dir, 'pages-v1', key.slice(0, 2), `${key}.json`);
  await writeFile(path, '{"analysis": {"url": 1}, "headings": []}');
  expect(await cache.get(key)).toBeUndefined();
  expect(await readdir(join(dir, 'pages-v1', key.slice(0, 2)))).not.toContain(`${key}.json`);
  await writeFile(path, 'not json{');
  expect(await cache.get(key)).toBeUndefined();
});

it('lives in $XDG_CACHE_HOME/kyc-lens, else ~/.cache/kyc-lens', () => {
  expect(defaultCacheDir({ XDG_CACHE_HOME: '/var/cache/me' })).toBe('/var/cache/me/kyc-lens');
  expect(defaultCacheDir({ XDG_CACHE_HOME: 'relative' })).toMatch(/\/\.cache\/kyc-lens$/);
  expect(defaultCacheDir({})).toMatch(/\/\.cache\/kyc-lens$/);
});

it('names the engine by a hash of its sources', () => {
  expect(engineVersion()).toMatch(/^[0-9a-f]{16}$|^pinned:/);
});
