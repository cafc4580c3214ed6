// How much each kind of evidence counts. A label the user reads is the strongest free-text signal;
// a standard autocomplete token is stronger still (the site told the browser what the field is);
// context text (legend, heading) mostly adjusts rather than decides.
export const W = {
  autocomplete: 8,
  autocompleteOther: 2.5,
  label: 4,
  labelOther: 3,
  ariaLabel: 4,
  ariaLabelledBy: 3.5,
  placeholder: 3,
  title: 2,
  name: 3,
  id: 2.5,
  /** Nearby text when the field has no label of its own (then it usually is the caption). */
  nearbyAsLabel: 3,
  nearby: 1,
  header: 2,
  describedBy: 1,
  legend: 1.2,
  heading: 0.6,
  /** Option-list evidence (a list of 200 countries is as telling as a label). */
  options: 5,
  /** Below this total the field is reported as unknown. */
  minScore: 1.5,
} as const;

/** Texts longer than this (after normalisation) are prose, not captions: their votes are damped. */
export const LONG_TEXT = 60;
export const VERY_LONG_TEXT = 140;
