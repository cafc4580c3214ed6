// Context rule `region-of-project`: a region list in a form that names a project, an app or a workspace, with no address, picks the data centre.
// Its place in the order: context.ts CONTEXT_RULES (last before `sections`, on the settled readings).
import type { FieldScore } from '../scoreboard.ts';
import { T } from '../terms.ts';
import { catOf, overrule } from './shared.ts';

/**
 * "App name [my-shop] · Choose a region [United States / Europe]", "Название проекта · Регион
 * [Москва]": a console that creates an app, a project or a workspace (a box read as the account's
 * own name) asks where to run it. A list read as a state or province there, with no street, postcode
 * or city beside it, names no postal address: it is the data-centre region.
 */
export function resolveRegionOfProject(fields: FieldScore[]): void {
  if (!fields.some((f) => f.top === T['account-name'])) return;
  const address = fields.filter((f) => catOf(f) === 'address');
  if (address.length !== 1) return;
  const fs = address[0]!;
  if (fs.kind !== 'select' || fs.top !== T['address-level1']) return;
  overrule(fs, T['region-choice'], fs.topScore + 1, 'a region list beside a project or app name, with no address');
}
