// Time for the polite fetcher: the wall clock and a real sleep, or a test's fake that advances
// instantly, so tests of rate limits and back-off never wait real seconds.

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
