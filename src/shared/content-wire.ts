// How the content script's report crosses to the worker: the page's structure as one compact JSON
// string. Chromium copies a message into its own format on the page's main thread, at a cost that
// grows with its size: a 500-field report sent as an object (258 KB of JSON, ~14,000 properties)
// held the page for 9–30 ms. As text without its empty entries (most of a field's 27 keys are empty)
// it is about half that size and crosses as one string. The worker restores the empty entries
// (`fromWire`) before the schema validates the report. No zod here: the content script imports it.
import type { FormFeatures, PageFeatures } from '../core/features.ts';
import { FIELD_EMPTY } from '../core/field-facts.ts';
import type { ContentMessage } from './messages.ts';

export type WireContentMessage = Omit<ContentMessage, 'features'> & { features: string };

/**
 * The content script's port to the worker (src/content/worker-channel.ts): each request carries an
 * id and a message the worker validates as it validates a runtime message; each reply carries the
 * request's id and the worker's answer.
 */
export const CONTENT_PORT = 'kyc-lens-content';
export interface PortRequest {
  id: number;
  message: unknown;
}
export interface PortReply {
  id: number;
  reply: unknown;
}

/** What an entry left out of the wire form stands for (every key the schemas require; a field's in field-facts.ts). */
const PAGE_EMPTY = { url: '', title: '', lang: '', headings: [], forms: [], frameOrigins: [], scriptOrigins: [], truncated: false } satisfies Partial<PageFeatures>;
const FORM_EMPTY = { selector: null, action: '', buttons: [], names: '', heading: '', fields: [] } satisfies Partial<FormFeatures>;

function isEmpty(v: unknown): boolean {
  return v === null || v === '' || v === false || (Array.isArray(v) && v.length === 0);
}

/**
 * `value` with the empty properties of its objects left out, at any depth (never array items: an
 * option text may be ''). A copy, then plain JSON.stringify: a replacer function would be called
 * back from the serializer for every value, which cost the page more than the copy.
 */
function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => (typeof item === 'object' ? withoutEmpty(item) : item));
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[key];
    if (!isEmpty(v)) out[key] = typeof v === 'object' ? withoutEmpty(v) : v;
  }
  return out;
}

export function toWire(message: ContentMessage): WireContentMessage {
  return { ...message, features: JSON.stringify(withoutEmpty(message.features)) };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The report object from its wire form, empty entries restored. Anything else is returned as it
 * came (text that is not JSON, an object sent as one) for the schema to judge.
 */
export function fromWire(features: unknown): unknown {
  if (typeof features !== 'string') return features;
  let page: unknown;
  try {
    page = JSON.parse(features);
  } catch {
    return features;
  }
  if (!isRecord(page)) return page;
  const filledPage = { ...PAGE_EMPTY, ...page };
  return { ...filledPage, forms: each(filledPage.forms, fillForm) };
}

/** `value` with the entries of `empty` it lacks; anything but an object is left for the schema. */
const filled = (empty: object, value: unknown): unknown => (isRecord(value) ? { ...empty, ...value } : value);
/** Each item of `list` through `fill`, when it is a list. */
const each = (list: unknown, fill: (item: unknown) => unknown): unknown => (Array.isArray(list) ? list.map(fill) : list);
const fillField = (field: unknown) => filled(FIELD_EMPTY, field);
function fillForm(form: unknown): unknown {
  const f = filled(FORM_EMPTY, form);
  return isRecord(f) ? { ...f, fields: each(f.fields, fillField) } : f;
}
