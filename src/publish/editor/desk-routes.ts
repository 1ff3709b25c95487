/** Routes for two editors and source updates: take over the lock, approve or dismiss a source update, the activity page. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { requireRole } from '../../auth/guard';
import type { Deps } from '../../deps';
import type { EditorField } from '../../policy/source-update';
import { writeAudit } from '../../store/audit';
import { approveUpdate, dismissUpdate } from './actions';
import { ACTIVITY_PAGE_SIZE, listActivity, listActors, listPendingUpdates } from './activity-queries';
import { activityHref, renderActivityPage } from './activity-page';
import { findLock, saveLock } from './desk-store';
import { runAction } from './item-routes';
import { planLock } from './lock-plan';
import { parseId } from './params';
import { listSourceChoices } from './queue-queries';

const TAKEABLE: readonly EditorField[] = ['title', 'summary', 'credit'];

/** The `take` boxes of the approve-update form (repeated or single); unknown names are ignored. */
export function parseTake(v: unknown): EditorField[] {
  const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return TAKEABLE.filter((f) => list.includes(f));
}

/** `?editor=&source=&before=` for the activity page; a problem names the field and the fix. */
export function parseActivityQuery(
  q: Record<string, unknown>,
): { ok: true; value: { actor?: string; source?: string; before?: number } } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const actor = typeof q.editor === 'string' && q.editor ? q.editor : undefined;
  if (actor && actor.length > 100) problems.push('editor: a username of at most 100 characters');
  const source = typeof q.source === 'string' && q.source ? q.source : undefined;
  if (source && !/^[a-z0-9-]+$/.test(source)) problems.push('source: a source id (lowercase letters, digits, -)');
  const before = typeof q.before === 'string' && q.before ? parseId(q.before) : undefined;
  if (typeof q.before === 'string' && q.before && !before)
    problems.push('before: not a cursor from this page; start again from /editor/activity');
  return problems.length ? { ok: false, problems } : { ok: true, value: { actor, source, before } };
}

/** Registers the desk's lock, update and activity routes. */
export function registerDeskRoutes(app: FastifyInstance, deps: Deps): void {
  const editor = { preHandler: requireRole(deps, 'editor') };
  const actor = (req: FastifyRequest) => req.editor!.username;

  app.post('/editor/items/:id/lock', editor, (req, reply) =>
    runAction(deps, req, reply, 'lock', async (id) => {
      const now = deps.clock.now();
      const plan = planLock(await findLock(deps.db, id), actor(req), now, true);
      await saveLock(deps.db, id, plan.lock);
      if (plan.kind === 'take' && plan.from)
        await writeAudit(deps.db, {
          actor: actor(req),
          action: 'lock-takeover',
          itemId: id,
          before: { username: plan.from },
          after: { username: actor(req) },
          at: now,
        });
    }),
  );
  app.post('/editor/items/:id/approve-update', editor, (req, reply) =>
    runAction(deps, req, reply, 'approve-update', (id, b, expected) =>
      approveUpdate(deps.db, id, parseTake(b.take), actor(req), deps.clock.now(), expected),
    ),
  );
  app.post('/editor/items/:id/dismiss-update', editor, (req, reply) =>
    runAction(deps, req, reply, 'dismiss-update', (id, _b, expected) => dismissUpdate(deps.db, id, actor(req), deps.clock.now(), expected)),
  );

  app.get('/editor/activity', editor, async (req, reply) => {
    const parsed = parseActivityQuery(req.query as Record<string, unknown>);
    if (!parsed.ok)
      return reply.code(400).send({ error: { code: 'BAD_REQUEST', message: parsed.problems.join('; '), problems: parsed.problems } });
    const filters = parsed.value;
    const [rows, actors, sources, pending] = await Promise.all([
      listActivity(deps.db, filters),
      listActors(deps.db),
      listSourceChoices(deps.db),
      listPendingUpdates(deps.db),
    ]);
    const page = rows.slice(0, ACTIVITY_PAGE_SIZE);
    const last = page[page.length - 1];
    const nextHref = rows.length > ACTIVITY_PAGE_SIZE && last ? activityHref({ ...filters, before: last.id }) : null;
    return reply
      .type('text/html; charset=utf-8')
      .send(renderActivityPage({ user: req.editor!, filters, rows: page, actors, sources, pending, nextHref }));
  });
}
