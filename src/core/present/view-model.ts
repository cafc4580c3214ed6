// The popup's view model: a TabFlow grouped into what the proposal lists (by requirement), what goes
// beyond its listed minimum, and what is not identity data, with the why-texts and citations from
// the catalog. Pure: the popup, the Markdown export and the tests all read this one structure.
import type { Flow, FlowStep, ObservedField, ObservedVendor } from '../flow/model.ts';
import { type ImpactScore, impactScore, scoreOfCategories } from '../score/index.ts';
import { CATEGORIES, type Category, IDENTITY_CATEGORIES } from '../taxonomy/categories.ts';
import { fieldTypeDef } from '../taxonomy/field-types.ts';
import type { AskedBy, CatalogView, RequirementInfo } from './catalog-view.ts';

export interface FieldView {
  readonly key: string;
  /** The label as the page shows it, or the field type's title when the page shows none. */
  readonly label: string;
  readonly labelShown: boolean;
  readonly fieldType: string;
  readonly category: Category;
  readonly required: boolean;
  /** 1-based step number, as people count. */
  readonly step: number;
  readonly stepName: string;
  /** Set when the field sits in a cross-origin frame. */
  readonly frameOrigin?: string;
}

export interface VendorView {
  readonly vendorId: string;
  readonly name: string;
  readonly role: ObservedVendor['role'];
  readonly origin: string;
  readonly via: ObservedVendor['via'];
  readonly step: number;
}

export interface RequirementGroup {
  readonly requirement: RequirementInfo;
  readonly fields: readonly FieldView[];
  /** Payment processors' frames count here for "Means and source of payment". */
  readonly vendors: readonly VendorView[];
  /** Shown once a field (or vendor frame) answers it, or always when the provider logs it itself. */
  readonly answered: boolean;
}

export interface BeyondGroup {
  readonly category: Category;
  readonly fields: readonly FieldView[];
  /** Identity-verification vendors, for identity documents and selfies. */
  readonly vendors: readonly VendorView[];
  /** Which rules do ask for it; empty means no rule asks for this. */
  readonly askedBy: readonly AskedBy[];
  /** The catalog's note when no rule asks for it. */
  readonly note?: string;
}

export interface NotIdentityGroup {
  readonly category: Category;
  readonly fields: readonly FieldView[];
  readonly vendors: readonly VendorView[];
}

export interface DocumentedVsObserved {
  /** Documented as asked in the standard flow. */
  readonly documented: readonly Category[];
  /** Documented as asked only sometimes. */
  readonly conditional: readonly Category[];
  readonly observed: readonly Category[];
  /** Seen in this flow although the provider's documentation does not mention it at all. */
  readonly observedNotDocumented: readonly Category[];
  /** Documented as always asked but not (yet) seen in this flow. */
  readonly documentedNotObserved: readonly Category[];
  readonly verification: readonly string[];
  readonly sources: readonly string[];
}

export interface StepView {
  readonly step: number;
  readonly name: string;
  readonly url: string;
}

export interface PopupView {
  readonly provider: { readonly id: string; readonly name: string } | null;
  readonly rule: CatalogView['rule'];
  readonly steps: readonly StepView[];
  readonly requirements: readonly RequirementGroup[];
  readonly beyond: readonly BeyondGroup[];
  readonly notIdentity: readonly NotIdentityGroup[];
  readonly impact: ImpactScore;
  /** The score a flow asking exactly the proposal's listed minimum would get, for comparison. */
  readonly minimumScore: number;
  readonly documented: DocumentedVsObserved | null;
  /** A page had more fields than the extension reads (or the flow hit its cap): some may be missing. */
  readonly truncated: boolean;
  readonly counts: {
    readonly fields: number;
    readonly identityFields: number;
    readonly requirementsAnswered: number;
    readonly requirementsTotal: number;
    readonly beyondCategories: number;
  };
}

function stepName(step: FlowStep | undefined): string {
  if (!step) return '';
  return step.headings.find((h) => h.trim())?.trim() ?? step.title.trim();
}

function fieldView(f: ObservedField, steps: ReadonlyMap<number, FlowStep>): FieldView {
  const label = f.label.trim();
  const view: FieldView = {
    key: f.key,
    label: label || (fieldTypeDef(f.fieldType)?.title ?? f.fieldType),
    labelShown: label !== '',
    fieldType: f.fieldType,
    category: f.category,
    required: f.required,
    step: f.stepIndex + 1,
    stepName: stepName(steps.get(f.stepIndex)),
  };
  return f.frameOrigin ? { ...view, frameOrigin: f.frameOrigin } : view;
}

function vendorView(v: ObservedVendor, catalog: CatalogView): VendorView {
  return {
    vendorId: v.vendorId,
    name: catalog.vendorName(v.vendorId) ?? v.vendorId,
    role: v.role,
    origin: v.origin,
    via: v.via,
    step: v.stepIndex + 1,
  };
}

