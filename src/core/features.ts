// What the extractor may learn about a page: structure only, never what a user typed.
// These schemas validate every message from a content script, so each text is capped: a hostile
// page cannot push a megabyte label through the extension. The caps are limits.ts's (the content
// script's clamp cuts to the same); what a field's entries stand for when the wire leaves them out,
// and which are free texts, is field-facts.ts (a test holds it to this schema).
import { z } from 'zod';
import {
  BUTTONS_CAP,
  FORMS_CAP,
  FRAME_ORIGINS_CAP,
  HEADINGS_CAP,
  LABELS_CAP,
  OPTIONS_CAP,
  ORIGIN_CAP,
  SCRIPT_ORIGINS_CAP,
  SELECTOR_CAP,
  SHORT_CAP,
  TEXT_CAP,
  URL_CAP,
} from './limits.ts';

const text = z.string().max(TEXT_CAP * 2);

export const FieldFeaturesSchema = z.object({
  /** CSS selector that matches exactly this element in its document (shadow hosts joined by " >>> "). */
  selector: z.string().max(SELECTOR_CAP),
  tag: z.enum(['input', 'select', 'textarea']),
  /** Lower-cased input type; "select-one"/"select-multiple" for selects, "textarea" for textareas. */
  type: z.string().max(SHORT_CAP),
  name: text,
  id: text,
  autocomplete: text,
  inputmode: text,
  pattern: text,
  minLength: z.number().int().nullable(),
  maxLength: z.number().int().nullable(),
  placeholder: text,
  title: text,
  ariaLabel: text,
  /** Text of the elements named by aria-labelledby. */
  ariaLabelledBy: text,
  /** Text of the elements named by aria-describedby. */
  ariaDescribedBy: text,
  /** Texts of associated <label> elements (for= and wrapping), in document order. */
  labels: z.array(text).max(LABELS_CAP),
  /** Text just before the field in document order (a sibling caption, a preceding cell). */
  nearbyText: text,
  /** Short text printed right after the field ("@yahoo.com", ".atlassian.net", a unit); '' or absent when none. */
  afterText: text.optional(),
  legend: text,
  /** The closest preceding heading (h1–h6 or role=heading) in the field's section. */
  heading: text,
  /** Option texts of a select (or a datalist), capped; optionCount gives the real number. */
  options: z.array(text).max(OPTIONS_CAP),
  optionCount: z.number().int().nonnegative(),
  accept: text,
  /** `capture` of a file input: "user" (front camera, a selfie), "environment" (rear camera, a document photo), "camera"; '' or absent when none. */
  capture: z.string().max(20).optional(),
  /** Names a front-end framework binds the field to (formcontrolname, ng-model, v-model, data-testid…), space-joined; '' or absent when none. */
  bindings: text.optional(),
  required: z.boolean(),
  visible: z.boolean(),
  inShadowRoot: z.boolean(),
  /** Origin of the frame the field lives in, when it is not the top document. */
  frameOrigin: z.string().max(ORIGIN_CAP).optional(),
});
export type FieldFeatures = z.infer<typeof FieldFeaturesSchema>;

export const FormFeaturesSchema = z.object({
  /** Selector of the <form>; null groups fields that sit outside any form element. */
  selector: z.string().max(SELECTOR_CAP).nullable(),
  action: text,
  /** Texts of buttons and submit inputs in the form, capped; the buttons that submit the form come first. */
  buttons: z.array(text).max(BUTTONS_CAP),
  /**
   * How many of `buttons`, from the start, submit the form (the others switch tabs, open menus or
   * link elsewhere: "Sign up" beside a "Log in" submit). Absent when unknown (older reports).
   */
  submitButtons: z.number().int().nonnegative().max(BUTTONS_CAP).optional(),
  /**
   * The names a developer gave the <form> (its id, name and class attributes, space-joined):
   * "login-form", "registration", "signupform". Absent in older reports.
   */
  names: text.optional(),
  /** Closest heading above or inside the form. */
  heading: text,
  fields: z.array(FieldFeaturesSchema).max(5000),
});
export type FormFeatures = z.infer<typeof FormFeaturesSchema>;

export const PageFeaturesSchema = z.object({
  url: z.string().max(URL_CAP),
  title: text,
  lang: z.string().max(SHORT_CAP),
  /** Headings of the page (h1/h2), capped; they name the step a wizard is on. */
  headings: z.array(text).max(HEADINGS_CAP),
  forms: z.array(FormFeaturesSchema).max(FORMS_CAP),
  /** Origins of frames on the page (payment or identity-verification frames are recognised by host). */
  frameOrigins: z.array(z.string().max(ORIGIN_CAP)).max(FRAME_ORIGINS_CAP),
  /** Origins of external scripts on the page. */
  scriptOrigins: z.array(z.string().max(ORIGIN_CAP)).max(SCRIPT_ORIGINS_CAP),
  /** True when the page had more fields than the extractor's cap. */
  truncated: z.boolean(),
});
export type PageFeatures = z.infer<typeof PageFeaturesSchema>;
