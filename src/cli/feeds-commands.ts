/**
 * Registers the operators' feed commands under `wireroom feeds`: import, export, test, status,
 * pause, resume. Each module loads when its command runs (start-up stays fast).
 */
import type { Command } from 'commander';

/* eslint-disable @typescript-eslint/no-require-imports */
const importCli = () => require('./feeds-import') as typeof import('./feeds-import');
const healthCli = () => require('./feeds-health') as typeof import('./feeds-health');

/** Adds the subcommands to the `feeds` command. */
export function registerFeedOpsCommands(feeds: Command): void {
  feeds
    .command('import')
    .description(
      'add the feeds of an OPML file to the sources list (WIREROOM_FEEDS), keeping its comments and entries; checked before writing',
    )
    .argument('<file.opml>', 'an OPML export from another reader')
    .option('--dry-run', 'print the resulting feeds.yaml instead of writing it')
    .action((file: string, o: { dryRun?: boolean }) => importCli().feedsImportCommand(file, o));
  feeds
    .command('export')
    .description('print the configured sources as OPML 2.0')
    .action(() => importCli().feedsExportCommand());
  feeds
    .command('test')
    .description('fetch and parse a feed once and show what would be ingested; writes nothing')
    .argument('<url>', 'a feed URL, or a page that advertises its feed')
    .option('--json', 'print JSON (every entry)')
    .action((url: string, o: { json?: boolean }) => healthCli().feedsTestCommand(url, o));
  feeds
    .command('status')
    .description('the health of every feed: last fetch, HTTP status, duration, new entries, errors, next due, paused')
    .option('--problems', 'only active feeds that are paused or failing (removed feeds are left out)')
    .option('--json', 'print JSON')
    .action((o: { json?: boolean; problems?: boolean }) => healthCli().feedsStatusCommand(o));
  feeds
    .command('pause')
    .description('stop polling a feed until it is resumed (its entries and history stay)')
    .argument('<id|url>', 'the feed id (see feeds status) or its URL')
    .option('--reason <text>', 'shown in feeds status')
    .action((ref: string, o: { reason?: string }) => healthCli().feedsPauseCommand(ref, o));
  feeds
    .command('resume')
    .description('poll a paused feed again now, clearing its error count')
    .argument('<id|url>', 'the feed id (see feeds status) or its URL')
    .action((ref: string) => healthCli().feedsResumeCommand(ref));
}
