// Facts fixed when the CLI is bundled into JavaScript (scripts/build-cli.ts defines
// __KYC_LENS_BUILD__); undefined when the CLI runs from its TypeScript sources (tests, tsx). The
// built package ships without src/, so the engine's source hash and the version are read here.
declare const __KYC_LENS_BUILD__: BuildInfo | undefined;

export interface BuildInfo {
  /** package.json's version. */
  version: string;
  /** engineSourceHash() of the sources the bundle was made from (the digest cache's engine id). */
  engine: string;
  /** The worker threads' script, beside the bundle's chunks. */
  worker: string;
  /** `--render`'s in-page extractor (src/cli/render/in-page.ts as one classic script), beside them too. */
  extractor: string;
}

export const BUILD: BuildInfo | undefined = typeof __KYC_LENS_BUILD__ === 'undefined' ? undefined : __KYC_LENS_BUILD__;
