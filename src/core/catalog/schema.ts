// Zod schemas for the knowledge base: requirement catalogs (one per rule version), the provider
// catalog and the vendor registry. They validate the data at test and build time (tests, the
// manifest sync and the JSON Schema export); index.ts only imports their types, so the extension's
// runtime never parses its own static data.
import { z } from 'zod';
import { CATEGORIES } from '../taxonomy/categories.ts';
import { fieldTypeDef } from '../taxonomy/field-types.ts';
import { pathMatches } from './hosts.ts';

// ---------------------------------------------------------------------------------------------
// Shared pieces
// ---------------------------------------------------------------------------------------------

/** Lower-case kebab-case identifier: `ip-log`, `iaas-cip-2024`, `digitalocean`. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lower-case kebab-case (a-z, 0-9, single hyphens)');

/** A DNS hostname: lower case, at least two labels, no scheme, port, path or wildcard. */
export const HOSTNAME_RE = /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
export const HostnameSchema = z.string().regex(HOSTNAME_RE, 'a lower-case DNS hostname such as js.stripe.com');

/** `2026`, `2026-11` or `2026-11-28`. */
export const PartialDateSchema = z.string().regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD');

const text = z.string().trim().min(1);
const httpsUrl = z.url({ protocol: /^https$/, hostname: HOSTNAME_RE });

// ---------------------------------------------------------------------------------------------
// Requirement catalog
// ---------------------------------------------------------------------------------------------

export const GRADES = ['primary', 'quoted', 'summary', 'unconfirmed'] as const;
export const GradeSchema = z
  .enum(GRADES)
  .describe(
    'How sure the source is: primary = official text; quoted = words an analysis quotes as the rule’s own; summary = a secondary paraphrase; unconfirmed = not found in any source.',
  );
export type Grade = z.infer<typeof GradeSchema>;

export const STATUS_CODES = ['proposed', 'final', 'in-force', 'withdrawn', 'executive-order'] as const;
export const StatusSchema = z.object({
  code: z.enum(STATUS_CODES),
  /** Shown verbatim wherever the regime is cited. */
  text,
});
export type Status = z.infer<typeof StatusSchema>;

/** A single statement with its own grade (details, legal bases, notes). */
export const FactSchema = z.object({ text, grade: GradeSchema }).strict();
export type Fact = z.infer<typeof FactSchema>;

// The rule's own history: dated, sourced, graded events from which its status line is derived
// (src/core/rule-status). A final rule, a confirmed withdrawal or a new check is a new event, not code.
export const RULE_EVENT_KINDS = [
  /** An executive order the proposal rests on. */
  'mandate',
  'advance-notice',
  'proposed',
  'comments-closed',
  'renumbered',
  /** A legal basis of (part of) the proposal was revoked; `affects` names the requirements it carried. */
  'basis-revoked',
  'basis-review',
  'basis-stands',
  /** A search for the rule's status and what it found (or did not find). */
  'status-check',
  'withdrawn',
  'final-rule',
  'in-force',
  /** Context only (a bill, another rule): never changes the status line. */
  'related',
] as const;
export type RuleEventKind = (typeof RULE_EVENT_KINDS)[number];

export const RuleEventSchema = z
  .object({
    id: IdSchema,
    /** When it happened: `2025-01-20`, or `2025-12` / `2026` when the source gives no day. */
    date: PartialDateSchema,
    kind: z.enum(RULE_EVENT_KINDS),
    /** A few words for a timeline row or chart marker: "EO 14110 revoked by EO 14148". */
    title: text,
    /** What happened, in plain sentences. Written as fact; an unconfirmed event is qualified when shown. */
    text,
    /** A sentence for the status note, where the event belongs in it. */
    headline: text.optional(),
    /** The source's exact words (grade primary or quoted only). */
    wording: text.optional(),
    source: text,
    url: httpsUrl.optional(),
    grade: GradeSchema,
    /** When this event was last checked against its source. */
    checkedOn: PartialDateSchema,
    /** Requirement ids whose legal basis this event changes (the AI-training report for EO 14110). */
    affects: z.array(IdSchema).optional(),
  })
  .strict();
