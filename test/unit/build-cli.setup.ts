// Unit tests that run bin/kyc-lens.js as a real process run the built CLI (dist/cli); it is rebuilt
// here, once before the test files start, whenever the sources changed since it was built.
import { buildCliIfStale } from '../../scripts/build-cli.ts';

export default async function setup(): Promise<void> {
  await buildCliIfStale();
}
