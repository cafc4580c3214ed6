// Every attribute the extractor (and the CLI's page-URL lookup) reads, besides aria-*. A lean
// parse of saved HTML (src/cli/parse-html.ts) keeps only these, so a new attribute read anywhere
// in src/dom must be added here; test/unit/dom/attributes.test.ts checks the source for that.
/** Framework attributes that carry a developer's name for the field (see FieldContext.bindings). */
export const BINDING_ATTRIBUTES: readonly string[] = [
  'formcontrolname',
  'ng-model',
  'data-ng-model',
  'ng-reflect-name',
  'v-model',
  'x-model',
  'wire:model',
  'data-testid',
  'data-test-id',
  'data-qa',
  'data-cy',
];

/** The aria-* attributes the extractor reads (the lean parse keeps every aria-*). */
export const READ_ARIA_ATTRIBUTES: readonly string[] = ['aria-label', 'aria-labelledby', 'aria-describedby', 'aria-required', 'aria-hidden'];

/** Attributes of fields, their captions and forms: a change to one can change what a scan reports. */
export const FORM_ATTRIBUTES: readonly string[] = [
  // fields
  'id',
  'name',
  'type',
  'autocomplete',
  'inputmode',
  'pattern',
  'minlength',
  'maxlength',
  'placeholder',
  'title',
  'accept',
  'capture',
  ...BINDING_ATTRIBUTES,
  'required',
  'multiple',
  'list',
  'form',
  // captions, structure, visibility
  'for',
  'label',
  'role',
  'alt',
  'hidden',
  'style',
  'open',
  'colspan',
  'action',
  'lang',
];

export const READ_ATTRIBUTES: ReadonlySet<string> = new Set([
  ...FORM_ATTRIBUTES,
  // page (src and value are kept on the elements that use them only)
  'rel',
  'href',
  'property',
  'content',
  'shadowrootmode',
]);
