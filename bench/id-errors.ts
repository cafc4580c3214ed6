// `npx tsx bench/id-errors.ts`: the cross-validated errors of the two number categories
// (government-id, tax-id), each with the field's words, and their F1 on two readings of the corpus
// labels. Same folds and per-fold fitting as `npm run bench:accuracy` (bench/cv.ts).
//
// Reading 1 is the corpus labels as they are. Reading 2 replaces the labels listed in
// TAXONOMY_READING, which ../shared/docs/kyc-rule.md §6 contradicts (a company's CVR or VAT number
// labeled a person's id, a Finnish personal identity code labeled a card expiry), by the category the
// taxonomy gives, each with its reason. Weights are fitted on the corpus labels in both readings;
// only the scoring differs. The headline numbers (bench/results/accuracy.md) stay on reading 1.
import { assignFolds, loadExamples, type PageExample } from './examples.ts';
import { f1, scorePages, type Score } from './cv.ts';
import { fitAll } from './fit.ts';
import type { Category } from '../src/core/taxonomy/categories.ts';

interface Relabel {
  file: string;
  /** The field's name attribute (or id when it has no name), to find it on the page. */
  name: string;
  label: string;
  category: Category;
  why: string;
}

/** Corpus labels the taxonomy contradicts: the category it gives them instead, and why. */
export const TAXONOMY_READING: readonly Relabel[] = [
  { file: 'QA_GR_www.e-jumbo.gr.html', name: 'taxIdentifier', label: 'id-number', category: 'tax-id', why: 'ΑΦΜ in an invoice block with company name, tax office and profession: the company’s tax number' },
  { file: 'QA_DK_nordicelectronics.dk.html', name: 'checkout_customer_cvrnr', label: 'id-number', category: 'tax-id', why: 'CVR is the Danish company register number' },
  { file: 'pl.html', name: 'vat_id', label: 'id-number', category: 'tax-id', why: 'NIP beside a company name; the same field on QA_PL_duka.com.html is labeled vat-number' },
  { file: 'pl.html', name: 'companyName', label: 'id-number', category: 'tax-id', why: 'captioned NIP beside a company name: the company’s tax number' },
  { file: 'QA_PL_www.tanie-leczenie.pl.html', name: 'invoice_nip', label: 'id-number', category: 'tax-id', why: 'NIP in “Data for invoice” with company name and REGON' },
  { file: 'QA_TR_www.kitapyurdu.com.html', name: 'tax_id', label: 'vat-number', category: 'government-id', why: 'captioned “TC Identity No”: the person’s T.C. Kimlik number' },
  { file: 'QA_AR_tiendamia.com.ar.html', name: 'custom_attributes[tax_identification_number]', label: 'address-housenumber', category: 'government-id', why: '“Numero de RUT” is an identity/tax number, not a house number' },
  { file: 'QA_FI_www.partioaitta.fi.html', name: 'paymentViewModel.optSsn', label: 'cc-exp', category: 'government-id', why: 'Henkilötunnus (mask DDMMYY-XXXX) is the Finnish personal identity code' },
  { file: 'QA_ES_www.bauhaus.es.html', name: 'companyTaxNumber', label: 'organization', category: 'tax-id', why: 'CIF is the company’s tax number' },
  { file: 'QA_HU_aqua.hu.html', name: 'euadoszam', label: 'address-line1', category: 'tax-id', why: 'community (EU VAT) tax number of a company' },
  { file: 'QA_HU_aqua.hu.html', name: 'csoportadoszam', label: 'organization', category: 'tax-id', why: 'group tax number of a company' },
  { file: 'QA_BE_www.notino.be.html', name: 'ICO', label: 'organization', category: 'tax-id', why: 'BCE, the Belgian company number (the same field on notino.bg is labeled vat-number)' },
  { file: 'QA_BE_www.notino.be.html', name: 'DIC', label: 'organization', category: 'tax-id', why: 'intra-community VAT number (labeled vat-number on notino.bg)' },
  { file: 'QA_DK_www.proshop.dk.html', name: 'Company.VatNumber', label: 'organization', category: 'tax-id', why: 'CVR-nr., the company number' },
  { file: 'QA_RO_www.elefant.ro.html', name: 'CheckoutAddressCompanyInformationForm_TaxationID', label: 'organization', category: 'tax-id', why: 'CUI, the Romanian company tax code (pattern RO + digits)' },
  { file: 'QA_FI_www.proshop.fi.html', name: 'Company.VatNumber', label: 'address-housenumber', category: 'tax-id', why: 'ALV-tunniste, the company’s VAT number' },
];

