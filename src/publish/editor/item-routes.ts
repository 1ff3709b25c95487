/** The review desk's item routes: queue page, item page, approve/reject/unpublish/edit, bulk. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { refuse, requireRole, wantsJson } from '../../auth/guard';
import type { Deps } from '../../deps';
import { PipelineError } from '../../errors';
import { approveItem, editItem, rejectItem, unpublishItem } from './actions';
import { findEditorItem, findQueueNeighbours, listClusterOutlets, listItemAudit } from './item-queries';
import { renderItemPage } from './item-page';
import { StaleEditError, type Expected } from './desk-store';
import { loadDeskPanels, expectedFrom } from './desk-view';
import { describeChange } from './version-check';
import { parseId, parseIds, parseQueueQuery } from './params';
import { countByStatus, encodeQueueCursor, listQueue, listSourceChoices, QUEUE_PAGE_SIZE } from './queue-queries';
import { queueHref, renderQueuePage } from './queue-page';

const DONE: Record<string, string> = {
  approve: 'Approved and published.',
  reject: 'Rejected.',
  unpublish: 'Unpublished.',
  edit: 'Changes saved.',
  bulk: 'Bulk action done.',
  'approve-update': 'Update approved and published.',
  'dismiss-update': 'Kept the published version; the source update was dropped.',
  lock: 'You are now editing this item.',
};
const STATUS_OF_CODE: Record<string, number> = {
  REVIEW_STALE: 409,
  NOT_FOUND: 404,
  REVIEW_BAD_TRANSITION: 409,
  PUBLISH_NO_CREDIT: 409,
  PUBLISH_RIGHTS_NONE: 409,
};

type Body = Record<string, unknown>;
const text = (v: unknown) => (typeof v === 'string' ? v : undefined);

async function sendItemPage(
  deps: Deps,
  req: FastifyRequest,
  reply: FastifyReply,
  id: number,
  status: number,
  notice: string | null,
  kind: 'ok' | 'error',
  stale: Parameters<typeof loadDeskPanels>[3] = null,
) {
  const item = await findEditorItem(deps.db, id);
  if (!item) return refuse(req, reply, 404, 'NOT_FOUND', `no item ${id}`);
  const [outlets, audit, neighbours, desk] = await Promise.all([
    listClusterOutlets(deps.db, item.cluster_id, id),
    listItemAudit(deps.db, id),
    findQueueNeighbours(deps.db, item),
    loadDeskPanels(deps, req.editor!, item, stale),
  ]);
  return reply
    .code(status)
    .type('text/html; charset=utf-8')
    .send(renderItemPage({ user: req.editor!, item, outlets, audit, neighbours, notice, noticeKind: kind, desk }));
}

/** A stale save or approve: 409 with what changed, as JSON or as the item page with a conflict panel. */
function sendStale(deps: Deps, req: FastifyRequest, reply: FastifyReply, id: number, err: StaleEditError) {
  const changes = err.changes.map((c) => ({ ...c, sentence: describeChange(c) }));
  if (wantsJson(req)) return reply.code(409).send({ error: { code: err.code, message: err.message, revision: err.rev, changes } });
  const b = (req.body ?? {}) as Body;
  const mine = { title: text(b.title), summary: text(b.summary), credit: text(b.credit) };
  return sendItemPage(deps, req, reply, id, 409, err.message, 'error', { err, mine });
}

/** Runs one item action and answers JSON (the script) or redirects back to the item (a form). */
export async function runAction(
  deps: Deps,
  req: FastifyRequest,
  reply: FastifyReply,
  name: string,
  act: (id: number, b: Body, expected: Expected | undefined) => Promise<string[] | void>,
) {
  const id = parseId((req.params as { id?: string }).id);
  if (!id) return refuse(req, reply, 400, 'BAD_REQUEST', 'id: must be a positive whole number');
  try {
    const body = (req.body ?? {}) as Body;
    const problems = await act(id, body, expectedFrom(body));
    if (problems && problems.length) {
      if (wantsJson(req)) return reply.code(400).send({ error: { code: 'BAD_REQUEST', message: problems.join('; '), problems } });
      return sendItemPage(deps, req, reply, id, 400, problems.join('; '), 'error');
    }
  } catch (err) {
    if (err instanceof StaleEditError) return sendStale(deps, req, reply, id, err);
    if (!(err instanceof PipelineError) || !STATUS_OF_CODE[err.code]) throw err;
    if (wantsJson(req) || err.code === 'NOT_FOUND') return refuse(req, reply, STATUS_OF_CODE[err.code]!, err.code, err.message);
    return sendItemPage(deps, req, reply, id, STATUS_OF_CODE[err.code]!, err.message, 'error');
  }
  req.log.info({ item_id: id, action: name, actor: req.editor!.username }, 'editor action');
  return wantsJson(req) ? reply.send({ ok: true, id, action: name }) : reply.redirect(`/editor/items/${id}?done=${name}`, 303);
}

