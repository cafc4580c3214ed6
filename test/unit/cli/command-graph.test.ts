// `kyc-lens --help` (and --version, and a mistyped command) must not start the engine: main.ts
// imports each command only when it runs, and the engine (HTML parsing, extraction, classification,
// the catalog) only when pages are analysed. The built CLI is one script whose modules run when first
// imported (scripts/build-cli.ts), so what a run starts is what main.ts reaches by static imports.
// esbuild's module graph says what that is.
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';

/** Every source file a run of `entry` loads before any dynamic import() is taken. */
async function staticallyLoaded(entry: string): Promise<string[]> {
  const { metafile } = await build({
    entryPoints: [entry],
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    outdir: 'out',
    write: false,
    metafile: true,
    external: ['esbuild', 'tsx', 'playwright-core'],
    logLevel: 'silent',
  });
  const outputs = (metafile as Metafile).outputs;
  const start = Object.keys(outputs).find((o) => outputs[o]!.entryPoint === entry)!;
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length) {
    const o = queue.pop()!;
    if (seen.has(o)) continue;
    seen.add(o);
    for (const i of outputs[o]!.imports) if (i.kind === 'import-statement' && !i.external) queue.push(i.path);
  }
  return [...seen].flatMap((o) => Object.keys(outputs[o]!.inputs));
}

const ENGINE = /^(src\/core\/classify|src\/core\/catalog|src\/dom|src\/cli\/parse-html|node_modules\/(linkedom|parse5|zod|warcio|yauzl))\b/;

describe('what a kyc-lens run starts with', () => {
  it('main.ts reaches no part of the engine, archive readers or schemas without a dynamic import', { timeout: 60_000 }, async () => {
    const loaded = await staticallyLoaded('src/cli/main.ts');
    expect(loaded).toContain('src/cli/main.ts');
    expect(loaded.filter((f) => ENGINE.test(f))).toEqual([]);
  });

  it('the analyze command reaches the engine only through its own dynamic imports too', { timeout: 60_000 }, async () => {
    const loaded = await staticallyLoaded('src/cli/analyze-command.ts');
    expect(loaded.filter((f) => ENGINE.test(f))).toEqual([]);
    // The method sees the engine where it is loaded statically.
    expect((await staticallyLoaded('src/cli/pool/task.ts')).filter((f) => ENGINE.test(f)).length).toBeGreaterThan(10);
  });
});
