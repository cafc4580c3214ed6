// Importing an export file into history: plan it against what is stored, then apply it in one
// transaction. A file that cannot be read, or that has broken records, changes nothing — unless the
// caller (the user, after seeing the error report) asks to import only the valid records.
import { type ImportPlan, type PlanImportOptions, planImport } from '../core/history/import.ts';
import type { HistoryDb } from './history-db.ts';

export interface ImportOutcome {
  plan: ImportPlan;
  /** Snapshots actually added (0 when nothing was applied). */
  added: number;
  applied: boolean;
}

export async function importIntoDb(
  db: HistoryDb,
  text: string,
  options: PlanImportOptions & { partial?: boolean } = {},
): Promise<ImportOutcome> {
  const plan = await planImport(await db.ids(), text, options);
  if (plan.fileError || (plan.errors.length > 0 && !options.partial)) return { plan, added: 0, applied: false };
  const added = await db.putAll(plan.toAdd, plan.screenshots);
  return { plan, added, applied: true };
}
