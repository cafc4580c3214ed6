// What the popup needs from the requirement and provider catalogs, as one small interface. The view
// model depends on this, not on the catalog modules, so it can be tested against the real catalog
// (see catalog-adapter.ts) and against edge cases alike.
import type { RuleStatusView } from '../rule-status/status.ts';
import type { Category } from '../taxonomy/categories.ts';

export const GRADES = ['primary', 'quoted', 'summary', 'unconfirmed'] as const;
export type Grade = (typeof GRADES)[number];

export interface RequirementInfo {
  readonly id: string;
  readonly title: string;
  /** Plain-language reason the proposal asks for it. */
  readonly why: string;
  /** The source's own wording, where known. */
  readonly wording?: string;
  readonly citation: string;
  readonly grade: Grade;
  /** Collected by the provider without any form field (IP addresses and access times). */
  readonly loggedByProvider: boolean;
}

export interface AskedBy {
  readonly regimeId: string;
  /** The regime's short name ("U.S. bank CIP (31 CFR 1020.220)"). */
  readonly regimeName: string;
  readonly note: string;
  /** The citation and grade of the regime's own requirement, where the catalog names one. */
  readonly citation?: string;
  readonly grade?: Grade;
  /** Set when the regime's requirement lost its legal basis ("Its legal basis was revoked in January 2025: …"). */
  readonly basisNote?: string;
}

export type Placement =
  | { readonly kind: 'required'; readonly requirementIds: readonly string[] }
  | { readonly kind: 'beyond'; readonly askedBy: readonly AskedBy[]; readonly note?: string }
  | { readonly kind: 'not-identity' };

export interface DocumentedProfile {
  /** Identity categories the provider's documentation says its standard signup asks for. */
  readonly asked: readonly Category[];
  /** Asked only sometimes (some countries, risk-based, later or optional). */
  readonly conditional: readonly Category[];
  /** Verification step ids it documents (`sms`, `card-authorization`, …; words come from i18n). */
  readonly verification: readonly string[];
  /** Where this comes from (`owner/repo:path` or a URL without scheme). */
  readonly sources: readonly string[];
}

export interface ProviderInfo {
  readonly id: string;
  readonly displayName: string;
  readonly documented: DocumentedProfile | null;
}

export interface CatalogView {
  /**
   * The rule the requirements come from; `status` is its one-line status ("Proposed in January 2024;
   * never finalized; not in force") and `history` the dated events, note and check-again links behind it.
   */
  readonly rule: { readonly name: string; readonly citation: string; readonly status: string; readonly history: RuleStatusView };
  /** The proposal's listed requirements, in the order the popup shows them. */
  readonly requirements: readonly RequirementInfo[];
  placement(category: Category): Placement;
  provider(id: string): ProviderInfo | null;
  vendorName(vendorId: string): string | null;
}
