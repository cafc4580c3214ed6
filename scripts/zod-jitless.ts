// Vite plugin: the extension's zod never compiles parsers with `new Function`.
//
// zod 4 speeds up object parsing by generating code with the Function constructor, after a probe
// (`allowsEval`) that calls `new Function("")`. In an extension that code can never run — the MV3
// content security policy forbids eval, so the probe fails (and reports a CSP violation) — yet it
// stays in the bundle, where store review (`web-ext lint`: DANGEROUS_EVAL) flags it. zod's own
// `jitless` setting only skips the probe at run time. This plugin makes the probe answer "no" at
// build time, so the bundles hold no Function-constructor call and zod takes its interpreted path,
// exactly as `z.config({ jitless: true })` would. If a zod release moves the probe, the build fails
// here rather than shipping the eval again.
import type { Plugin } from 'vite';

const PROBE_MODULE = /[\\/]node_modules[\\/]zod[\\/]v4[\\/]core[\\/]util\.js$/;
const PROBE = /export const allowsEval = [^\n]*cached\(\(\) => \{[\s\S]*?\n\}\);/;

export function zodJitless(): Plugin {
  return {
    name: 'kyc-lens:zod-jitless',
    enforce: 'pre',
    transform(code, id) {
      if (!PROBE_MODULE.test(id)) return null;
      if (!PROBE.test(code)) this.error(`zod's allowsEval probe was not found in ${id}: update scripts/zod-jitless.ts for this zod version.`);
      return { code: code.replace(PROBE, 'export const allowsEval = { value: false };'), map: null };
    },
  };
}
