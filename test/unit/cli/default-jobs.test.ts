// Without --jobs the CLI uses worker threads only where they pay: one per core beyond the first
// (which reads input and writes output), none on one or two cores.
import { describe, expect, it } from 'vitest';
import { defaultJobs } from '../../../src/cli/archive/run.ts';

describe('default --jobs', () => {
  it('is inline (1) on one or two cores and cores − 1 above that', () => {
    expect(defaultJobs(1)).toBe(1);
    expect(defaultJobs(2)).toBe(1);
    expect(defaultJobs(3)).toBe(2);
    expect(defaultJobs(8)).toBe(7);
  });

  it('is a whole number of at least one for this machine', () => {
    const n = defaultJobs();
    expect(Number.isInteger(n)).toBe(true);
    expect(n).toBeGreaterThanOrEqual(1);
  });
});
