// Providers side by side: one row per provider from its latest snapshot, one column per KYC category.
// Each cell says what the flow was observed to ask (required, optional, absent) with the fields that
// show it, and — as a second layer — what the provider's documentation says (from the catalog).
import { impactScore, type ImpactLevel } from '../score/index.ts';
import { type Category, IDENTITY_CATEGORIES } from '../taxonomy/categories.ts';
import { categoriesAsked, vendorCategory } from '../flow/categories-asked.ts';
import { type CategoryStatus, providerKey, type Snapshot } from './snapshot.ts';

export type DocumentedStatus = 'asked' | 'conditional' | 'not-asked' | 'unknown';

/** The part of a provider catalog entry the comparison reads (the catalog's Provider satisfies it). */
export interface ProviderDocs {
  displayName: string;
  kind: string;
  documented: { fields: readonly { category: Category; presence: 'asked' | 'conditional' | 'not-asked'; note?: string }[] };
}
export type DocsLookup = (providerId: string) => ProviderDocs | undefined;

export interface CellEvidence {
  kind: 'field' | 'vendor';
  label: string;
  fieldType: string;
  required: boolean;
  stepIndex: number;
  stepTitle: string;
  requirements: string[];
  signals: string[];
}

export interface CompareCell {
  category: Category;
  observed: CategoryStatus;
  /** True when only a vendor frame stands for the category (its fields are hidden in the frame). */
  viaVendor: boolean;
  documented: DocumentedStatus;
  documentedNote: string;
  /** observed vs documented: agree, seen but not documented, documented but not seen, or no documentation. */
  agreement: 'agree' | 'observed-only' | 'documented-only' | 'no-docs';
  evidence: CellEvidence[];
}

export interface CompareRow {
  key: string;
  providerId: string | null;
  name: string;
  kind: string | null;
  snapshotId: string;
  savedAt: number;
  url: string;
  impact: number;
  impactLevel: ImpactLevel;
  observedCount: number;
  cells: CompareCell[];
}

export const COMPARE_SORTS = ['impact', 'name', 'categories'] as const;
export type CompareSort = (typeof COMPARE_SORTS)[number];

export interface CompareOptions {
  sort?: CompareSort;
  /** Only providers of this kind ('unknown' for sites outside the catalog). */
  kind?: string | null;
  categories?: readonly Category[];
}

export interface CompareMatrix {
  categories: Category[];
  rows: CompareRow[];
  /** Every kind present before filtering, for the filter control. */
  kinds: string[];
}

/** The newest snapshot of each provider. */
export function latestPerProvider(snapshots: readonly Snapshot[]): Snapshot[] {
  const latest = new Map<string, Snapshot>();
  for (const s of snapshots) {
    const key = providerKey(s);
    const prev = latest.get(key);
    if (!prev || s.savedAt > prev.savedAt || (s.savedAt === prev.savedAt && s.id > prev.id)) latest.set(key, s);
  }
  return [...latest.values()];
}

function documentedStatus(docs: ProviderDocs | undefined, category: Category): { status: DocumentedStatus; note: string } {
  if (!docs) return { status: 'unknown', note: '' };
  const entries = docs.documented.fields.filter((f) => f.category === category);
  if (entries.length === 0) return { status: 'unknown', note: '' };
  const note = entries.flatMap((e) => (e.note ? [e.note] : [])).join(' ');
  const status = entries.some((e) => e.presence === 'asked')
    ? 'asked'
    : entries.some((e) => e.presence === 'conditional')
      ? 'conditional'
      : 'not-asked';
  return { status, note };
}

function agreementOf(observed: CategoryStatus, documented: DocumentedStatus): CompareCell['agreement'] {
  if (documented === 'unknown') return 'no-docs';
  const seen = observed !== 'absent';
  const documentedSeen = documented !== 'not-asked';
  if (seen === documentedSeen) return 'agree';
  return seen ? 'observed-only' : 'documented-only';
}

function rowFor(s: Snapshot, docsLookup: DocsLookup, categories: readonly Category[]): CompareRow {
  const docs = s.provider.id ? docsLookup(s.provider.id) : undefined;
  const asked = new Map(categoriesAsked(s).map((a) => [a.category, a]));
  const stepTitle = (i: number) => s.steps.find((st) => st.index === i)?.title ?? `Step ${i + 1}`;
  const cells = categories.map((category): CompareCell => {
    const evidence: CellEvidence[] = s.fields
      .filter((f) => f.category === category)
      .map((f) => ({
        kind: 'field',
        label: f.label,
        fieldType: f.fieldType,
        required: f.required,
        stepIndex: f.stepIndex,
        stepTitle: stepTitle(f.stepIndex),
        requirements: f.requirements,
        signals: f.evidence,
      }));
    // The vendor frames that stand for the category (a script alone does not: categories-asked.ts).
    const vendors = s.vendors.filter((v) => v.via !== 'script' && vendorCategory(v.role) === category);
    for (const v of vendors)
      evidence.push({
        kind: 'vendor',
        label: v.vendorId,
        fieldType: v.role,
        required: true,
        stepIndex: v.stepIndex,
        stepTitle: stepTitle(v.stepIndex),
        requirements: [],
        signals: [`${v.via} from ${v.origin}`],
      });
    const observed: CategoryStatus = asked.get(category)?.status ?? 'absent';
    const viaVendor = asked.get(category)?.source === 'vendor';
    const doc = documentedStatus(docs, category);
    return {
      category,
      observed,
      viaVendor,
      documented: doc.status,
      documentedNote: doc.note,
      agreement: agreementOf(observed, doc.status),
      evidence,
    };
  });
  const score = impactScore(s.fields, s.vendors);
  return {
    key: providerKey(s),
    providerId: s.provider.id,
    name: docs?.displayName ?? s.provider.name,
    kind: docs?.kind ?? s.provider.kind,
    snapshotId: s.id,
    savedAt: s.savedAt,
    url: s.url,
    impact: score.score,
    impactLevel: score.level,
    observedCount: cells.filter((c) => c.observed !== 'absent').length,
    cells,
  };
}

const byName = (a: CompareRow, b: CompareRow) => a.name.localeCompare(b.name, 'en') || (a.key < b.key ? -1 : 1);

export function compareMatrix(snapshots: readonly Snapshot[], docsLookup: DocsLookup, options: CompareOptions = {}): CompareMatrix {
  const categories = [...(options.categories ?? IDENTITY_CATEGORIES)];
  const all = latestPerProvider(snapshots).map((s) => rowFor(s, docsLookup, categories));
  const kinds = [...new Set(all.map((r) => r.kind ?? 'unknown'))].sort();
  const rows = options.kind ? all.filter((r) => (r.kind ?? 'unknown') === options.kind) : all;
  const sort = options.sort ?? 'impact';
  rows.sort(
    sort === 'name'
      ? byName
      : sort === 'categories'
        ? (a, b) => b.observedCount - a.observedCount || byName(a, b)
        : (a, b) => b.impact - a.impact || byName(a, b),
  );
  return { categories, rows, kinds };
}
