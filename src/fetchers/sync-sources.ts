/**
 * Makes the sources and feeds tables match feeds.yaml: upserts what the file lists, deactivates
 * what it no longer lists (rows and their history stay). A feed moved by a permanent redirect
 * keeps its new URL: rows are matched on the URL the file gives (`config_url`).
 */
import type { Deps } from '../deps';
import type { FeedConfig, SourceConfig } from '../settings';
import { serializePollState } from './poll-state';

export interface SyncReport {
  sources: number;
  feeds: number;
  deactivatedFeeds: number;
}

/** Writes the configured sources and feeds to the database. */
export async function syncSources(
  deps: Pick<Deps, 'db' | 'settings' | 'clock'>,
  sources: readonly SourceConfig[] = deps.settings.feeds.sources,
): Promise<SyncReport> {
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (tx) => {
    let feeds = 0;
    for (const s of sources) {
      await tx
        .insertInto('sources')
        .values(sourceValues(s, now))
        .onConflict((oc) => oc.column('id').doUpdateSet((eb) => ({ ...sourceValues(s, now), active: eb.val(!s.paused) })))
        .execute();
      for (const f of s.feeds) {
        const url = f.url ?? `${f.type ?? 'push'}:${s.id}:${f.path ?? 'push'}`;
        await tx
          .insertInto('feeds')
          .values({ ...feedValues(s, f), url, config_url: url, next_due_at: now, poll_state: serializePollState({ path: f.path }) })
          .onConflict((oc) => oc.column('config_url').doUpdateSet({ ...feedValues(s, f), updated_at: now }))
          .execute();
        feeds++;
      }
    }
    const listed = sources.flatMap((s) => s.feeds.map((f) => f.url ?? `${f.type ?? 'push'}:${s.id}:${f.path ?? 'push'}`));
    const gone = await tx
      .updateTable('feeds')
      .set({ active: false, updated_at: now })
      .where('active', '=', true)
      .$if(listed.length > 0, (q) => q.where('config_url', 'not in', listed))
      .executeTakeFirst();
    const ids = sources.map((s) => s.id);
    await tx
      .updateTable('sources')
      .set({ active: false })
      .$if(ids.length > 0, (q) => q.where('id', 'not in', ids))
      .execute();
    return { sources: sources.length, feeds, deactivatedFeeds: Number(gone.numUpdatedRows ?? 0) };
  });
}

/** The columns feeds.yaml decides; written on insert and on every sync, so a key removed from the file resets its column. */
function feedValues(s: SourceConfig, f: FeedConfig) {
  return {
    source_id: s.id,
    type: f.type ?? 'rss',
    title: f.title,
    poll_interval_s: Math.round(f.pollIntervalS),
    max_body_bytes: f.maxBodyBytes,
    active: !s.paused,
  };
}

function sourceValues(s: SourceConfig, now: Date) {
  return {
    id: s.id,
    name: s.name,
    homepage: s.homepage,
    rights: s.rights,
    review: s.review,
    credit_template: s.creditTemplate,
    excerpt_words: s.excerptWords,
    categories: JSON.stringify(s.categories),
    language: s.language,
    settings: JSON.stringify({ extract: s.extract, push_token_env: s.pushTokenEnv, poll_interval_s: s.pollIntervalS, aliases: s.aliases }),
    active: !s.paused,
    updated_at: now,
  };
}
