// Context rule `security-answers`: the text box right after a security question asks for its answer.
// Its place in the order: context.ts CONTEXT_RULES.
import type { FieldScore } from '../scoreboard.ts';
import { T } from '../terms.ts';
import { overrule } from './shared.ts';

/** The box reads as a security question by its own words ("Sicherheitsfrage 1", a list of questions), however weakly. */
const asksQuestion = (fs: FieldScore): boolean => fs.top === T['security-question'] || fs.bestType === T['security-question'];

/**
 * "Sicherheitsfrage 1 [Wie hieß dein erstes Haustier? ▾]  Antwort [   ]": the answer box says only
 * "Answer" (Antwort, Risposta, 答え); the question list before it says what it answers. The pair also
 * confirms the list: a list of questions with its answer box is the security question.
 */
export function resolveSecurityAnswers(fields: FieldScore[]): void {
  fields.forEach((fs, i) => {
    const next = fields[i + 1];
    if (!asksQuestion(fs) || !next || next.kind !== 'text' || asksQuestion(next)) return;
    if (next.top >= 0 && next.topScore >= 3) return;
    overrule(fs, T['security-question'], Math.max(fs.topScore + 1, 3.5), 'a question followed by its answer box');
    overrule(next, T['security-question'], Math.max(next.topScore + 1, 2.5), 'the answer box after a security question');
  });
}