export type RuleEvent = z.infer<typeof RuleEventSchema>;

export const CheckPlaceSchema = z.object({ label: text, url: httpsUrl, note: text.optional() }).strict();
export type CheckPlace = z.infer<typeof CheckPlaceSchema>;

export const RuleHistorySchema = z
  .object({
    /** When the status as a whole was last checked (no final rule, no confirmed withdrawal found). */
    checkedOn: PartialDateSchema,
    /** Oldest first. The status line is derived from these (see src/core/rule-status). */
    events: z.array(RuleEventSchema).min(1),
    /** What the last check found, with how sure it is ("no final rule was found through mid-2026"). */
    findings: z.array(FactSchema),
    /** Related measures that are not this rule, for context screens; never part of the status line. */
    related: z.array(RuleEventSchema),
    /** The primary places to check the status again. */
    checkAgain: z.array(CheckPlaceSchema).min(1),
    /** The closing sentence of the status note. */
    footnote: text.optional(),
  })
  .strict()
  .describe('The primary regime’s history as dated, sourced, graded events; its status line is derived from them.');
export type RuleHistory = z.infer<typeof RuleHistorySchema>;

export const REGIME_ROLES = ['subject', 'mandate', 'comparison'] as const;
export const RegimeSchema = z
  .object({
    id: IdSchema,
    name: text,
    shortName: text,
    /** subject = the rule the extension maps fields to; mandate = its legal basis; comparison = shown for contrast. */
    role: z.enum(REGIME_ROLES),
    citation: text,
    grade: GradeSchema,
    /** Fixed status of a mandate or comparison regime; the primary regime's comes from `ruleHistory`. */
    status: StatusSchema.optional(),
    appliesTo: text,
    notes: z.array(FactSchema),
  })
  .strict();
export type Regime = z.infer<typeof RegimeSchema>;

export const REQUIREMENT_KINDS = ['collect', 'obligation', 'exemption', 'scope'] as const;
export const RequirementSchema = z
  .object({
    id: IdSchema,
    regimeId: IdSchema,
    /** collect = an item of customer data; obligation/exemption/scope = other provisions explained to users. */
    kind: z.enum(REQUIREMENT_KINDS),
    title: text,
    why: text.describe('Why it is asked, in two or three plain sentences a non-lawyer understands.'),
    wording: text.optional().describe('The source’s exact words; present only where known (grade primary or quoted).'),
    citation: text,
    grade: GradeSchema,
    details: z.array(FactSchema).optional(),
    /** Requirements of other regimes that cover the same item (e.g. EO 13984 (A) for name). */
    related: z.array(IdSchema).optional(),
  })
  .strict();
export type Requirement = z.infer<typeof RequirementSchema>;

export const AskedBySchema = z
  .object({ regimeId: IdSchema, requirementId: IdSchema.optional(), note: text })
  .strict();
export type AskedBy = z.infer<typeof AskedBySchema>;

export const PlacementSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('required'), requirementIds: z.array(IdSchema).min(1), note: text.optional() }).strict(),
  z
    .object({
      kind: z.literal('beyond'),
      /** Who does ask for it; empty when no rule does (then `note` says so). */
      askedBy: z.array(AskedBySchema),
      note: text.optional(),
    })
    .strict(),
  z.object({ kind: z.literal('not-identity'), note: text }).strict(),
]);
export type Placement = z.infer<typeof PlacementSchema>;

export const OpenPointSchema = z
  .object({ id: IdSchema, text, grade: z.literal('unconfirmed') })
  .strict();
export type OpenPoint = z.infer<typeof OpenPointSchema>;

