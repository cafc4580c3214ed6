// Caps on what the extractor reports. Kept apart from the zod schemas so the content script can
// import them without bundling zod.
export const TEXT_CAP = 240;
export const OPTIONS_CAP = 40;
export const LABELS_CAP = 6;
/**
 * Fields one page report from the content script carries at most. Signup forms have tens of fields:
 * over the 997 real pages of the development corpus the median page has 9, the 99th percentile 96,
 * and only two pages (shops' product filters: 226 and 256) have more than 200. A page with
 * thousands is a bulk-edit screen or a hostile page, and every field read and sent costs the page
 * main-thread time in the content script's first scan (~0.15 ms each, cold). Beyond it the report
 * says it is truncated.
 */
export const PAGE_FIELDS_CAP = 200;

/** The other caps of a report, shared by the message schemas (features.ts) and the content script's clamp. */
export const SELECTOR_CAP = 4000;
export const URL_CAP = 4000;
export const ORIGIN_CAP = 300;
/** An input's type ("select-one", "datetime-local") and a page's lang. */
export const SHORT_CAP = 40;
export const BUTTONS_CAP = 20;
export const HEADINGS_CAP = 10;
export const FORMS_CAP = 200;
export const FRAME_ORIGINS_CAP = 100;
export const SCRIPT_ORIGINS_CAP = 200;
