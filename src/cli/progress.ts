/**
 * A progress bar for long CLI work (imports, backfills, re-extraction, benchmarks), drawn only
 * when a person watches a terminal (stderr is a TTY); on a pipe or in CI it prints nothing, so
 * logs and JSON output stay clean. No dependencies: one line rewritten with \r.
 *
 *   const bar = createProgress({ total: feeds.length, label: 'importing feeds' });
 *   for (const f of feeds) { await importOne(f); bar.tick(1, f.url); }
 *   bar.done(`${feeds.length} feeds imported`);
 */

/** Redraws at most this often: a 1,000-item import does not spend its time writing to the terminal. */
const REDRAW_INTERVAL_MS = 100;
/** Columns used by the bar itself; the rest of the line is the label, counts, rate and ETA. */
const BAR_WIDTH = 24;

export interface ProgressState {
  label: string;
  done: number;
  /** Unknown totals (0) draw a counter and rate without a bar. */
  total: number;
  elapsedMs: number;
  /** The item in hand (a feed URL), shortened to fit. */
  note?: string;
}

export interface Progress {
  /** Adds `n` (default 1) finished items; `note` names the current one. */
  tick(n?: number, note?: string): void;
  /** Sets the total when it becomes known (or grows). */
  setTotal(total: number): void;
  /** Clears the bar and prints `summary` (when given) as a final line on the terminal. */
  done(summary?: string): void;
}

export interface ProgressOptions {
  total: number;
  label: string;
  /** Default process.stderr; drawn only when `stream.isTTY`. */
  stream?: { isTTY?: boolean; columns?: number; write(s: string): unknown };
  now?: () => number;
}

/** Renders one line of the bar; pure, for tests and for other renderers. */
export function renderProgress(s: ProgressState, columns = 80): string {
  const secs = s.elapsedMs / 1000;
  const rate = secs > 0 ? s.done / secs : 0;
  const parts = [s.label];
  if (s.total > 0) {
    const frac = Math.min(1, s.done / s.total);
    const filled = Math.round(frac * BAR_WIDTH);
    parts.push(
      `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}]`,
      `${Math.floor(frac * 100)}%`.padStart(4),
      `${s.done}/${s.total}`,
    );
    if (rate > 0 && s.done < s.total) parts.push(`eta ${formatSeconds((s.total - s.done) / rate)}`);
  } else {
    parts.push(String(s.done));
  }
  parts.push(`${rate >= 10 ? Math.round(rate) : rate.toFixed(1)}/s`);
  let line = parts.join(' ');
  if (s.note && line.length + 3 < columns) line += ` ${shorten(s.note, columns - line.length - 2)}`;
  return line.length > columns - 1 ? line.slice(0, columns - 1) : line;
}

/** "45s", "3m05s", "2h10m": short enough for one line. */
export function formatSeconds(s: number): string {
  const t = Math.max(0, Math.round(s));
  if (t < 60) return `${t}s`;
  if (t < 3600) return `${Math.floor(t / 60)}m${String(t % 60).padStart(2, '0')}s`;
  return `${Math.floor(t / 3600)}h${String(Math.floor((t % 3600) / 60)).padStart(2, '0')}m`;
}

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  return max <= 1 ? '' : '…' + text.slice(text.length - max + 1);
}

/** Starts a bar; a no-op object when the stream is not a terminal. */
export function createProgress(opts: ProgressOptions): Progress {
  const stream = opts.stream ?? process.stderr;
  const now = opts.now ?? (() => performance.now());
  const started = now();
  const state: ProgressState = { label: opts.label, done: 0, total: opts.total, elapsedMs: 0 };
  if (!stream.isTTY) return { tick: () => undefined, setTotal: () => undefined, done: () => undefined };
  let lastDraw = -Infinity;
  let drawn = false;
  const draw = (force: boolean) => {
    const t = now();
    if (!force && t - lastDraw < REDRAW_INTERVAL_MS) return;
    lastDraw = t;
    state.elapsedMs = t - started;
    stream.write(`\r\x1b[2K${renderProgress(state, stream.columns ?? 80)}`);
    drawn = true;
  };
  draw(true);
  return {
    tick(n = 1, note) {
      state.done += n;
      state.note = note;
      draw(state.total > 0 && state.done >= state.total);
    },
    setTotal(total) {
      state.total = total;
      draw(true);
    },
    done(summary) {
      if (drawn) stream.write('\r\x1b[2K');
      if (summary) stream.write(summary + '\n');
    },
  };
}