const byStep = (a: { step: number }, b: { step: number }) => a.step - b.step;

/** The proposal's categories: the ones whose placement is a requirement. */
export function minimumCategories(catalog: CatalogView): Category[] {
  return IDENTITY_CATEGORIES.filter((c) => catalog.placement(c).kind === 'required');
}

export function buildView(flow: Flow, catalog: CatalogView): PopupView {
  const steps = new Map(flow.steps.map((s) => [s.index, s]));
  const fields = flow.fields.map((f) => fieldView(f, steps)).sort(byStep);
  const fieldsByKey = new Map(flow.fields.map((f) => [f.key, f]));
  const vendors = flow.vendors.map((v) => vendorView(v, catalog)).sort(byStep);
  // A vendor seen on several steps is listed once, at the first step it appeared.
  const uniqueVendors = vendors.filter((v, i) => vendors.findIndex((w) => w.vendorId === v.vendorId && w.role === v.role) === i);

  const knownRequirements = new Set(catalog.requirements.map((r) => r.id));
  const requirementFields = new Map<string, FieldView[]>(catalog.requirements.map((r) => [r.id, []]));
  const byCategory = new Map<Category, FieldView[]>();
  for (const fv of fields) {
    const placement = catalog.placement(fv.category);
    if (placement.kind === 'required') {
      // The classifier's own requirement ids win; the category's placement is the fallback.
      const own = (fieldsByKey.get(fv.key)?.requirements ?? []).filter((id) => knownRequirements.has(id));
      for (const id of own.length ? own : placement.requirementIds) requirementFields.get(id)?.push(fv);
    } else {
      const list = byCategory.get(fv.category) ?? [];
      list.push(fv);
      byCategory.set(fv.category, list);
    }
  }

  const paymentVendors = uniqueVendors.filter((v) => v.role === 'payment');
  const requirements: RequirementGroup[] = catalog.requirements.map((requirement) => {
    const own = requirementFields.get(requirement.id) ?? [];
    const placedPayment = catalog.placement('payment');
    const isPayment = placedPayment.kind === 'required' && placedPayment.requirementIds.includes(requirement.id);
    const rv = isPayment ? paymentVendors : [];
    return {
      requirement,
      fields: own,
      vendors: rv,
      answered: requirement.loggedByProvider || own.length > 0 || rv.length > 0,
    };
  });

  const idVendors = uniqueVendors.filter((v) => v.role === 'identity-verification');
  const beyond: BeyondGroup[] = [];
  const notIdentity: NotIdentityGroup[] = [];
  for (const category of CATEGORIES) {
    const placement = catalog.placement(category);
    if (placement.kind === 'required') continue;
    const own = byCategory.get(category) ?? [];
    if (placement.kind === 'beyond') {
      const cv = category === 'identity-document' ? idVendors : [];
      if (own.length || cv.length) {
        const group: BeyondGroup = { category, fields: own, vendors: cv, askedBy: placement.askedBy };
        beyond.push(placement.note ? { ...group, note: placement.note } : group);
      }
    } else {
      const cv = category === 'credentials' ? uniqueVendors.filter((v) => v.role === 'captcha') : [];
      if (own.length || cv.length) notIdentity.push({ category, fields: own, vendors: cv });
    }
  }

  const impact = impactScore(flow.fields, flow.vendors);
  const observed = new Set<Category>(impact.contributions.map((c) => c.category));
  const provider = flow.providerId ? catalog.provider(flow.providerId) : null;
  const doc = provider?.documented;
  const documented: DocumentedVsObserved | null = doc
    ? {
        documented: doc.asked,
        conditional: doc.conditional,
        observed: IDENTITY_CATEGORIES.filter((c) => observed.has(c)),
        observedNotDocumented: IDENTITY_CATEGORIES.filter(
          (c) => observed.has(c) && !doc.asked.includes(c) && !doc.conditional.includes(c),
        ),
        documentedNotObserved: doc.asked.filter((c) => !observed.has(c)),
        verification: doc.verification,
        sources: doc.sources,
      }
    : null;

  return {
    provider: provider ? { id: provider.id, name: provider.displayName } : flow.providerId ? { id: flow.providerId, name: flow.providerId } : null,
    rule: catalog.rule,
    steps: [...flow.steps].sort((a, b) => a.index - b.index).map((s) => ({ step: s.index + 1, name: stepName(s), url: s.url })),
    requirements,
    beyond,
    notIdentity,
    impact,
    minimumScore: scoreOfCategories(minimumCategories(catalog)).score,
    documented,
    truncated: flow.truncated === true,
    counts: {
      fields: fields.length,
      identityFields: fields.filter((f) => IDENTITY_CATEGORIES.includes(f.category)).length,
      requirementsAnswered: requirements.filter((r) => r.answered).length,
      requirementsTotal: requirements.length,
      beyondCategories: beyond.length,
    },
  };
}