const CATS: readonly Category[] = ['government-id', 'tax-id'];
/** An error line (cv.ts scorePages) labeled or read as one of the number types. */
const NUMBER_ERROR = /\[(?:id-number|vat-number)\]|→ (?:national-id|ssn|pan|passport-number|drivers-licence-number|personal-tax-id|vat-number|company-registration-number) /;

/** The pages with the listed labels replaced; throws when a listed label is not found (the corpus changed). */
function relabel(pages: readonly PageExample[]): PageExample[] {
  const used = new Set<Relabel>();
  const out = pages.map((p) => {
    const base = p.file.split('/').pop()!;
    const mine = TAXONOMY_READING.filter((r) => r.file === base);
    if (!mine.length) return p;
    const labels = p.labels.map((l) => {
      if (l.form === null) return l;
      const f = p.features.forms[l.form]?.fields[l.field];
      const r = mine.find((x) => f && (f.name || f.id) === x.name && l.raw === x.label);
      if (!r) return l;
      used.add(r);
      return { ...l, categories: [r.category] };
    });
    return { ...p, labels };
  });
  const missing = TAXONOMY_READING.filter((r) => !used.has(r));
  if (missing.length) throw new Error(`labels not found: ${missing.map((r) => `${r.file} ${r.name}`).join(', ')}`);
  return out;
}

const { examples, corpusHash } = loadExamples();
const relabeled = relabel(examples);
const K = 5;
const fold = assignFolds(examples, K);
const readings: { name: string; folds: Score[] }[] = [
  { name: 'corpus labels', folds: [] },
  { name: 'taxonomy reading', folds: [] },
];
for (let f = 0; f < K; f++) {
  const model = fitAll(
    examples.filter((_, i) => fold[i] !== f),
    corpusHash,
    '',
  );
  readings[0]!.folds.push(scorePages(examples.filter((_, i) => fold[i] === f), model, 1000));
  readings[1]!.folds.push(scorePages(relabeled.filter((_, i) => fold[i] === f), model, 1000));
}

const pct = (x: number) => x.toFixed(3);
for (const r of readings) {
  console.log(`\n## ${r.name}`);
  for (const c of CATS) {
    const per = r.folds.map((s) => f1(s.category.get(c))).filter((x) => x.n > 0);
    const mean = per.reduce((a, x) => a + x.f, 0) / Math.max(1, per.length);
    const sd = Math.sqrt(per.reduce((a, x) => a + (x.f - mean) ** 2, 0) / Math.max(1, per.length));
    const pooled = { tp: 0, fp: 0, fn: 0 };
    for (const s of r.folds) {
      const k = s.category.get(c);
      if (k) {
        pooled.tp += k.tp;
        pooled.fp += k.fp;
        pooled.fn += k.fn;
      }
    }
    const all = f1(pooled);
    const folds = r.folds.map((s) => {
      const x = f1(s.category.get(c));
      return x.n ? `${pct(x.f)} (${x.n})` : '—';
    });
    console.log(`${c}: CV F1 ${pct(mean)} ± ${pct(sd)} over ${per.length} folds [${folds.join(', ')}]; pooled P ${pct(all.p)} R ${pct(all.r)} F1 ${pct(all.f)} (${all.n} labels)`);
  }
  const errors = r.folds.flatMap((s) => s.errors).filter((e) => NUMBER_ERROR.test(e));
  for (const e of errors) console.log(e);
}
// The best any classifier that follows the taxonomy can score on the corpus labels: it reads every
// listed label as the taxonomy does and every other label right. Computed, so a changed list or
// corpus changes it.
console.log('\n## ceiling on the corpus labels for a classifier that follows the taxonomy');
for (const c of CATS) {
  const k = { tp: 0, fp: 0, fn: 0 };
  for (const [i, p] of examples.entries()) {
    for (const [j, l] of p.labels.entries()) {
      const truth = l.categories ?? [];
      const read = relabeled[i]!.labels[j]!.categories?.[0];
      if (read === c && truth.includes(c)) k.tp++;
      else if (read === c) k.fp++;
      else if (truth.includes(c)) k.fn++;
    }
  }
  const x = f1(k);
  console.log(`${c}: P ${pct(x.p)} R ${pct(x.r)} F1 ${pct(x.f)} (${x.n} labels; ${k.fp} read into it, ${k.fn} read out of it)`);
}
console.log('\n## labels read by the taxonomy');
for (const r of TAXONOMY_READING) console.log(`${r.file} ${r.name}: ${r.label} → ${r.category} (${r.why})`);
