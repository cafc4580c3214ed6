// Choosing the current requirement catalog is a data decision: the current version is the one no
// other version supersedes. Adding a final rule or a withdrawal is a new data file, not a code change.
import type { RequirementCatalog } from './schema.ts';

export function selectCurrentCatalog(versions: readonly RequirementCatalog[]): RequirementCatalog {
  const superseded = new Set(versions.flatMap((v) => (v.supersedes ? [v.supersedes] : [])));
  const heads = versions.filter((v) => !superseded.has(v.version));
  if (heads.length !== 1 || !heads[0])
    throw new Error(`expected exactly one current requirement catalog, found ${heads.length}`);
  return heads[0];
}

export function catalogByVersion(
  versions: readonly RequirementCatalog[],
  version: string,
): RequirementCatalog | undefined {
  return versions.find((v) => v.version === version);
}
