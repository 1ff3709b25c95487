/** Starts the fetch role's push-free channels: watched folders and WebSub subscriptions/renewals. */
import type { Deps } from '../deps';
import { websubTick } from './websub/subscriptions';
import { startFolderWatchers } from './folder-watch';

/** How often subscriptions are checked for discovery, renewal and silent hubs. */
const WEBSUB_TICK_MS = 60_000;

/** Starts both; the returned function stops them and waits for a scan in progress. */
export function startWireChannels(deps: Deps): () => Promise<void> {
  const stopFolders = startFolderWatchers(deps, Math.max(1000, deps.settings.fetch.tickSeconds * 1000));
  let running: Promise<unknown> | null = null;
  const tick = () => {
    if (running || !deps.settings.publicUrl) return;
    running = websubTick(deps)
      .then((r) => (r.subscribed || r.renewed || r.failed) && deps.log.info({ ...r }, 'websub tick'))
      .catch((err: unknown) => deps.log.warn({ err: String(err) }, 'websub tick failed; will retry'))
      .finally(() => (running = null));
  };
  const timer = setInterval(tick, WEBSUB_TICK_MS);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
    await stopFolders();
  };
}
