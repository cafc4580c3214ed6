// Caps on what the extractor reports. Kept apart from the zod schemas so the content script can
// import them without bundling zod.
export const TEXT_CAP = 240;
export const OPTIONS_CAP = 40;
export const LABELS_CAP = 6;
