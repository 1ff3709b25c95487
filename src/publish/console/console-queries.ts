/** What the operator console shows, read in one go: feeds with their health, queues, recent failures, accounts. */
import { listAccounts, type AccountSummary } from '../../auth/accounts-admin';
import type { Deps } from '../../deps';
import type { QueueCounts } from '../../queue';
import { gatherHealth } from '../api/health-routes';
import { planHealth } from '../api/health-plan';

/** Recent failures listed (feeds and article pages together). */
const RECENT_FAILURES = 12;

export interface ConsoleFeed {
  id: number;
  source_id: string;
  source_name: string;
  url: string;
  title: string | null;
  last_fetched_at: Date | null;
  last_status: number | null;
  last_duration_ms: number | null;
  last_new_entries: number | null;
  error_code: string | null;
  error_message: string | null;
  error_count: number;
  paused: boolean;
  paused_reason: string | null;
  next_due_at: Date;
}

export interface ConsoleFailure {
  at: Date;
  kind: 'feed' | 'article';
  what: string;
  url: string;
  code: string;
  message: string | null;
}

export interface ConsoleFacts {
  now: Date;
  health: { status: 'ok' | 'degraded' | 'down'; problems: string[] };
  queueKind: string;
  queues: { name: string; counts: QueueCounts | undefined }[];
  feeds: ConsoleFeed[];
  failures: ConsoleFailure[];
  accounts: AccountSummary[];
}

/** Every active feed with its poll state, failing and paused first. */
export function listConsoleFeeds(db: Deps['db']): Promise<ConsoleFeed[]> {
  return db
    .selectFrom('feeds as f')
    .innerJoin('sources as s', 's.id', 'f.source_id')
    .select([
      'f.id',
      'f.source_id',
      's.name as source_name',
      'f.url',
      'f.title',
      'f.last_fetched_at',
      'f.last_status',
      'f.last_duration_ms',
      'f.last_new_entries',
      'f.error_code',
      'f.error_message',
      'f.error_count',
      'f.paused',
      'f.paused_reason',
      'f.next_due_at',
    ])
    .where('f.active', '=', true)
    .orderBy('f.error_count', 'desc')
    .orderBy('f.paused', 'desc')
    .orderBy('s.name')
    .orderBy('f.id')
    .execute();
}

/** Articles whose page could not be extracted, newest first. */
async function recentArticleFailures(db: Deps['db']): Promise<ConsoleFailure[]> {
  const rows = await db
    .selectFrom('items')
    .select(['title', 'url', 'extract_error', 'updated_at'])
    .where('extract_error', 'is not', null)
    .orderBy('updated_at', 'desc')
    .limit(RECENT_FAILURES)
    .execute();
  return rows.map((r) => ({ at: r.updated_at, kind: 'article', what: r.title, url: r.url, code: r.extract_error ?? '', message: null }));
}

/** Failing feeds and failed article pages merged, newest first. */
function mergeFailures(feeds: ConsoleFeed[], articles: ConsoleFailure[]): ConsoleFailure[] {
  const feedFailures: ConsoleFailure[] = feeds
    .filter((f) => f.error_count > 0 && f.error_code && f.last_fetched_at)
    .map((f) => ({
      at: f.last_fetched_at!,
      kind: 'feed',
      what: f.title ?? f.source_name,
      url: f.url,
      code: f.error_code!,
      message: f.error_message,
    }));
  return [...feedFailures, ...articles].sort((a, b) => new Date(b.at).getTime() - new Date(a.at).getTime()).slice(0, RECENT_FAILURES);
}

/** Loads everything the console page shows. */
export async function loadConsoleFacts(deps: Deps): Promise<ConsoleFacts> {
  const now = deps.clock.now();
  const facts = await gatherHealth(deps);
  const report = planHealth(facts);
  const [feeds, articles, accounts] = await Promise.all([
    listConsoleFeeds(deps.db),
    recentArticleFailures(deps.db),
    listAccounts(deps.db, now),
  ]);
  return {
    now,
    health: { status: report.status, problems: report.problems },
    queueKind: deps.queue.kind,
    queues: Object.keys(facts.counts).map((name) => ({ name, counts: facts.counts[name] })),
    feeds,
    failures: mergeFailures(feeds, articles),
    accounts,
  };
}
