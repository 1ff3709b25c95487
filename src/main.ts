/** The `wireroom` CLI. Every command has --help; bad input gets one clear line and an exit code. */
import { Command, CommanderError } from 'commander';
import { errorCode, errorMessage, PipelineError, UserError } from './errors';
import { VERSION } from './settings';
import type { Role } from './roles';

// Commands load their modules when they run: `parse-feed` does not pay for the queue, the
// database drivers and the HTTP server, and start-up stays fast.
/* eslint-disable @typescript-eslint/no-require-imports */
const runRoles = (roles: Role[], command: string) =>
  (require('./cli/run-roles') as typeof import('./cli/run-roles')).runRoles(roles, command);
const cli = {
  extract: () => require('./cli/extract') as typeof import('./cli/extract'),
  feeds: () => require('./cli/feeds') as typeof import('./cli/feeds'),
  items: () => require('./cli/items') as typeof import('./cli/items'),
  migrate: () => require('./cli/migrate') as typeof import('./cli/migrate'),
  doctor: () => require('./cli/doctor') as typeof import('./cli/doctor'),
  parseFeed: () => require('./cli/parse-feed') as typeof import('./cli/parse-feed'),
  users: () => require('./cli/users') as typeof import('./cli/users'),
  webhooks: () => require('./cli/webhooks') as typeof import('./cli/webhooks'),
};

/** Builds the command tree (exported for tests). */
export function buildCli(): Command {
  const program = new Command('wireroom')
    .description('Aggregates news feeds and wire copy and republishes it with source credits.')
    .version(VERSION)
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)');

  program
    .command('start')
    .description('run every role in one process (embedded PGlite + in-process queue unless DATABASE_URL / REDIS_URL are set)')
    .action(() => runRoles(['serve', 'fetch', 'work'], 'start'));
  program
    .command('fetch')
    .description('run the scheduler and feed fetchers (needs DATABASE_URL and REDIS_URL)')
    .action(() => runRoles(['fetch'], 'fetch'));
  program
    .command('work')
    .description('run article workers: fetch, extract, store, publish (needs DATABASE_URL and REDIS_URL)')
    .action(() => runRoles(['work'], 'work'));
  program
    .command('serve')
    .description('run the HTTP server: portal API, feeds, editor (needs DATABASE_URL and REDIS_URL)')
    .action(() => runRoles(['serve'], 'serve'));
  program
    .command('migrate')
    .description('apply database migrations')
    .action(() => cli.migrate().migrateCommand());
  program
    .command('doctor')
    .description(
      'check config, database, migrations, Redis and one sample fetch; print what is wrong and how to fix it (exit 1 on a failure)',
    )
    .option('--url <url>', 'feed to fetch instead of the first configured one')
    .option('--json', 'print JSON')
    .action((o: { url?: string; json?: boolean }) => cli.doctor().doctorCommand(o));

  const feeds = program.command('feeds').description('the sources list (config/feeds.yaml or WIREROOM_FEEDS)');
  feeds
    .command('validate')
    .description('check the sources list and the environment; exit 2 on problems')
    .action(() => cli.feeds().feedsValidateCommand());
  feeds
    .command('list')
    .description('show configured sources and feeds')
    .option('--json', 'print JSON')
    .action((o: { json?: boolean }) => cli.feeds().feedsListCommand(o));
  (require('./cli/feeds-commands') as typeof import('./cli/feeds-commands')).registerFeedOpsCommands(feeds);

  program
    .command('webhooks')
    .description('portal webhooks (feeds.yaml `webhooks:`)')
    .command('replay')
    .description('send deliveries to an endpoint again, from an event id (see GET /api/webhooks/events)')
    .requiredOption('--endpoint <url>', 'a webhook url from feeds.yaml')
    .option('--after <event id>', 'replay events after this id (0 = all)', '0')
    .action((o: { endpoint: string; after?: string }) => cli.webhooks().webhooksReplayCommand(o));

  program
    .command('items')
    .description('published items')
    .command('recheck')
    .description("fetch published items' pages again soon, for corrections and takedowns (the running scheduler does the fetching)")
    .option('--source <id>', 'items of this source (see feeds list)')
    .option('--since <duration>', 'items published within this long, e.g. 24h')
    .option('--item <id>', 'an item id; repeat or separate with commas', (v: string, acc: string[] = []) => [...acc, v])
    .option('--all', 'every published item (each is one page fetch)')
    .action((o: { source?: string; since?: string; item?: string[]; all?: boolean }) => cli.items().itemsRecheckCommand(o));

  const users = program.command('users').description('viewer, editor and operator accounts for the review desk (/editor)');
  users
    .command('add')
    .description('create an account; asks for the password on a terminal')
    .argument('<username>', 'lowercase letters, digits, ".", "-", "_"')
    .requiredOption('--role <role>', 'viewer (reads the desk), editor (reviews) or operator (reviews, feeds, health)')
    .option('--password-stdin', 'read the password from the first line of standard input')
    .action((username: string, o: { role: string; passwordStdin?: boolean }) => cli.users().usersAddCommand(username, o));
  users
    .command('list')
    .description('show every account: role, enabled or disabled, API token, sessions, login waits')
    .option('--json', 'print JSON')
    .action((o: { json?: boolean }) => cli.users().usersListCommand(o));
  users
    .command('disable')
    .description('stop an account: it cannot log in, its sessions end and its API token is refused')
    .argument('<username>', 'an existing account')
    .action((username: string) => cli.users().usersSetDisabledCommand(username, true));
  users
    .command('enable')
    .description('let a disabled account log in again')
    .argument('<username>', 'an existing account')
    .action((username: string) => cli.users().usersSetDisabledCommand(username, false));
  users
    .command('passwd')
    .description("set an account's password (asks on a terminal); its sessions end")
    .argument('<username>', 'an existing account')
    .option('--password-stdin', 'read the password from the first line of standard input')
    .action((username: string, o: { passwordStdin?: boolean }) => cli.users().usersPasswdCommand(username, o));
  users
    .command('role')
    .description('give an account another role: viewer, editor or operator')
    .argument('<username>', 'an existing account')
    .argument('<role>', 'viewer, editor or operator')
    .action((username: string, role: string) => cli.users().usersRoleCommand(username, role));
  users
    .command('token')
    .description(
      'print a new portal API read token for an account (shown once), or revoke it; the first token closes an API left open by default',
    )
    .argument('<username>', 'an existing account')
    .option('--revoke', "remove the account's token instead")
    .action((username: string, o: { revoke?: boolean }) => cli.users().usersTokenCommand(username, o));
  users
    .command('unlock')
    .description('lift the login waits on an account (after failed passwords), from every address')
    .argument('<username>', 'the account name as typed at login')
    .action((username: string) => cli.users().usersUnlockCommand(username));

  program
    .command('parse-feed')
    .description('parse an RSS, Atom, RDF or JSON Feed document and print normalized JSON')
    .argument('<file>', 'a file, or - for standard input')
    .option('--url <url>', 'the URL the feed came from (base for relative links)')
    .option('--content-type <type>', 'the HTTP Content-Type (for the charset)')
    .action((file: string, o: { url?: string; contentType?: string }) => cli.parseFeed().parseFeedCommand(file, o));

  program
    .command('extract')
    .description('extract the article and its attribution from an HTML page and print JSON')
    .argument('<file>', 'a file, or - for standard input')
    .requiredOption('--url <url>', "the page's URL (base for relative links)")
    .option('--content-type <type>', 'the HTTP Content-Type (for the charset)')
    .action((file: string, o: { url: string; contentType?: string }) => cli.extract().extractCommand(file, o));

  markRequiredOptions(program);
  return program;
}

