/**
 * Pull and replay for portals: GET /api/webhooks/events?after=<event id> lists publish, update and
 * withdrawal events from a cursor (a portal that missed pushes catches up here), in commit order:
 * pass back `next_cursor` (the last event's id; ids are not ascending in this order) and no event
 * is ever skipped. GET /api/webhooks/dead-letters lists deliveries that ran out of tries; it holds
 * endpoint URLs and errors, so it needs an operator (login or WIREROOM_ADMIN_TOKEN) even when the
 * portal API is open.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../deps';
import { badRequest } from '../../http/replies';
import { positionAfterEvent, readEventsAfter } from './event-log';
import { requireOperator } from './operator-guard';
import { registerReplayRoutes } from './replay-routes';
import { setPagingLinks } from '../api/paging-reply';

const query = z.object({
  after: z.coerce
    .number({ error: 'after must be an event id (a whole number, 0 for the start)' })
    .int('after must be a whole number')
    .min(0, 'after must be 0 or more')
    .default(0),
  limit: z.coerce
    .number({ error: 'limit must be a whole number from 1 to 500' })
    .int()
    .min(1, 'limit must be at least 1')
    .max(500, 'limit must be at most 500')
    .default(100),
});

/** Registers the webhook routes. */
export function registerWebhookRoutes(app: FastifyInstance, deps: Deps): void {
  app.get('/api/webhooks/events', async (req, reply) => {
    const q = query.safeParse(req.query);
    if (!q.success)
      return badRequest(
        reply,
        q.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
      );
    const rows = await readEventsAfter(deps.db, await positionAfterEvent(deps.db, q.data.after), q.data.limit);
    const events = rows.map((r) => ({
      id: r.id,
      type: r.type,
      item_id: r.item_id,
      item_version: r.item_version,
      at: new Date(r.at).toISOString(),
    }));
    const next_cursor = events.length ? events[events.length - 1]!.id : q.data.after;
    // A full page may have more after it; a short one is the end for now (poll again from next_cursor).
    setPagingLinks(deps, req, reply, events.length === q.data.limit ? String(next_cursor) : null, 'after');
    return { events, next_cursor };
  });

  app.get('/api/webhooks/dead-letters', { preHandler: requireOperator(deps) }, async (req, reply) => {
    const q = query.safeParse(req.query);
    if (!q.success)
      return badRequest(
        reply,
        q.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
      );
    const rows = await deps.db
      .selectFrom('webhook_deliveries as d')
      .innerJoin('publish_events as e', 'e.id', 'd.event_id')
      .select([
        'd.id',
        'd.endpoint',
        'd.attempts',
        'd.last_status',
        'd.last_error',
        'd.created_at',
        'e.id as event_id',
        'e.type',
        'e.item_id',
      ])
      .where('d.status', '=', 'dead')
      .where('d.id', '>', q.data.after)
      .orderBy('d.id')
      .limit(q.data.limit)
      .execute();
    const last = rows[rows.length - 1];
    setPagingLinks(deps, req, reply, rows.length === q.data.limit && last ? String(last.id) : null, 'after');
    return {
      dead_letters: rows.map((r) => ({
        ...r,
        id: Number(r.id),
        event_id: Number(r.event_id),
        item_id: Number(r.item_id),
        created_at: new Date(r.created_at).toISOString(),
      })),
    };
  });
  registerReplayRoutes(app, deps);
}
