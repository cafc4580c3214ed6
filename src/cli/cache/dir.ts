// Where the CLI keeps what it can make again: results by record digest (digest-cache.ts), archived
// pages fetched from the Wayback Machine, and the compiled command (start.ts).
import { homedir } from 'node:os';
import { join } from 'node:path';

/** $XDG_CACHE_HOME/kyc-lens, else ~/.cache/kyc-lens (a command's --cache-dir overrides it for results). */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CACHE_HOME?.startsWith('/') ? env.XDG_CACHE_HOME : join(homedir(), '.cache');
  return join(base, 'kyc-lens');
}
