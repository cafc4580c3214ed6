// Every language probe in ./languages/ (one file per language, see languages/types.ts).
import type { LanguageProbe } from './languages/types.ts';

export const LANGUAGE_PROBES: readonly LanguageProbe[] = Object.values(
  import.meta.glob<LanguageProbe>(['./languages/*.ts', '!./languages/types.ts'], { eager: true, import: 'PROBE' }),
);
