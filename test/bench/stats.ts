// Percentiles and progress output for the benchmark.

export interface Distribution {
  samples: number;
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Nearest-rank percentiles (no interpolation), rounded to microseconds. Values are milliseconds. */
export function distribution(values: readonly number[]): Distribution {
  if (values.length === 0) throw new Error('no samples');
  const sorted = Float64Array.from(values).sort();
  const rank = (p: number): number => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
  const round = (ms: number): number => Math.round(ms * 1000) / 1000;
  let sum = 0;
  for (const value of sorted) sum += value;
  return {
    samples: sorted.length,
    mean: round(sum / sorted.length),
    p50: round(rank(50)),
    p95: round(rank(95)),
    p99: round(rank(99)),
    max: round(sorted[sorted.length - 1]),
  };
}

const interactive = process.stderr.isTTY === true;

export function log(message: string): void {
  if (interactive) process.stderr.write('\r\x1b[K');
  process.stderr.write(`[bench] ${message}\n`);
}

/** A counter on stderr: redrawn in place on a terminal, a line every few seconds otherwise. */
export class Progress {
  private readonly started = performance.now();
  private lastShown = this.started;

  constructor(
    private readonly label: string,
    private readonly total: number,
  ) {}

  tick(done: number): void {
    const now = performance.now();
    if (done < this.total && now - this.lastShown < (interactive ? 200 : 3000)) return;
    this.lastShown = now;
    const percent = Math.floor((done / this.total) * 100);
    const line = `[bench] ${this.label}: ${done}/${this.total} (${percent}%)`;
    if (interactive) process.stderr.write(`\r\x1b[K${line}`);
    else if (done < this.total) process.stderr.write(`${line}\n`);
  }

  /** Ends the counter with the elapsed time; returns it in seconds. */
  done(note = ''): number {
    const seconds = (performance.now() - this.started) / 1000;
    log(`${this.label}: ${this.total} in ${seconds.toFixed(2)} s${note ? ` ${note}` : ''}`);
    return seconds;
  }
}