export const CollectedWithoutFieldSchema = z.object({ requirementId: IdSchema, note: text }).strict();

const RequirementCatalogObject = z
  .object({
    schemaVersion: z.literal(1),
    /** Unique id of this catalog version, e.g. `2024-01-proposed`. */
    version: IdSchema,
    title: text,
    /** The date the catalog's facts were last checked. */
    asOf: PartialDateSchema,
    supersedes: IdSchema.optional().describe(
      'The version this one replaces; the current catalog is the one no other version supersedes.',
    ),
    /** The regime signup fields are mapped to. */
    primaryRegimeId: IdSchema,
    /** The primary regime's history; its status line is derived from it (src/core/rule-status). */
    ruleHistory: RuleHistorySchema,
    regimes: z.array(RegimeSchema).min(1),
    requirements: z.array(RequirementSchema).min(1),
    categoryMap: z
      .record(z.enum(CATEGORIES), PlacementSchema)
      .describe('Every field category: required (with requirement ids), beyond the listed minimum (with who does ask), or not identity data.'),
    /** Requirements met without any form field (IP addresses and access times are logged). */
    collectedWithoutField: z.array(CollectedWithoutFieldSchema),
    openPoints: z.array(OpenPointSchema),
  })
  .strict()
  .meta({
    title: 'KYC Lens requirement catalog',
    description:
      'One version of the requirement catalog: regimes with their status, requirements with source grades, the mapping of field categories to requirements, and the open points.',
  });

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const v of values) (seen.has(v) ? dup : seen).add(v);
  return [...dup];
}

