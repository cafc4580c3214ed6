import { describe, expect, it } from 'vitest';
import { Progress } from '../../../src/cli/progress.ts';

describe('the progress bar counting captures', () => {
  it('shows captures done of the total learnt from the index, their rate and the time left', () => {
    let now = 0;
    const writes: string[] = [];
    const p = new Progress({ stream: { isTTY: true, columns: 100, write: (t: string) => writes.push(t) }, totalBytes: 0, totalItems: 0, itemName: 'captures', now: () => now });
    p.setTotalItems(40);
    now = 5000;
    for (let i = 0; i < 10; i++) p.addPage();
    // Drawn once (at most ten times a second), and the line as it stands after ten captures:
    expect(writes).toHaveLength(1);
    expect(p.line()).toMatch(/^\[#{8}\.{22}\] {2}25% 10\/40 captures · 2\.0 captures\/s · ETA 0:15$/);
  });
});
