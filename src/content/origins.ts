// Origins of the page's frames and external scripts: the worker recognises payment processors and
// identity-verification vendors by them. Only the origin is taken (never a path with tokens), and
// cross-origin frames are never entered: the extension does not run in them.
export function originOf(src: string | null, base: string): string | null {
  if (!src) return null;
  try {
    const u = new URL(src, base);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.origin : null;
  } catch {
    return null;
  }
}

/** Frame and script origins in `roots` (the document and the shadow roots found by the scan). */
export function collectOrigins(roots: Iterable<Document | ShadowRoot | DocumentFragment>, pageUrl: string) {
  const frames = new Set<string>();
  const scripts = new Set<string>();
  const own = originOf(pageUrl, pageUrl);
  for (const root of roots) {
    for (const el of root.querySelectorAll('iframe[src], frame[src], script[src]')) {
      const origin = originOf(el.getAttribute('src'), pageUrl);
      if (!origin) continue;
      if (el.localName === 'script') {
        if (origin !== own) scripts.add(origin);
      } else frames.add(origin);
    }
  }
  return { frameOrigins: [...frames], scriptOrigins: [...scripts] };
}
