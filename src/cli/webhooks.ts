/** `wireroom webhooks replay --endpoint <url> [--after <event id>]`: sends deliveries again from a cursor. */
import { UserError } from '../errors';
import { replayDeliveries } from '../publish/webhooks/dispatch';
import { loadSettings } from '../settings';
import { withDatabase } from './with-database';

/** Resets the endpoint's deliveries after the event id to pending; a running work role sends them within a second. */
export async function webhooksReplayCommand(opts: { endpoint: string; after?: string }): Promise<void> {
  const settings = loadSettings();
  if (!settings.webhooks.some((w) => w.url === opts.endpoint)) {
    throw new UserError(
      `wireroom webhooks replay: --endpoint ${opts.endpoint} is not in feeds.yaml webhooks; use one of: ${settings.webhooks.map((w) => w.url).join(', ') || '(none configured)'}`,
    );
  }
  const after = Number(opts.after ?? '0');
  if (!Number.isSafeInteger(after) || after < 0)
    throw new UserError(
      'wireroom webhooks replay: --after must be an event id (a whole number, 0 for everything); see GET /api/webhooks/events',
    );
  const n = await withDatabase(settings, (db) => replayDeliveries(db, opts.endpoint, after));
  process.stdout.write(`${n} deliveries to ${opts.endpoint} after event ${after} set to pending; the work role sends them\n`);
}
