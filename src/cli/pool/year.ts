// The year a page is classified against (lists of years are read as birth or card-expiry years
// relative to it): its capture year when known, else this year. Its own module because the resolver
// keys results by it in the main thread, which must not load the engine (task.ts) to do so.
export function taskYear(capturedAt: number | undefined): number {
  return new Date(capturedAt ?? Date.now()).getUTCFullYear();
}
