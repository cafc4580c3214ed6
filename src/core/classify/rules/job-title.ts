// Context rule `job-title`: a free-text "Title" box in a form that asks about the person's company is their job title.
// Its place in the order: context.ts CONTEXT_RULES.
import type { FieldScore } from '../scoreboard.ts';
import { T } from '../terms.ts';
import { catOf, is, NAME_FIELDS, overrule } from './shared.ts';

/**
 * "Title" names a salutation (Mr / Ms) as often as a job title. A salutation is picked from a short
 * list; a title typed into a text box beside a company, its size or its industry is the job title
 * (the B2B signups of cloud providers ask "Company", "Title", "Phone"). A title right before the
 * first name, or in a form that has a job-title field already, is the salutation.
 */
export function resolveJobTitle(fields: FieldScore[]): void {
  const companyContext = fields.some((f) => catOf(f) === 'organization' && f.top !== T['organization-title']);
  if (!companyContext || fields.some((f) => f.top === T['organization-title'])) return;
  fields.forEach((fs, i) => {
    if (fs.top !== T['honorific-prefix'] || fs.kind !== 'text' || fs.optionKind !== null || is(fields[i + 1], NAME_FIELDS)) return;
    overrule(fs, T['organization-title'], fs.topScore + 1, 'a typed title beside a company');
  });
}
