// Every requirement-catalog version, oldest first. A final rule, a withdrawal or a corrected
// reading is a new data file added here with `supersedes` naming the version it replaces; the
// current catalog is the one no other version supersedes (see ../versions.ts).
import type { RequirementCatalog } from '../schema.ts';
import { REQUIREMENTS_2024_PROPOSED } from './requirements-2024-proposed.ts';

export const REQUIREMENT_CATALOGS: readonly RequirementCatalog[] = [REQUIREMENTS_2024_PROPOSED];