export const RequirementCatalogSchema = RequirementCatalogObject.superRefine((c, ctx) => {
  const issue = (message: string, path: PropertyKey[]) => ctx.addIssue({ code: 'custom', message, path });
  for (const d of duplicates(c.regimes.map((r) => r.id))) issue(`duplicate regime id ${d}`, ['regimes']);
  for (const d of duplicates(c.requirements.map((r) => r.id))) issue(`duplicate requirement id ${d}`, ['requirements']);
  for (const d of duplicates(c.openPoints.map((p) => p.id))) issue(`duplicate open point id ${d}`, ['openPoints']);

  const regimes = new Map(c.regimes.map((r) => [r.id, r]));
  const requirements = new Map(c.requirements.map((r) => [r.id, r]));
  const primary = regimes.get(c.primaryRegimeId);
  if (!primary) issue(`primaryRegimeId ${c.primaryRegimeId} is not a regime`, ['primaryRegimeId']);
  else if (primary.status !== undefined)
    issue('the primary regime’s status is derived from ruleHistory; remove its status field', ['regimes']);
  c.regimes.forEach((r, i) => {
    if (r.id !== c.primaryRegimeId && r.status === undefined) issue(`regime ${r.id} needs a status`, ['regimes', i, 'status']);
  });

  const { ruleHistory: h } = c;
  for (const d of duplicates([...h.events, ...h.related].map((e) => e.id))) issue(`duplicate rule event id ${d}`, ['ruleHistory']);
  if (!h.events.some((e) => e.kind === 'proposed' && e.grade !== 'unconfirmed'))
    issue('ruleHistory needs a confirmed "proposed" event', ['ruleHistory', 'events']);
  const checkEvent = (e: RuleEvent, path: PropertyKey[]) => {
    if (e.wording !== undefined && e.grade !== 'primary' && e.grade !== 'quoted')
      issue(`rule event ${e.id}: exact wording needs grade primary or quoted, not ${e.grade}`, path);
    // Partial dates compare correctly as strings on their common prefix.
    if (e.checkedOn > h.checkedOn) issue(`rule event ${e.id}: checked after the status (${e.checkedOn} > ${h.checkedOn})`, path);
    for (const id of e.affects ?? [])
      if (!requirements.has(id)) issue(`rule event ${e.id}: unknown requirement ${id}`, path);
  };
  h.events.forEach((e, i) => {
    checkEvent(e, ['ruleHistory', 'events', i]);
    if (e.kind === 'related') issue(`rule event ${e.id}: related measures go in ruleHistory.related`, ['ruleHistory', 'events', i]);
    const prev = h.events[i - 1];
    if (prev && prev.date > e.date) issue(`rule events must be oldest first: ${prev.id} is after ${e.id}`, ['ruleHistory', 'events', i]);
  });
  h.related.forEach((e, i) => {
    checkEvent(e, ['ruleHistory', 'related', i]);
    if (e.kind !== 'related') issue(`rule event ${e.id}: only kind "related" belongs in ruleHistory.related`, ['ruleHistory', 'related', i]);
  });

  c.requirements.forEach((r, i) => {
    if (!regimes.has(r.regimeId)) issue(`requirement ${r.id}: unknown regime ${r.regimeId}`, ['requirements', i, 'regimeId']);
    if (r.wording !== undefined && r.grade !== 'primary' && r.grade !== 'quoted')
      issue(`requirement ${r.id}: exact wording needs grade primary or quoted, not ${r.grade}`, ['requirements', i, 'wording']);
    for (const rel of r.related ?? [])
      if (!requirements.has(rel) || rel === r.id) issue(`requirement ${r.id}: bad related id ${rel}`, ['requirements', i, 'related']);
  });

  for (const [category, placement] of Object.entries(c.categoryMap)) {
    const path = ['categoryMap', category];
    if (placement.kind === 'required') {
      for (const id of placement.requirementIds) {
        const r = requirements.get(id);
        if (!r) issue(`category ${category}: unknown requirement ${id}`, path);
        else if (r.regimeId !== c.primaryRegimeId || r.kind !== 'collect')
          issue(`category ${category}: ${id} is not a collected item of the primary regime`, path);
      }
    } else if (placement.kind === 'beyond') {
      if (placement.askedBy.length === 0 && !placement.note)
        issue(`category ${category}: beyond with no regime needs a note ("no rule asks for this")`, path);
      for (const a of placement.askedBy) {
        if (!regimes.has(a.regimeId)) issue(`category ${category}: unknown regime ${a.regimeId}`, path);
        if (a.requirementId !== undefined) {
          const r = requirements.get(a.requirementId);
          if (!r) issue(`category ${category}: unknown requirement ${a.requirementId}`, path);
          else if (r.regimeId !== a.regimeId)
            issue(`category ${category}: ${a.requirementId} belongs to ${r.regimeId}, not ${a.regimeId}`, path);
        }
      }
    }
  }

  c.collectedWithoutField.forEach((w, i) => {
    if (!requirements.has(w.requirementId))
      issue(`collectedWithoutField: unknown requirement ${w.requirementId}`, ['collectedWithoutField', i]);
  });
});
export type RequirementCatalog = z.infer<typeof RequirementCatalogSchema>;
export type RequirementCatalogInput = z.input<typeof RequirementCatalogSchema>;

/** The list of catalog versions: unique ids, known predecessors, exactly one current head. */
export const RequirementCatalogListSchema = z.array(RequirementCatalogSchema).min(1).superRefine((list, ctx) => {
  const ids = new Set(list.map((c) => c.version));
  for (const d of duplicates(list.map((c) => c.version))) ctx.addIssue({ code: 'custom', message: `duplicate catalog version ${d}` });
  for (const c of list)
    if (c.supersedes !== undefined && !ids.has(c.supersedes))
      ctx.addIssue({ code: 'custom', message: `catalog ${c.version} supersedes unknown version ${c.supersedes}` });
  const superseded = new Set(list.flatMap((c) => (c.supersedes ? [c.supersedes] : [])));
  const heads = list.filter((c) => !superseded.has(c.version));
  if (heads.length !== 1)
    ctx.addIssue({ code: 'custom', message: `exactly one catalog version must be current, found ${heads.map((h) => h.version).join(', ') || 'none'}` });
});