/** Appends "(required)" to the help text of every option declared with requiredOption, in every command. */
function markRequiredOptions(cmd: Command): void {
  for (const opt of cmd.options) if (opt.mandatory && !opt.description.endsWith('(required)')) opt.description += ' (required)';
  for (const sub of cmd.commands) markRequiredOptions(sub);
}

/** Time a failed command gets to close what it opened before the process exits anyway (a pool or socket left open must not hang it). */
const FATAL_EXIT_GRACE_MS = 3000;

/** Entry point used by bin/wireroom.js. */
export function main(argv: string[]): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0); // reader went away (| head)
  });
  // A throw from a callback or a rejection nobody awaited: one summary line, the stack after it, exit 1.
  process.on('uncaughtException', (err) => fatal('uncaught error', err));
  process.on('unhandledRejection', (err) => fatal('unhandled rejection', err));
  buildCli()
    .parseAsync(argv, { from: 'user' })
    .then(() => {
      if (process.exitCode === undefined) process.exitCode = 0;
    })
    .catch((err: unknown) => fail(err));
}

/** One line naming the error and its code, then the stack for a bug report; the process exits. */
function fatal(what: string, err: unknown): void {
  process.stderr.write(fatalReport(what, err));
  process.exit(1);
}

/** The text printed for an unexpected error: the summary line first, the stack below it (exported for tests). */
export function fatalReport(what: string, err: unknown): string {
  const summary = `wireroom: ${what}: ${errorMessage(err).split('\n')[0] ?? ''} (${errorCode(err)})\n`;
  const stack = err instanceof Error && err.stack ? err.stack.split('\n').slice(1).join('\n') : '';
  return stack ? `${summary}details (for a bug report):\n${stack}\n` : summary;
}

/** Leaves `code` as the exit code and makes sure the process ends even if a handle stays open. */
function exitSoon(code: number): void {
  process.exitCode = code;
  setTimeout(() => process.exit(code), FATAL_EXIT_GRACE_MS).unref();
}

function fail(err: unknown): void {
  if (err instanceof CommanderError) {
    process.exitCode = err.exitCode === 0 ? 0 : 2;
    return;
  }
  if (err instanceof UserError) {
    process.stderr.write(err.message + '\n');
    exitSoon(err.exitCode);
    return;
  }
  if (err instanceof PipelineError) {
    process.stderr.write(`wireroom: ${err.message}\n`);
    exitSoon(1);
    return;
  }
  process.stderr.write(fatalReport('unexpected error', err));
  exitSoon(1);
}
