// What the extension keeps of an address it read in the browser: scheme, host and path, and the
// names of the query parameters (they tell a "?step=2" apart from a "?step=3" page only by name, so
// at most they separate views). Never a query value, a fragment, or user:password@: a signup step
// submitted by GET, or a landing link like "/signup?email=…", carries what the person typed there.
// The worker applies this where it receives a page's features, so nothing downstream sees a value.
// (The CLI keeps whole URLs: they come from archives the user supplies.)
import type { PageFeatures } from './features.ts';

/** A query parameter name a page chose (`step`, `offer`, `request_type`); anything else is dropped. */
const PARAM_NAME = /^[A-Za-z0-9_.\-[\]]{1,40}$/;

/** `https://host/path?email=&step=` from any URL; a relative or unparsable one loses its `?…` and `#…`. */
export function redactUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return withoutQueryValues(raw);
  }
  return `${url.protocol}//${url.host}${url.pathname}${queryKeys(url.search)}`;
}

/** A relative address (a form's `action`) with only its query parameter names. */
function withoutQueryValues(raw: string): string {
  const cut = raw.search(/[?#]/);
  if (cut < 0) return raw;
  const query = raw[cut] === '?' ? raw.slice(cut).split('#', 1)[0]! : '';
  return `${raw.slice(0, cut)}${queryKeys(query)}`;
}

function queryKeys(search: string): string {
  const names = new Set<string>();
  for (const pair of search.replace(/^\?/, '').split('&')) {
    // "?a@b.example" (no "=") is a value without a name.
    const eq = pair.indexOf('=');
    const name = eq < 0 ? '' : pair.slice(0, eq);
    if (PARAM_NAME.test(name)) names.add(name);
  }
  return names.size ? `?${[...names].map((n) => `${n}=`).join('&')}` : '';
}

/** The page's features with its URL and its forms' actions redacted (what the worker stores). */
export function redactFeatureUrls(features: PageFeatures): PageFeatures {
  return {
    ...features,
    url: redactUrl(features.url),
    forms: features.forms.map((form) => (form.action ? { ...form, action: redactUrl(form.action) } : form)),
  };
}
