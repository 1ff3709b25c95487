/** `wireroom feeds validate|list`: check and show config/feeds.yaml without starting anything. */
import { snakeKeys } from '../core/snake-keys';
import { formatDuration } from '../settings/duration';
import { loadSettings } from '../settings';

/** Validates settings and feeds.yaml; problems exit 2 (thrown by loadSettings). */
export function feedsValidateCommand(): void {
  const s = loadSettings();
  const feeds = s.feeds.sources.reduce((n, src) => n + src.feeds.length, 0);
  process.stdout.write(`${s.feedsFile}: OK — ${s.feeds.sources.length} sources, ${feeds} feeds\n`);
}

/** Prints the configured sources and feeds as a table, or JSON with --json (snake_case keys, like feeds.yaml and the API). */
export function feedsListCommand(opts: { json?: boolean }): void {
  const s = loadSettings();
  if (opts.json) {
    process.stdout.write(JSON.stringify(snakeKeys(s.feeds.sources), null, 2) + '\n');
    return;
  }
  const rows = s.feeds.sources.flatMap((src) =>
    src.feeds.map((f) => [
      src.id,
      src.name,
      src.rights,
      src.review,
      formatDuration(f.pollIntervalS),
      f.type ?? 'rss',
      f.url ?? f.path ?? '(push)',
    ]),
  );
  printTable(['source', 'name', 'rights', 'review', 'every', 'type', 'feed'], rows);
}

/** Prints rows as aligned columns. */
export function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join('  ');
  process.stdout.write([line(header), ...rows.map(line)].join('\n') + '\n');
}
