#!/usr/bin/env node
// The kyc-lens command: runs the CLI built into dist/cli (scripts/build-cli.ts; `npm run build`, and
// `npm install` / `npm pack` through `prepare`), through dist/cli/start.mjs (src/cli/start.ts). In a
// checkout where it has not been built yet, it says so and runs the TypeScript sources through tsx
// (a development dependency) instead.
import { existsSync } from 'node:fs';

// `kyc-lens … | head`: once the reader has gone, there is no one to tell; stop quietly, as other
// command-line tools do, instead of crashing on the unhandled EPIPE.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
}

const built = new URL('../dist/cli/start.mjs', import.meta.url);
let main;
if (existsSync(built)) {
  ({ start: main } = await import(built.href));
} else {
  process.stderr.write('kyc-lens: the CLI is not built (npm run build:cli); running it from the TypeScript sources, which starts slower.\n');
  try {
    const { register } = await import('tsx/esm/api');
    register();
  } catch {
    process.stderr.write('kyc-lens: tsx is not installed either; run "npm install" then "npm run build:cli" in the kyc-lens checkout.\n');
    process.exit(1);
  }
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
