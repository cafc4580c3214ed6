// One table of the facts about a field's features that code outside the schema needs: the value an
// entry stands for when the wire form leaves it out (src/shared/content-wire.ts), and whether it is
// a free text capped at TEXT_CAP (the content script's clamp, src/content/clamp.ts). The schema
// (features.ts) defines the types; test/unit/shared/field-facts.test.ts proves this table names
// exactly its keys with values it accepts. Plain data, no zod: the content script imports it.
import type { FieldFeatures } from './features.ts';

interface Fact<V> {
  /** What a missing entry stands for on the wire. */
  empty: V;
  /** A free text, cut at TEXT_CAP by the clamp. */
  text?: true;
}

type Facts = { [K in keyof Omit<FieldFeatures, 'tag' | 'frameOrigin'>]-?: Fact<Exclude<FieldFeatures[K], undefined>> };

export const FIELD_FACTS = {
  selector: { empty: '' },
  type: { empty: '' },
  name: { empty: '', text: true },
  id: { empty: '', text: true },
  autocomplete: { empty: '', text: true },
  inputmode: { empty: '', text: true },
  pattern: { empty: '', text: true },
  minLength: { empty: null },
  maxLength: { empty: null },
  placeholder: { empty: '', text: true },
  title: { empty: '', text: true },
  ariaLabel: { empty: '', text: true },
  ariaLabelledBy: { empty: '', text: true },
  ariaDescribedBy: { empty: '', text: true },
  labels: { empty: [] },
  nearbyText: { empty: '', text: true },
  afterText: { empty: '', text: true },
  legend: { empty: '', text: true },
  heading: { empty: '', text: true },
  options: { empty: [] },
  optionCount: { empty: 0 },
  accept: { empty: '', text: true },
  capture: { empty: '' },
  bindings: { empty: '', text: true },
  required: { empty: false },
  visible: { empty: false },
  inShadowRoot: { empty: false },
} as const satisfies Facts;

type FactKey = keyof typeof FIELD_FACTS;

/** Every entry the wire form may leave out, with the value it stands for. */
export const FIELD_EMPTY = Object.fromEntries(Object.entries(FIELD_FACTS).map(([k, f]) => [k, f.empty])) as {
  [K in FactKey]: (typeof FIELD_FACTS)[K]['empty'];
};

/** The free-text features, each capped at TEXT_CAP. */
export const FIELD_TEXT_KEYS = (Object.keys(FIELD_FACTS) as FactKey[]).filter(
  (k): k is { [K in FactKey]: (typeof FIELD_FACTS)[K] extends { text: true } ? K : never }[FactKey] => 'text' in FIELD_FACTS[k],
);
