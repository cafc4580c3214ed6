// The address a saved page came from, when the file says so: a SingleFile header ("url: …"), a
// browser's "saved from url=(N)…" comment, <link rel=canonical> or <meta property=og:url>. Only
// absolute http(s) addresses count; otherwise the page has no URL (the JSON leaves `url` out).
// Read from the text (its head), so it costs nothing next to parsing and works before it.
const SINGLEFILE_URL = /<!--[\s\S]{0,2000}?Page saved with SingleFile[\s\S]{0,2000}?\burl:\s*(\S+)/i;
const SAVED_FROM = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i;
const TAG = /<(link|meta)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
const ATTR = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
const HEAD_BYTES = 256 * 1024;

export function pageUrl(html: string): string | undefined {
  const head = html.slice(0, HEAD_BYTES);
  const comment = absoluteHttp(SINGLEFILE_URL.exec(head.slice(0, 8192))?.[1]) ?? absoluteHttp(SAVED_FROM.exec(head.slice(0, 8192))?.[1]);
  if (comment) return comment;
  let canonical: string | undefined;
  let ogUrl: string | undefined;
  for (const m of head.matchAll(TAG)) {
    const attrs = attributes(m[2] ?? '');
    if (m[1]!.toLowerCase() === 'link' && (attrs.get('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical')) canonical ??= absoluteHttp(attrs.get('href'));
    else if (m[1]!.toLowerCase() === 'meta' && (attrs.get('property') ?? '').toLowerCase() === 'og:url') ogUrl ??= absoluteHttp(attrs.get('content'));
    if (canonical) break;
  }
  return canonical ?? ogUrl;
}

function attributes(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(ATTR)) {
    const name = m[1]!.toLowerCase();
    if (!out.has(name)) out.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return out;
}

function decodeEntities(s: string): string {
  return s.replace(/&amp;/gi, '&').replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(Number.parseInt(h, 16))).replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)));
}

function absoluteHttp(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const u = new URL(value.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}
