// Host parsing and matching shared by provider and vendor lookups. Pure string work, no DNS.

export interface HostAndPath {
  host: string;
  path: string;
}

/** Accepts a URL or origin (`https://js.stripe.com`) or a bare hostname; null for anything else. */
export function parseHost(input: string): HostAndPath | null {
  const value = input.trim();
  if (value === '') return null;
  if (value.includes('://')) {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return null;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    const host = stripDot(url.hostname);
    return host ? { host, path: url.pathname || '/' } : null;
  }
  // A bare hostname, possibly with a port.
  const host = stripDot(value.toLowerCase().replace(/:\d+$/, ''));
  return /^[a-z0-9.-]+$/.test(host) && host.includes('.') ? { host, path: '/' } : null;
}

function stripDot(host: string): string {
  return host.endsWith('.') ? host.slice(0, -1) : host;
}

/** True when `host` is `domain` itself or one of its subdomains. */
export function isSameOrSubdomain(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** `*.console.aws.amazon.com` matches strict subdomains only, never the bare domain. */
export function matchesWildcard(host: string, pattern: string): boolean {
  return pattern.startsWith('*.') && host.endsWith(pattern.slice(1));
}

/** A match pattern's path (`/billing/signup*`) as a regular expression over a URL's path and query. */
function pathRegExp(pattern: string): RegExp {
  const body = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}$`);
}

/** Whether `url`'s path and query match the path of a match pattern, as browsers match content scripts. */
export function pathMatches(url: string, pattern: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return pathRegExp(pattern).test(`${parsed.pathname}${parsed.search}`);
}

/** Whether `url` matches a manifest match pattern of the form `https://<host><path>`. */
export function urlMatchesPattern(url: string, pattern: string): boolean {
  const m = /^(https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!m) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === `${m[1]}:` && parsed.hostname === m[2] && pathMatches(url, m[3]!);
}