/** Registers the queue, item and action routes. */
export function registerItemDeskRoutes(app: FastifyInstance, deps: Deps): void {
  const editor = { preHandler: requireRole(deps, 'editor') };
  const actor = (req: FastifyRequest) => req.editor!.username;

  app.get('/editor', editor, async (req, reply) => {
    const q = req.query as Record<string, unknown>;
    const parsed = parseQueueQuery(q);
    if (!parsed.ok)
      return reply.code(400).send({ error: { code: 'BAD_REQUEST', message: parsed.problems.join('; '), problems: parsed.problems } });
    const { filters, after } = parsed.value;
    const [rows, counts, sources] = await Promise.all([
      listQueue(deps.db, filters, after),
      countByStatus(deps.db, filters),
      listSourceChoices(deps.db),
    ]);
    const page = rows.slice(0, QUEUE_PAGE_SIZE);
    const last = page[page.length - 1];
    const nextHref = rows.length > QUEUE_PAGE_SIZE && last ? queueHref(filters, encodeQueueCursor({ id: last.id })) : null;
    const notice = DONE[text(q.done) ?? ''] ?? null;
    return reply
      .type('text/html; charset=utf-8')
      .send(renderQueuePage({ user: req.editor!, filters, rows: page, counts, sources, nextHref, notice }));
  });

  app.get('/editor/items/:id', editor, async (req, reply) => {
    const id = parseId((req.params as { id?: string }).id);
    if (!id) return refuse(req, reply, 400, 'BAD_REQUEST', 'id: must be a positive whole number');
    const done = DONE[text((req.query as Body).done) ?? ''] ?? null;
    return sendItemPage(deps, req, reply, id, 200, done, 'ok');
  });

  app.post('/editor/items/:id/approve', editor, (req, reply) =>
    runAction(deps, req, reply, 'approve', (id, _b, expected) => approveItem(deps.db, id, actor(req), deps.clock.now(), expected)),
  );
  app.post('/editor/items/:id/reject', editor, (req, reply) =>
    runAction(deps, req, reply, 'reject', async (id, b, expected) => {
      const reason = text(b.reason)?.trim();
      if (!reason) return ['reason: say why the item is rejected'];
      await rejectItem(deps.db, id, reason.slice(0, 500), actor(req), deps.clock.now(), expected);
    }),
  );
  app.post('/editor/items/:id/unpublish', editor, (req, reply) =>
    runAction(deps, req, reply, 'unpublish', (id, b, expected) =>
      unpublishItem(deps.db, id, (text(b.reason) ?? '').trim().slice(0, 500), actor(req), deps.clock.now(), expected),
    ),
  );
  app.post('/editor/items/:id/edit', editor, (req, reply) =>
    runAction(deps, req, reply, 'edit', async (id, b, expected) => {
      const r = await editItem(
        deps.db,
        id,
        { title: text(b.title), summary: text(b.summary), body: text(b.body), credit: text(b.credit) },
        actor(req),
        deps.clock.now(),
        expected,
      );
      return r.problems;
    }),
  );

  app.post('/editor/items/bulk', editor, async (req, reply) => {
    const b = (req.body ?? {}) as Body;
    const ids = parseIds(b.ids);
    const action = text(b.action);
    const reason = text(b.reason)?.trim() ?? '';
    const problems = [
      ...(ids.ok ? [] : ids.problems),
      ...(action === 'approve' || action === 'reject' ? [] : ['action: must be approve or reject']),
      ...(action === 'reject' && !reason ? ['reason: say why the items are rejected'] : []),
    ];
    if (!ids.ok || problems.length) return reply.code(400).send({ error: { code: 'BAD_REQUEST', message: problems.join('; '), problems } });
    const failed: { id: number; code: string; message: string }[] = [];
    for (const id of ids.value) {
      try {
        if (action === 'approve') await approveItem(deps.db, id, actor(req), deps.clock.now());
        else await rejectItem(deps.db, id, reason.slice(0, 500), actor(req), deps.clock.now());
      } catch (err) {
        if (!(err instanceof PipelineError)) throw err;
        failed.push({ id, code: err.code, message: err.message });
      }
    }
    if (wantsJson(req)) return reply.send({ ok: failed.length === 0, done: ids.value.length - failed.length, failed });
    if (failed.length)
      return refuse(
        req,
        reply,
        409,
        'BULK_PARTIAL',
        `${ids.value.length - failed.length} done; failed: ${failed.map((f) => `${f.id} (${f.message})`).join('; ')}`,
      );
    const back = text(b.back);
    const target = back && /^\/editor(?:\?|$)/.test(back) ? back : '/editor';
    return reply.redirect(target + (target.includes('?') ? '&' : '?') + 'done=bulk', 303);
  });
}
