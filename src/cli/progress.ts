// A one-line progress bar on stderr for long runs: bytes of input read out of the total, pages done,
// pages per second and the time left. Drawn only on a terminal (never into a pipe or a log file) and
// not with --quiet; redrawn at most ten times a second; the line is cleared when the run ends.

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

export interface ProgressOptions {
  stream?: ProgressStream;
  quiet?: boolean;
  /** Bytes the inputs hold in all (0 when unknown: no bar, counts only). */
  totalBytes: number;
  /** Counting items instead of bytes (wayback's captures): how many there are and what they are called. */
  totalItems?: number;
  itemName?: string;
  now?: () => number;
}

export function formatBytes(n: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let v = n;
  let u = 0;
  while (v >= 1000 && u < units.length - 1) {
    v /= 1000;
    u++;
  }
  return `${u === 0 ? v : v.toFixed(v < 10 ? 1 : 0)} ${units[u]}`;
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--:--';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (x: number) => String(x).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}

export class Progress {
  readonly enabled: boolean;
  private bytes = 0;
  private pages = 0;
  private lastDraw = 0;
  private readonly started: number;
  private readonly stream: ProgressStream;
  private readonly now: () => number;

  constructor(private readonly options: ProgressOptions) {
    this.stream = options.stream ?? process.stderr;
    this.now = options.now ?? (() => performance.now());
    this.enabled = this.stream.isTTY === true && !options.quiet;
    this.started = this.now();
  }

  addBytes(n: number): void {
    this.bytes += n;
    this.maybeDraw();
  }

  addPage(): void {
    this.pages++;
    this.maybeDraw();
  }

  /** The line as it would be drawn now (exposed for tests). */
  line(width = this.stream.columns ?? 80): string {
    const elapsed = Math.max(0.001, (this.now() - this.started) / 1000);
    const items = this.options.totalItems;
    const total = items ?? this.options.totalBytes;
    const done = total > 0 ? Math.min(1, (items === undefined ? this.bytes : this.pages) / total) : 0;
    const rate = this.pages / elapsed;
    const eta = done > 0 ? (elapsed * (1 - done)) / done : Number.NaN;
    const name = this.options.itemName ?? 'pages';
    const count = items === undefined ? `${formatBytes(Math.min(this.bytes, total))}/${formatBytes(total)} · ${this.pages} pages` : `${this.pages}/${items} ${name}`;
    const stats = `${Math.round(done * 100)
      .toString()
      .padStart(3)}% ${count} · ${rate.toFixed(1)} ${name}/s · ETA ${formatDuration(eta)}`;
    const barWidth = Math.max(0, Math.min(30, width - stats.length - 3));
    if (total === 0 || barWidth < 5) return stats.slice(0, width - 1);
    const filled = Math.round(done * barWidth);
    return `[${'#'.repeat(filled)}${'.'.repeat(barWidth - filled)}] ${stats}`;
  }

  private maybeDraw(): void {
    if (!this.enabled) return;
    const t = this.now();
    if (t - this.lastDraw < 100) return;
    this.lastDraw = t;
    this.stream.write(`\r${this.line()}\x1b[K`);
  }

  /** The number of items, once it is known (wayback learns it from the archive's index). */
  setTotalItems(n: number): void {
    this.options.totalItems = n;
  }

  finish(): void {
    if (this.enabled) this.stream.write('\r\x1b[K');
  }
}