// ---------------------------------------------------------------------------------------------
// Provider catalog
// ---------------------------------------------------------------------------------------------

export const RELIABILITY = ['documented', 'third-party', 'guess'] as const;
export const SourceSchema = z
  .object({
    /** `owner/repo:path` or a URL without scheme, as cited in the provider research. */
    ref: text,
    /** The page's own date where one was shown (`dateKind: page`), else when the fact was gathered. */
    date: PartialDateSchema,
    dateKind: z.enum(['page', 'gathered']),
    reliability: z
      .enum(RELIABILITY)
      .describe('documented = the provider’s own docs; third-party = a guide, blog or issue; guess = not backed by a source.'),
  })
  .strict();
export type Source = z.infer<typeof SourceSchema>;

export const PROVIDER_KINDS = ['hyperscaler', 'developer-cloud', 'vps', 'storage', 'paas', 'gpu-cloud', 'edge'] as const;
export const HOST_ROLES = ['signup', 'console', 'login'] as const;

/**
 * A path of a match pattern (`/billing/signup*`): `*` stands for any characters, and the pattern is
 * matched against the path and query of a URL, as browsers match content scripts.
 */
export const PathPatternSchema = z
  .string()
  .regex(/^\/[A-Za-z0-9/_.~%*-]*$/, 'a path such as /signup* (letters, digits, / _ . ~ % - and *)')
  .max(200);

export const ProviderHostSchema = z
  .object({
    host: HostnameSchema,
    role: z
      .enum(HOST_ROLES)
      .describe('signup hosts are where the extension runs (the manifest); console and login hosts are only recognised.'),
    /**
     * Signup hosts: the paths of the signup, registration, verification and first-billing pages,
     * the only ones the content script runs on (`/*` only for a host that serves nothing else):
     * a console is where people work, and what they type there is none of our business.
     */
    paths: z.array(PathPatternSchema).min(1).max(20).optional(),
    source: SourceSchema,
    note: text.optional(),
  })
  .strict()
  .refine((h) => (h.role === 'signup') === (h.paths !== undefined), 'signup hosts list their signup paths; other hosts list none');

