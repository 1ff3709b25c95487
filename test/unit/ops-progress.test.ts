/** The CLI progress bar (src/cli/progress.ts): rendering and when it draws at all. */
import { createProgress, formatSeconds, renderProgress } from '../../src/cli/progress';

describe('renderProgress', () => {
  it.each([
    [{ label: 'import', done: 0, total: 1000, elapsedMs: 0 }, 'import [........................]   0% 0/1000 0.0/s'],
    [{ label: 'import', done: 250, total: 1000, elapsedMs: 5000 }, 'import [######..................]  25% 250/1000 eta 15s 50/s'],
    [{ label: 'import', done: 1000, total: 1000, elapsedMs: 20000 }, 'import [########################] 100% 1000/1000 50/s'],
    [{ label: 'backfill', done: 42, total: 0, elapsedMs: 8400 }, 'backfill 42 5.0/s'],
  ])('%j', (state, want) => {
    expect(renderProgress(state, 120)).toBe(want);
  });

  it('shortens the note from the left and never exceeds the terminal width', () => {
    const line = renderProgress(
      { label: 'import', done: 1, total: 2, elapsedMs: 1000, note: 'https://example.org/a/very/long/path/to/feed.xml' },
      80,
    );
    expect(line.length).toBeLessThanOrEqual(79);
    expect(line).toMatch(/….*feed\.xml$/);
  });
});

describe('formatSeconds', () => {
  it.each([
    [0, '0s'],
    [59.4, '59s'],
    [185, '3m05s'],
    [7800, '2h10m'],
  ])('%d → %s', (s, want) => expect(formatSeconds(s)).toBe(want));
});

describe('createProgress', () => {
  const stream = (isTTY: boolean) => {
    const out: string[] = [];
    return { out, s: { isTTY, columns: 100, write: (x: string) => out.push(x) } };
  };

  it('draws nothing on a pipe', () => {
    const { out, s } = stream(false);
    const bar = createProgress({ total: 3, label: 'x', stream: s });
    bar.tick();
    bar.done('finished');
    expect(out).toEqual([]);
  });

  it('redraws at most every 100 ms, always at the end, then prints the summary', () => {
    const { out, s } = stream(true);
    let t = 0;
    const bar = createProgress({ total: 3, label: 'x', stream: s, now: () => t });
    t = 10;
    bar.tick(); // within 100 ms of the first draw: skipped
    t = 150;
    bar.tick();
    t = 160;
    bar.tick(); // the last item: drawn regardless
    bar.done('3 done');
    expect(out.filter((o) => o.includes('%'))).toHaveLength(3);
    expect(out.at(-3)).toContain('100% 3/3');
    expect(out.at(-2)).toBe('\r\x1b[2K'); // the bar is cleared
    expect(out.at(-1)).toBe('3 done\n');
  });
});
