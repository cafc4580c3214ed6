// The current catalog's rule status, built once (the catalog is static data).
import { currentCatalog } from '../catalog/index.ts';
import { type RuleStatusView, ruleStatusView } from './status.ts';

let view: RuleStatusView | undefined;

export function currentRuleStatus(): RuleStatusView {
  view ??= ruleStatusView(currentCatalog());
  return view;
}
