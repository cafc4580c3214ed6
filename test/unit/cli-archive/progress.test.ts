import { describe, expect, it } from 'vitest';
import { formatDuration, Progress } from '../../../src/cli/progress.ts';

function stream(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, s: { isTTY, columns: 100, write: (t: string) => writes.push(t) } };
}

describe('the progress bar', () => {
  it('draws rate and ETA on a terminal, at most ten times a second, and clears the line at the end', () => {
    let now = 0;
    const { writes, s } = stream(true);
    const p = new Progress({ stream: s, totalBytes: 1000, now: () => now });
    now = 50;
    p.addBytes(100);
    p.addBytes(150);
    for (let i = 0; i < 10; i++) p.addPage();
    expect(writes).toEqual([]);
    now = 2000;
    p.addPage();
    p.addPage();
    expect(writes).toHaveLength(1);
    expect(writes[0]).toMatch(/^\r\[#{8}\.{22}\] {2}25% 250 B\/1\.0 KB · 11 pages · 5\.5 pages\/s · ETA 0:06\x1b\[K$/);
    p.finish();
    expect(writes[1]).toBe('\r\x1b[K');
  });

  it('stays silent when stderr is not a terminal, and with --quiet', () => {
    for (const [tty, quiet] of [[false, false], [true, true]] as const) {
      const { writes, s } = stream(tty);
      let now = 0;
      const p = new Progress({ stream: s, totalBytes: 10, quiet, now: () => (now += 1000) });
      p.addBytes(5);
      p.addPage();
      p.finish();
      expect(p.enabled).toBe(false);
      expect(writes).toEqual([]);
    }
  });

  it('formats durations', () => {
    expect(formatDuration(5)).toBe('0:05');
    expect(formatDuration(3725)).toBe('1:02:05');
    expect(formatDuration(Number.NaN)).toBe('--:--');
  });
});
