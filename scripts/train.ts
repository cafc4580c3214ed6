// `npm run train`: fits the classifier's weights (form kinds, then field categories) on the whole
// development corpus and writes them to src/core/classify/learned-form-weights.ts and learned-weights.ts with the corpus hash and
// the cross-validated score this training procedure gets (5 folds grouped by site, each fitted on
// the other four). Deterministic: the same corpus gives the same file.
import { writeFileSync } from 'node:fs';
import { crossValidate, cvLine } from '../bench/cv.ts';
import { loadExamples } from '../bench/examples.ts';
import { trainFormWeights } from '../bench/fit-form-kind.ts';

const K = 5;
const started = performance.now();
const { examples, corpusHash, failures } = loadExamples();
for (const f of failures) console.error(`! ${f}`);
console.log(`read ${examples.length} pages in ${((performance.now() - started) / 1000).toFixed(1)} s (corpus ${corpusHash})`);
// Form kinds first: the field fit reads every form's kind.
const form = trainFormWeights(examples, corpusHash, K);
writeFileSync(
  new URL('../src/core/classify/learned-form-weights.ts', import.meta.url),
  `// Written by \`npm run train\` (scripts/train.ts): do not edit by hand.\nimport type { FormWeights } from './form-weights.ts';\n\nexport const LEARNED_FORM: FormWeights = ${JSON.stringify(form, null, 1)};\n`,
);
console.log(form.cv);
const result = crossValidate(examples, K, corpusHash, console.log);
const line = cvLine(result);
const model = { ...result.model, cv: line };
const file = new URL('../src/core/classify/learned-weights.ts', import.meta.url);
writeFileSync(
  file,
  `// Written by \`npm run train\` (scripts/train.ts): do not edit by hand.\n// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, which may happen to round to √2 or π\nimport type { LearnedWeights } from './model.ts';\n\nexport const LEARNED: LearnedWeights = ${JSON.stringify(model, null, 1)};\n`,
);
console.log(line);
console.log(`wrote ${file.pathname} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
