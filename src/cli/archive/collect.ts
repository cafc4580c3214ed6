// Inputs → snapshots for timeline, compare and export: pages from saved files and archives go through
// the pipeline and the snapshot builder; export files (the extension's or the CLI's) add their
// snapshots as they are. Problems with inputs are collected, never fatal.
import type { Snapshot } from '../../core/history/snapshot.ts';
import type { SourceIssue } from '../pool/pipeline.ts';
import { discoverInputs, readExports } from './inputs.ts';
import { processInputs, type RunOptions, type RunSummary } from './run.ts';
import { SnapshotBuilder } from './snapshots.ts';

export type SnapshotUnit = 'url' | 'provider';

export interface Collected {
  /** Snapshots made from pages, per the unit asked for, then those read from export files (no id twice). */
  snapshots: Snapshot[];
  /** How many snapshots came from export files. */
  imported: number;
  issues: SourceIssue[];
  summary: RunSummary;
}

export async function collectSnapshots(paths: readonly string[], unit: SnapshotUnit, options: RunOptions & { version: string }): Promise<Collected> {
  const { files, issues } = await discoverInputs(paths);
  const builder = new SnapshotBuilder();
  const summary = await processInputs(files, options, (o) => {
    if (o.kind === 'issue') issues.push(o.issue);
    else if (o.error) issues.push({ source: o.source, message: o.error });
    else builder.add(o);
  });
  const made = unit === 'url' ? await builder.byUrl({ version: options.version }) : await builder.byProvider({ version: options.version });
  const exported = await readExports(files);
  issues.push(...exported.issues);
  const ids = new Set(made.map((s) => s.id));
  const imported = exported.snapshots.filter((s) => !ids.has(s.id));
  return { snapshots: [...made, ...imported], imported: imported.length, issues, summary };
}
