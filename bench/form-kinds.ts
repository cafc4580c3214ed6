// Form kinds alone, quickly: per kind precision, recall and F1 over the same 5 site-grouped folds as
// `npm run bench:accuracy` (strict reading, bench/cv.ts `scorePages`), with the committed form
// weights, and the ddg files read wrong. Form kinds do not depend on the field fit, so no training
// is needed. Also counts the forms of the firefox pages (checkout and address-book pages, no kind
// labels) read as signup: a rough view of signup false alarms outside the labeled forms.
// Usage: npx tsx bench/form-kinds.ts [--errors]
import { classifyPage } from '../src/core/classify/index.ts';
import { MODEL } from '../src/core/classify/model.ts';
import { FORM_KINDS } from '../src/core/report.ts';
import { f1, meanSpread, scorePages } from './cv.ts';
import { assignFolds, loadExamples } from './examples.ts';

const K = 5;
const { examples } = loadExamples();
const fold = assignFolds(examples, K);
const folds = Array.from({ length: K }, (_, f) => scorePages(examples.filter((_, i) => fold[i] === f), MODEL, 1000));
const all = scorePages(examples, MODEL, 100000);
const fmt = (m: { mean: number; sd: number }) => `${m.mean.toFixed(3)} ± ${m.sd.toFixed(3)}`;
console.log('| kind | forms | CV F1 | CV precision | CV recall | pooled P / R |');
console.log('|---|---|---|---|---|---|');
for (const k of FORM_KINDS) {
  const pooled = f1(all.kind.get(k));
  if (pooled.n === 0 && !all.kind.has(k)) continue;
  const per = (pick: 'f' | 'p' | 'r') => meanSpread(folds.map((s) => (s.kind.has(k) ? f1(s.kind.get(k))[pick] : null)));
  console.log(`| ${k} | ${pooled.n} | ${fmt(per('f'))} | ${fmt(per('p'))} | ${fmt(per('r'))} | ${pooled.p.toFixed(3)} / ${pooled.r.toFixed(3)} |`);
}
const firefox = examples.filter((e) => e.set === 'firefox-ai-training');
const kinds = new Map<string, number>();
for (const e of firefox) for (const form of classifyPage(e.features).forms) kinds.set(form.kind, (kinds.get(form.kind) ?? 0) + 1);
console.log(`firefox pages (${firefox.length}), forms per kind read: ${[...kinds].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')}`);
if (process.argv.includes('--errors')) for (const e of all.errors.filter((x) => x.startsWith('✗ form'))) console.log(e);
