// Is an archived response an HTML page, and how are its bytes decoded? The declared Content-Type
// decides when it is specific; when it is missing or generic (octet-stream, text/plain, which servers
// send by mistake) the first bytes are sniffed the way the WHATWG MIME Sniffing standard does for
// HTML ("<!DOCTYPE HTML", "<HTML", "<HEAD", "<BODY", "<FORM"…, after whitespace and a BOM).

export type HtmlVerdict = 'html' | 'not-html' | 'sniff';

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const SNIFF_TYPES = new Set(['', 'application/octet-stream', 'text/plain', 'application/unknown', 'unknown/unknown', '*/*', 'binary/octet-stream']);

export function essence(contentType: string | null | undefined): string {
  return (contentType ?? '').split(';', 1)[0]!.trim().toLowerCase();
}

export function htmlVerdict(contentType: string | null | undefined): HtmlVerdict {
  const type = essence(contentType);
  if (HTML_TYPES.has(type)) return 'html';
  if (SNIFF_TYPES.has(type)) return 'sniff';
  return 'not-html';
}

/** How many leading bytes `looksLikeHtml` wants to see. */
export const SNIFF_BYTES = 512;

// From the standard's table of HTML patterns; each must be followed by a space or ">" (tag-terminating byte).
const HTML_OPENERS = [
  '<!doctype html',
  '<html',
  '<head',
  '<script',
  '<iframe',
  '<h1',
  '<div',
  '<font',
  '<table',
  '<a',
  '<style',
  '<title',
  '<b',
  '<body',
  '<br',
  '<p',
  '<!--',
  // Not in the standard's table, but a saved signup step often starts with its form or a meta tag.
  '<form',
  '<meta',
];

export function looksLikeHtml(head: Uint8Array): boolean {
  let i = 0;
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) i = 3;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x09 || head[i] === 0x0a || head[i] === 0x0c || head[i] === 0x0d)) i++;
  const text = new TextDecoder('latin1').decode(head.subarray(i, i + 20)).toLowerCase();
  return HTML_OPENERS.some((p) => {
    if (!text.startsWith(p)) return false;
    if (p === '<!--') return true;
    const next = text.charAt(p.length);
    return next === ' ' || next === '>' || next === '\t' || next === '\n' || next === '\r' || next === '\f';
  });
}

function charsetFromContentType(contentType: string | null | undefined): string | null {
  const m = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '');
  return m ? m[1]!.toLowerCase() : null;
}

function charsetFromMeta(head: Uint8Array): string | null {
  const text = new TextDecoder('latin1').decode(head.subarray(0, 2048));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_:.-]+)/i.exec(text);
  return m ? m[1]!.toLowerCase() : null;
}

function decoderFor(label: string | null): TextDecoder | null {
  if (!label) return null;
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}

/** Decodes an HTML payload: BOM, then the HTTP charset, then a `<meta charset>`, then UTF-8. */
export function decodeHtml(bytes: Uint8Array, contentType: string | null | undefined): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const decoder = decoderFor(charsetFromContentType(contentType)) ?? decoderFor(charsetFromMeta(bytes)) ?? new TextDecoder('utf-8');
  return decoder.decode(bytes);
}
