#!/usr/bin/env node
// The kyc-lens command. The CLI is TypeScript run as is (no build step): tsx's loader is
// registered here, then src/cli/main.ts does the work.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
