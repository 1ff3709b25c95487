/**
 * `wireroom items recheck`: fetch chosen published items' pages again now, to pick up corrections
 * and takedowns between the scheduled re-checks (or for items published before re-checks existed).
 * It only makes them due; the running scheduler (the fetch role) fetches them, a batch a tick.
 */
import { requestRecheck, type RecheckRequest } from '../fetchers/recheck-claim';
import { UserError } from '../errors';
import { loadSettings } from '../settings';
import { parseDuration } from '../settings/duration';
import { withDatabase } from './with-database';

export interface RecheckOptions {
  source?: string;
  since?: string;
  item?: string[];
  all?: boolean;
}

const USAGE = 'say which items: --source <id>, --since <duration> (e.g. 24h), --item <id> (repeatable), or --all';

/** Turns the options into a request, or explains what is wrong with them. Pure. */
export function recheckRequest(o: RecheckOptions, now: Date): RecheckRequest {
  const req: RecheckRequest = {};
  if (o.source !== undefined) req.sourceId = o.source;
  if (o.since !== undefined) {
    const s = parseDuration(o.since);
    if (s === undefined || s <= 0)
      throw new UserError(`wireroom items recheck: --since must be a duration like "90m", "24h" or "7d" (got ${JSON.stringify(o.since)})`);
    req.publishedSince = new Date(now.getTime() - s * 1000);
  }
  if (o.item?.length) {
    const ids = o.item.flatMap((v) => v.split(',')).map((v) => v.trim());
    const bad = ids.find((v) => !/^\d+$/.test(v));
    if (bad !== undefined)
      throw new UserError(`wireroom items recheck: --item takes item ids (numbers, as in /api/items); got ${JSON.stringify(bad)}`);
    req.itemIds = ids.map(Number);
  }
  if (!o.all && Object.keys(req).length === 0) throw new UserError(`wireroom items recheck: ${USAGE}`);
  return req;
}

/** Makes the chosen published items due for a re-check now and says how many. */
export async function itemsRecheckCommand(o: RecheckOptions): Promise<void> {
  const settings = loadSettings();
  if (settings.recheck.afterSeconds.length === 0) {
    throw new UserError(
      'wireroom items recheck: re-checks are off (WIREROOM_RECHECK_AFTER=off); set it, e.g. to 1h,6h,24h, for the scheduler to fetch pages again',
    );
  }
  const now = new Date();
  const req = recheckRequest(o, now);
  await withDatabase(settings, async (db) => {
    if (req.sourceId !== undefined) {
      const known = await db.selectFrom('sources').select('id').where('id', '=', req.sourceId).executeTakeFirst();
      if (!known) throw new UserError(`wireroom items recheck: no source with id "${req.sourceId}"; see \`wireroom feeds list\``);
    }
    const n = await requestRecheck(db, req, now);
    process.stdout.write(`${n} published item${n === 1 ? '' : 's'} due for a re-check now\n`);
    if (n > 0)
      process.stderr.write(
        'The scheduler (wireroom start, or the fetch role) fetches their pages over its next ticks: a 410, or a 404 twice, withdraws an item; a changed page becomes a new version.\n',
      );
  });
}
