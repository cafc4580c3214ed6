import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { REQUIREMENT_CATALOGS } from '../../../src/core/catalog/data/requirement-catalogs.ts';
import { REQUIREMENTS_2024_PROPOSED } from '../../../src/core/catalog/data/requirements-2024-proposed.ts';
import {
  categoryPlacement,
  currentCatalog,
  regimeById,
  requirementById,
  requirementsForCategory,
} from '../../../src/core/catalog/index.ts';
import {
  type RequirementCatalog,
  RequirementCatalogListSchema,
  RequirementCatalogSchema,
} from '../../../src/core/catalog/schema.ts';
import { selectCurrentCatalog } from '../../../src/core/catalog/versions.ts';
import { CATEGORIES } from '../../../src/core/taxonomy/categories.ts';

const clone = (): RequirementCatalog => structuredClone(REQUIREMENTS_2024_PROPOSED);
const messages = (c: unknown) => {
  const r = RequirementCatalogSchema.safeParse(c);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

// The shared ground-truth document, when this checkout sits next to it (it is not copied into the repo).
const KYC_RULE_DOC = fileURLToPath(new URL('../../../../shared/docs/kyc-rule.md', import.meta.url));
const kycRuleText = existsSync(KYC_RULE_DOC) ? readFileSync(KYC_RULE_DOC, 'utf8').replace(/\s+/g, ' ') : null;

describe('requirement catalog data', () => {
  it('every catalog version parses, and the list has exactly one current version', () => {
    expect(RequirementCatalogListSchema.safeParse(REQUIREMENT_CATALOGS).error?.issues ?? []).toEqual([]);
    for (const c of REQUIREMENT_CATALOGS) expect(messages(c)).toEqual([]);
  });

  it('the current catalog is the 2024 proposal; only the mandate and comparison regimes carry a fixed status', () => {
    const c = currentCatalog();
    expect(c.version).toBe('2024-01-proposed');
    expect(regimeById('iaas-cip-2024')?.status).toBeUndefined();
    for (const r of c.regimes.filter((r) => r.id !== c.primaryRegimeId)) expect(r.status?.text.length).toBeGreaterThan(10);
    expect(c.ruleHistory.checkedOn).toBe('2026-12-07');
  });

  it('has the three regimes and the requirement ids other modules rely on', () => {
    expect(currentCatalog().regimes.map((r) => r.id)).toEqual(['iaas-cip-2024', 'eo-13984', 'bank-cip']);
    for (const id of [
      'name',
      'address',
      'payment',
      'email',
      'phone',
      'ip-log',
      'beneficial-owners',
      'verification',
      'retention',
      'foreign-resellers',
      'ai-training-report',
    ])
      expect(requirementById(id)?.regimeId, id).toBe('iaas-cip-2024');
    expect(requirementById('eo-13984-identity')?.regimeId).toBe('eo-13984');
    expect(requirementById('bank-cip-date-of-birth')?.regimeId).toBe('bank-cip');
    expect(requirementById('nope')).toBeUndefined();
  });

  it('quotes EO 13984 §1(a)(ii)(A)–(D) word for word', () => {
    expect(requirementById('eo-13984-identity')?.wording).toBe(
      "(A) the identity of such foreign person and the person's information, including name, national identification number, and address;",
    );
    expect(requirementById('eo-13984-payment')?.wording).toBe(
      '(B) means and source of payment (including any associated financial institution and other identifiers such as credit card number, account number, customer identifier, transaction identifiers, or virtual currency wallet or wallet address identifier);',
    );
    expect(requirementById('eo-13984-contact')?.wording).toBe(
      "(C) electronic mail address and telephonic contact information, used to verify a foreign person's identity; and",
    );
    expect(requirementById('eo-13984-ip-log')?.wording).toBe(
      "(D) internet Protocol addresses used for access or administration and the date and time of each such access or administrative action, related to ongoing verification of such foreign person's ownership of such an Account",
    );
    for (const id of ['eo-13984-identity', 'eo-13984-payment', 'eo-13984-contact', 'eo-13984-ip-log'])
      expect(requirementById(id)?.grade).toBe('primary');
  });

  it.skipIf(kycRuleText === null)('every exact wording (primary or quoted) appears verbatim in kyc-rule.md', () => {
    const withWording = currentCatalog().requirements.filter((r) => r.wording !== undefined);
    expect(withWording.length).toBeGreaterThanOrEqual(8);
    for (const r of withWording) expect(kycRuleText, r.id).toContain(r.wording);
    const h = currentCatalog().ruleHistory;
    const eventWordings = [...h.events, ...h.related].flatMap((e) => (e.wording ? [[e.id, e.wording] as const] : []));
    expect(eventWordings.map(([id]) => id)).toEqual(['eo-14110-revoked', 'eo-13984-stands']);
    for (const [id, wording] of eventWordings) expect(kycRuleText, id).toContain(wording);
  });

  it.skipIf(kycRuleText === null)('every passage in quotation marks, in requirements, details and rule events, appears verbatim in kyc-rule.md', () => {
    const c = currentCatalog();
    const h = c.ruleHistory;
    const texts = [
      ...c.requirements.flatMap((r) => [r.why, ...(r.details ?? []).map((d) => d.text)]),
      ...[...h.events, ...h.related].flatMap((e) => [e.title, e.text, e.headline ?? '', e.source]),
      ...h.findings.map((f) => f.text),
      h.footnote ?? '',
    ];
    const quoted = texts.flatMap((t) => [...t.matchAll(/"([^"]+)"/g)].map((m) => m[1]!));
    // The proposal's title, the three verification duties, the ADP and certification quotes, "Withdrawn", "rule", ...
    expect(quoted.length).toBeGreaterThanOrEqual(10);
    for (const q of quoted) expect(kycRuleText, q).toContain(q.replace(/\s+/g, ' '));
  });

  it('every requirement explains itself in two or three plain sentences', () => {
    const sentences = (t: string) =>
      t
        .replace(/U\.S\./g, 'US')
        .split(/[.!?](?:\s|$)/)
        .filter((s) => s.trim()).length;
    for (const r of currentCatalog().requirements) {
      expect(sentences(r.why), `${r.id}: ${r.why}`).toBeGreaterThanOrEqual(2);
      expect(sentences(r.why), `${r.id}: ${r.why}`).toBeLessThanOrEqual(3);
    }
  });
});

describe('category mapping', () => {
  it('maps every one of the 14 categories', () => {
    expect(Object.keys(currentCatalog().categoryMap).sort()).toEqual([...CATEGORIES].sort());
    for (const c of CATEGORIES) expect(['required', 'beyond', 'not-identity']).toContain(categoryPlacement(c).kind);
  });

  it('marks the proposal’s listed items as required, one requirement each', () => {
    for (const c of ['name', 'address', 'payment', 'email', 'phone'] as const) {
      expect(categoryPlacement(c)).toMatchObject({ kind: 'required', requirementIds: [c] });
      expect(requirementsForCategory(c)).toEqual([c]);
    }
  });

  it('marks date of birth and ID numbers as beyond the minimum, naming who does ask', () => {
    const asked = (c: (typeof CATEGORIES)[number]) => {
      const p = categoryPlacement(c);
      return p.kind === 'beyond' ? p.askedBy.map((a) => a.regimeId) : null;
    };
    expect(asked('date-of-birth')).toEqual(['bank-cip']);
    expect(asked('government-id')).toEqual(['eo-13984', 'bank-cip']);
    expect(asked('identity-document')).toEqual(['iaas-cip-2024', 'eo-13984']);
    expect(asked('intended-use')).toEqual(['iaas-cip-2024']);
    for (const c of ['nationality', 'tax-id', 'organization'] as const) expect(asked(c)?.length).toBeGreaterThan(0);
    const intended = categoryPlacement('intended-use');
    expect(intended.kind === 'beyond' && intended.askedBy[0]?.requirementId).toBe('ai-training-report');
    for (const c of ['date-of-birth', 'government-id', 'identity-document', 'intended-use'] as const)
      expect(requirementsForCategory(c)).toEqual([]);
  });

  it('marks credentials and other as not identity data', () => {
    expect(categoryPlacement('credentials').kind).toBe('not-identity');
    expect(categoryPlacement('other').kind).toBe('not-identity');
  });

  it('always lists the IP log as collected without a form field', () => {
    expect(currentCatalog().collectedWithoutField.map((w) => w.requirementId)).toEqual(['ip-log']);
    expect(currentCatalog().collectedWithoutField[0]?.note).toMatch(/without a form field/);
  });
});

describe('unconfirmed points stay unconfirmed', () => {
  it('keeps the open points as data, all graded unconfirmed', () => {
    const ids = currentCatalog().openPoints.map((p) => p.id);
    for (const id of ['section-numbers', 'definitions', 'verification-documents', 'retention-whichever-later', 'ai-training-thresholds', 'final-status'])
      expect(ids).toContain(id);
    for (const p of currentCatalog().openPoints) expect(p.grade).toBe('unconfirmed');
  });

  it('never prints the unconfirmed CIP section number anywhere', () => {
    const text = JSON.stringify(REQUIREMENT_CATALOGS);
    expect(text).not.toMatch(/7\.302/);
  });

  it('gives exact wording only with grade primary or quoted, and the schema enforces it', () => {
    for (const r of currentCatalog().requirements)
      if (r.wording !== undefined) expect(['primary', 'quoted'], r.id).toContain(r.grade);
    const c = clone();
    const name = c.requirements.find((r) => r.id === 'name')!;
    name.wording = 'Name';
    expect(messages(c)).toContainEqual(expect.stringMatching(/name: exact wording needs grade primary or quoted/));
    name.grade = 'unconfirmed';
    expect(messages(c)).toContainEqual(expect.stringMatching(/needs grade primary or quoted, not unconfirmed/));
  });

  it('rejects an open point graded as anything but unconfirmed', () => {
    const c = clone();
    (c.openPoints[0] as { grade: string }).grade = 'primary';
    expect(messages(c).length).toBeGreaterThan(0);
  });
});

describe('broken references fail validation', () => {
  it('a category mapped to a missing requirement', () => {
    const c = clone();
    c.categoryMap.name = { kind: 'required', requirementIds: ['full-name'] };
    expect(messages(c)).toContainEqual('category name: unknown requirement full-name');
  });

  it('a required category pointing at another regime’s item', () => {
    const c = clone();
    c.categoryMap['date-of-birth'] = { kind: 'required', requirementIds: ['bank-cip-date-of-birth'] };
    expect(messages(c)).toContainEqual(expect.stringMatching(/not a collected item of the primary regime/));
  });

  it('askedBy naming a requirement of a different regime, or an unknown regime', () => {
    const c = clone();
    c.categoryMap['government-id'] = {
      kind: 'beyond',
      askedBy: [
        { regimeId: 'bank-cip', requirementId: 'eo-13984-identity', note: 'x' },
        { regimeId: 'gdpr', note: 'y' },
      ],
    };
    const m = messages(c);
    expect(m).toContainEqual('category government-id: eo-13984-identity belongs to eo-13984, not bank-cip');
    expect(m).toContainEqual('category government-id: unknown regime gdpr');
  });

  it('a requirement in an unknown regime, a bad related id, a duplicate id', () => {
    const c = clone();
    c.requirements[0]!.regimeId = 'nope';
    c.requirements[1]!.related = ['missing'];
    c.requirements.push({ ...c.requirements[2]! });
    const m = messages(c);
    expect(m).toContainEqual('requirement name: unknown regime nope');
    expect(m).toContainEqual('requirement address: bad related id missing');
    expect(m).toContainEqual('duplicate requirement id payment');
  });

  it('a missing category', () => {
    const c = clone() as unknown as { categoryMap: Record<string, unknown> };
    delete c.categoryMap.nationality;
    expect(RequirementCatalogSchema.safeParse(c).success).toBe(false);
  });

  it('a fixed status on the primary regime (its status is derived from the events)', () => {
    const c = clone();
    c.regimes[0]!.status = { code: 'final', text: 'Final rule' };
    expect(messages(c)).toContainEqual('the primary regime’s status is derived from ruleHistory; remove its status field');
  });

  it('rule events: unordered, duplicated, checked after the status, wording on a summary, unknown requirement', () => {
    const c = clone();
    const events = c.ruleHistory.events;
    const revoked = events.find((e) => e.id === 'eo-14110-revoked')!;
    revoked.affects = ['ai-training'];
    revoked.checkedOn = '2027-01-01';
    events.find((e) => e.id === 'eo-14306')!.wording = 'amended';
    events.push({ ...events[0]! });
    const m = messages(c);
    expect(m).toContainEqual('rule event eo-14110-revoked: unknown requirement ai-training');
    expect(m).toContainEqual('rule event eo-14110-revoked: checked after the status (2027-01-01 > 2026-12-07)');
    expect(m).toContainEqual('rule event eo-14306: exact wording needs grade primary or quoted, not summary');
    expect(m).toContainEqual('duplicate rule event id eo-13984-signed');
    expect(m).toContainEqual('rule events must be oldest first: no-withdrawal-notice-2026 is after eo-13984-signed');
  });

  it('rule events: no confirmed proposal, a related measure among the rule’s events', () => {
    const c = clone();
    c.ruleHistory.events = c.ruleHistory.events.map((e) => (e.kind === 'proposed' ? { ...e, grade: 'unconfirmed' as const } : e));
    c.ruleHistory.events.push({ ...c.ruleHistory.related[0]!, date: '2026-11' });
    const m = messages(c);
    expect(m).toContainEqual('ruleHistory needs a confirmed "proposed" event');
    expect(m).toContainEqual('rule event ai-diffusion-rescinded: related measures go in ruleHistory.related');
  });

  it('an unknown collected-without-field requirement', () => {
    const c = clone();
    c.collectedWithoutField = [{ requirementId: 'ip-logs', note: 'typo' }];
    expect(messages(c)).toContainEqual('collectedWithoutField: unknown requirement ip-logs');
  });
});

describe('a new rule version is a data change', () => {
  /** A hypothetical withdrawal notice, built only from data. */
  function withdrawnVersion(): RequirementCatalog {
    const c = clone();
    c.version = '2026-withdrawn';
    c.asOf = '2026-12-01';
    c.supersedes = '2024-01-proposed';
    return c;
  }

  it('selects the version no other supersedes', () => {
    const list = [...REQUIREMENT_CATALOGS, withdrawnVersion()];
    expect(RequirementCatalogListSchema.safeParse(list).success).toBe(true);
    expect(selectCurrentCatalog(list).version).toBe('2026-withdrawn');
    // Order in the list does not matter.
    expect(selectCurrentCatalog([...list].reverse()).version).toBe('2026-withdrawn');
  });

  it('rejects two current versions, or a version superseding an unknown one', () => {
    const twoHeads = [...REQUIREMENT_CATALOGS, { ...withdrawnVersion(), supersedes: undefined }];
    expect(RequirementCatalogListSchema.safeParse(twoHeads).success).toBe(false);
    expect(() => selectCurrentCatalog(twoHeads)).toThrow(/exactly one current/);
    const dangling = [...REQUIREMENT_CATALOGS, { ...withdrawnVersion(), supersedes: '2023-draft' }];
    expect(RequirementCatalogListSchema.safeParse(dangling).error?.issues.map((i) => i.message)).toContainEqual(
      'catalog 2026-withdrawn supersedes unknown version 2023-draft',
    );
  });

  describe('through the public API, with only the version list changed', () => {
    afterEach(() => {
      vi.doUnmock('../../../src/core/catalog/data/requirement-catalogs.ts');
      vi.resetModules();
    });

    it('currentCatalog() and categoryPlacement() follow the new data', async () => {
      const withdrawn = withdrawnVersion();
      withdrawn.categoryMap['date-of-birth'] = { kind: 'beyond', askedBy: [], note: 'No rule asks for this.' };
      vi.resetModules();
      vi.doMock('../../../src/core/catalog/data/requirement-catalogs.ts', () => ({
        REQUIREMENT_CATALOGS: [REQUIREMENTS_2024_PROPOSED, withdrawn],
      }));
      const api = await import('../../../src/core/catalog/index.ts');
      expect(api.currentCatalog().version).toBe('2026-withdrawn');
      expect(api.currentCatalog().version).toBe('2026-withdrawn');
      expect(api.categoryPlacement('date-of-birth')).toEqual({ kind: 'beyond', askedBy: [], note: 'No rule asks for this.' });
      expect(api.catalogVersions().map((v) => v.version)).toEqual(['2024-01-proposed', '2026-withdrawn']);
    });
  });
});