export const HostPatternSchema = z
  .object({
    /** `*.console.aws.amazon.com`: any subdomain; recognised, never injected into. */
    pattern: z.string().regex(/^\*\.(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, '*.<hostname>'),
    role: z.enum(HOST_ROLES),
    source: SourceSchema,
  })
  .strict();

export const RelatedHostSchema = z
  .object({
    host: HostnameSchema,
    /** Why it is not matched: shared by the provider's other services, legacy, or an own asset host. */
    note: text,
    source: SourceSchema,
  })
  .strict();

export const SignupUrlSchema = z
  .object({ url: httpsUrl, status: z.enum(['current', 'legacy']), source: SourceSchema, note: text.optional() })
  .strict();

export const THIRD_PARTY_ROLES = ['payment', 'identity-verification', 'captcha', 'bank-3ds'] as const;
export const ThirdPartyHostSchema = z
  .object({
    /** The host seen in the flow, where known. */
    host: HostnameSchema.optional(),
    vendorId: IdSchema.optional(),
    role: z.enum(THIRD_PARTY_ROLES),
    source: SourceSchema,
    note: text.optional(),
  })
  .strict()
  .refine(
    (h) => h.host !== undefined || h.vendorId !== undefined || h.note !== undefined,
    'a third-party entry needs a host, a vendorId or a note saying what is unknown',
  );

export const PRESENCE = ['asked', 'conditional', 'not-asked'] as const;
export const DocumentedFieldSchema = z
  .object({
    category: z.enum(CATEGORIES),
    /** Finer field types from the taxonomy, where the source names them. */
    fieldTypes: z.array(z.string()).optional(),
    presence: z
      .enum(PRESENCE)
      .describe('asked = standard flow; conditional = some countries, risk-based, later or optional; not-asked = the sources say no.'),
    note: text.optional(),
    source: SourceSchema,
  })
  .strict();
export type DocumentedField = z.infer<typeof DocumentedFieldSchema>;

export const VERIFICATION_STEPS = [
  /** An email check whose form (code or link) the source does not say. */
  'email',
  'email-code',
  'email-link',
  'sms',
  'voice',
  'captcha',
  'card-authorization',
  '3ds',
  'statement-code',
  'id-document',
  'selfie',
  'proof-of-address',
  'card-photo',
  'manual-review',
  'sanctions-screening',
  'mfa',
  'oauth',
  'invite',
  'prepaid-credit',
  'bank-authorization',
] as const;
export const DocumentedStepSchema = z
  .object({
    step: z.enum(VERIFICATION_STEPS),
    presence: z.enum(['always', 'conditional']),
    note: text.optional(),
    source: SourceSchema,
  })
  .strict();
export type DocumentedStep = z.infer<typeof DocumentedStepSchema>;

export const ProviderSchema = z
  .object({
    id: IdSchema,
    displayName: text,
    homepage: httpsUrl,
    kind: z.enum(PROVIDER_KINDS),
    /** ISO 3166-1 alpha-2 country of the headquarters. */
    headquarters: z.string().regex(/^[A-Z]{2}$/),
    /** A provider this one belongs to (Paperspace → DigitalOcean). */
    parentId: IdSchema.optional(),
    /** How well the research backs this entry overall (solid / medium / weak). */
    evidence: z.enum(['solid', 'medium', 'weak']),
    hosts: z.array(ProviderHostSchema).min(1),
    hostPatterns: z.array(HostPatternSchema).optional(),
    relatedHosts: z.array(RelatedHostSchema).optional(),
    signupUrls: z.array(SignupUrlSchema).min(1),
    thirdPartyHosts: z.array(ThirdPartyHostSchema),
    documented: z
      .object({ fields: z.array(DocumentedFieldSchema), verification: z.array(DocumentedStepSchema) })
      .strict()
      .describe('What the provider’s documentation (or a third party) says; never what the extension observed.'),
    notes: z.array(text).optional(),
  })
  .strict()
  .superRefine((p, ctx) => {
    if (!p.hosts.some((h) => h.role === 'signup'))
      ctx.addIssue({ code: 'custom', message: `provider ${p.id} has no signup host`, path: ['hosts'] });
    const own = new Set(p.hosts.map((h) => h.host));
    p.signupUrls.forEach((u, i) => {
      const host = new URL(u.url).hostname;
      if (u.status === 'current' && !p.hosts.some((h) => h.host === host && h.role === 'signup'))
        ctx.addIssue({ code: 'custom', message: `provider ${p.id}: signup URL host ${host} is not a signup host`, path: ['signupUrls', i] });
      else if (u.status === 'current' && !p.hosts.some((h) => h.host === host && (h.paths ?? []).some((path) => pathMatches(u.url, path))))
        ctx.addIssue({ code: 'custom', message: `provider ${p.id}: signup URL ${u.url} is outside its host's signup paths`, path: ['signupUrls', i] });
    });
    for (const r of p.relatedHosts ?? [])
      if (own.has(r.host))
        ctx.addIssue({ code: 'custom', message: `provider ${p.id}: ${r.host} is both a host and a related host`, path: ['relatedHosts'] });
    p.documented.fields.forEach((f, i) => {
      for (const t of f.fieldTypes ?? []) {
        const def = fieldTypeDef(t);
        if (!def) ctx.addIssue({ code: 'custom', message: `provider ${p.id}: unknown field type ${t}`, path: ['documented', 'fields', i] });
        else if (def.category !== f.category)
          ctx.addIssue({ code: 'custom', message: `provider ${p.id}: field type ${t} is ${def.category}, not ${f.category}`, path: ['documented', 'fields', i] });
      }
    });
  });
export type Provider = z.infer<typeof ProviderSchema>;
export type ProviderInput = z.input<typeof ProviderSchema>;

export const ProviderCatalogSchema = z
  .object({
    schemaVersion: z.literal(1),
    /** When the provider research was gathered (the default date of undated facts). */
    gatheredAt: PartialDateSchema,
    providers: z.array(ProviderSchema).min(1),
  })
  .strict()
  .meta({
    title: 'KYC Lens provider catalog',
    description:
      'Cloud providers with their signup, console and login hosts, and the fields and verification steps their documentation describes (documented, not observed), each with source, date and reliability.',
  })
  .superRefine((c, ctx) => {
    for (const d of duplicates(c.providers.map((p) => p.id))) ctx.addIssue({ code: 'custom', message: `duplicate provider id ${d}` });
    const owner = new Map<string, string>();
    for (const p of c.providers) {
      const hosts = new Set([...p.hosts.map((h) => h.host), ...(p.relatedHosts ?? []).map((h) => h.host)]);
      for (const h of hosts) {
        const other = owner.get(h);
        if (other) ctx.addIssue({ code: 'custom', message: `host ${h} is claimed by ${other} and ${p.id}` });
        else owner.set(h, p.id);
      }
    }
    const ids = new Set(c.providers.map((p) => p.id));
    for (const p of c.providers)
      if (p.parentId !== undefined && (!ids.has(p.parentId) || p.parentId === p.id))
        ctx.addIssue({ code: 'custom', message: `provider ${p.id}: unknown parent ${p.parentId}` });
  });
export type ProviderCatalog = z.infer<typeof ProviderCatalogSchema>;
export type ProviderCatalogInput = z.input<typeof ProviderCatalogSchema>;

// ---------------------------------------------------------------------------------------------
// Vendor registry (payment, identity verification, captcha)
// ---------------------------------------------------------------------------------------------

export const VENDOR_ROLES = ['payment', 'identity-verification', 'captcha'] as const;
export const VendorDomainSchema = z
  .object({
    domain: HostnameSchema.describe('Matches this host and all its subdomains.'),
    /** Only for shared hosts (www.google.com): match URLs whose path starts with this. */
    pathPrefix: z.string().regex(/^\/\S*$/).optional(),
    confidence: z
      .enum(['confident', 'uncertain'])
      .describe('confident = known to belong to the vendor; uncertain = believed, not checked.'),
    note: text.optional(),
  })
  .strict();

export const VendorSchema = z
  .object({
    id: IdSchema,
    displayName: text,
    role: z.enum(VENDOR_ROLES),
    homepage: httpsUrl,
    domains: z.array(VendorDomainSchema).min(1),
    note: text.optional(),
  })
  .strict();
export type Vendor = z.infer<typeof VendorSchema>;
export type VendorInput = z.input<typeof VendorSchema>;

export const VendorRegistrySchema = z
  .object({ schemaVersion: z.literal(1), vendors: z.array(VendorSchema).min(1) })
  .strict()
  .meta({
    title: 'KYC Lens vendor registry',
    description:
      'Third-party payment processors, identity-verification vendors and captcha services, with the domains their frames and scripts load from.',
  })
  .superRefine((r, ctx) => {
    for (const d of duplicates(r.vendors.map((v) => v.id))) ctx.addIssue({ code: 'custom', message: `duplicate vendor id ${d}` });
    const keys = r.vendors.flatMap((v) => v.domains.map((d) => `${d.domain}${d.pathPrefix ?? ''}`));
    for (const d of duplicates(keys)) ctx.addIssue({ code: 'custom', message: `domain ${d} is listed twice` });
  });
export type VendorRegistry = z.infer<typeof VendorRegistrySchema>;
export type VendorRegistryInput = z.input<typeof VendorRegistrySchema>;
