/** The review desk's item routes: the item page and approve/reject/unpublish/edit. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { refuse, requireRole, wantsJson } from '../../auth/guard';
import type { Deps } from '../../deps';
import { PipelineError } from '../../errors';
import { checkApproval } from '../../policy/approval-checks';
import { approveItem, editItem, rejectItem, unpublishItem } from './actions';
import { approvalFactsOf } from './approval-facts';
import { renderErrorPage } from './error-page';
import { findEditorItem, findNextToReview, findQueueNeighbours, listClusterOutlets, listItemAudit } from './item-queries';
import { renderItemPage } from './item-page';
import { StaleEditError, type Expected } from './desk-store';
import { loadDeskPanels, expectedFrom } from './desk-view';
import { parseId } from './params';
import { describeChange } from './version-check';

const DONE: Record<string, string> = {
  approve: 'Approved and published.',
  reject: 'Rejected.',
  unpublish: 'Unpublished.',
  edit: 'Changes saved.',
  'approve-update': 'Update approved and published.',
  'dismiss-update': 'Kept the published version; the source update was dropped.',
  lock: 'You are now editing this item.',
};
const STATUS_OF_CODE: Record<string, number> = {
  REVIEW_STALE: 409,
  NOT_FOUND: 404,
  REVIEW_BAD_TRANSITION: 409,
  REVIEW_NEEDS_CONFIRMATION: 409,
  PUBLISH_NO_CREDIT: 409,
  PUBLISH_RIGHTS_NONE: 409,
};
/** Actions that finish an item's review: the form then moves on to the next item to review. */
const MOVES_ON = new Set(['approve', 'reject']);

type Body = Record<string, unknown>;
const text = (v: unknown) => (typeof v === 'string' ? v : undefined);

function notFound(req: FastifyRequest, reply: FastifyReply, id: number) {
  if (wantsJson(req)) return refuse(req, reply, 404, 'NOT_FOUND', `no item ${id}`);
  const page = renderErrorPage({
    user: req.editor ?? null,
    status: 404,
    title: 'No such item',
    problems: [`There is no item ${id}; it may have been merged into another story.`],
    back: { href: '/editor', label: '← Back to the queue' },
  });
  return reply.code(404).type('text/html; charset=utf-8').send(page);
}

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
  if (!item) return notFound(req, reply, id);
  const [outlets, audit, neighbours, desk] = await Promise.all([
    listClusterOutlets(deps.db, item.cluster_id, id),
    listItemAudit(deps.db, id),
    findQueueNeighbours(deps.db, item),
    loadDeskPanels(deps, req.editor!, item, stale),
  ]);
  const checks = checkApproval(approvalFactsOf(item));
  const data = { user: req.editor!, item, outlets, audit, neighbours, checks, now: deps.clock.now(), notice, noticeKind: kind, desk };
  return reply.code(status).type('text/html; charset=utf-8').send(renderItemPage(data));
}

/** Where a form goes after `name` succeeded on `id`: approve and reject move on to the next item to review. */
function afterAction(id: number, name: string, next: number | undefined): string {
  if (!MOVES_ON.has(name)) return `/editor/items/${id}?done=${name}`;
  return next ? `/editor/items/${next}?done=${name}&from=${id}` : `/editor?done=${name}`;
}

/** A stale save or approve: 409 with what changed, as JSON or as the item page with a conflict panel. */
function sendStale(deps: Deps, req: FastifyRequest, reply: FastifyReply, id: number, err: StaleEditError) {
  const changes = err.changes.map((c) => ({ ...c, sentence: describeChange(c) }));
  if (wantsJson(req)) return reply.code(409).send({ error: { code: err.code, message: err.message, revision: err.rev, changes } });
  const b = (req.body ?? {}) as Body;
  const mine = { title: text(b.title), summary: text(b.summary), credit: text(b.credit) };
  return sendItemPage(deps, req, reply, id, 409, err.message, 'error', { err, mine });
}

/** Runs one item action and answers JSON (the script) or redirects (a form). */
export async function runAction(
  deps: Deps,
  req: FastifyRequest,
  reply: FastifyReply,
  name: string,
  act: (id: number, b: Body, expected: Expected | undefined) => Promise<string[] | void>,
) {
  const id = parseId((req.params as { id?: string }).id);
  if (!id) return refuse(req, reply, 400, 'BAD_REQUEST', 'id: must be a positive whole number');
  const next = MOVES_ON.has(name) && !wantsJson(req) ? await findNextToReview(deps.db, id) : undefined;
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
    if (err.code === 'NOT_FOUND') return notFound(req, reply, id);
    if (wantsJson(req)) return refuse(req, reply, STATUS_OF_CODE[err.code]!, err.code, err.message);
    return sendItemPage(deps, req, reply, id, STATUS_OF_CODE[err.code]!, err.message, 'error');
  }
  req.log.info({ item_id: id, action: name, actor: req.editor!.username }, 'editor action');
  return wantsJson(req) ? reply.send({ ok: true, id, action: name }) : reply.redirect(afterAction(id, name, next), 303);
}

/** The notice after an action: on the item itself, or on the next item when the form moved on. */
function doneNotice(q: Body): string | null {
  const done = DONE[text(q.done) ?? ''];
  if (!done) return null;
  const from = parseId(q.from);
  return from ? `Item ${from}: ${done.charAt(0).toLowerCase()}${done.slice(1)} This is the next item to review.` : done;
}

/** Registers the item page and the action routes. */
export function registerItemDeskRoutes(app: FastifyInstance, deps: Deps): void {
  const editor = { preHandler: requireRole(deps, 'editor') };
  const actor = (req: FastifyRequest) => req.editor!.username;

  app.get('/editor/items/:id', editor, async (req, reply) => {
    const id = parseId((req.params as { id?: string }).id);
    if (!id) return refuse(req, reply, 400, 'BAD_REQUEST', 'id: must be a positive whole number');
    return sendItemPage(deps, req, reply, id, 200, doneNotice(req.query as Body), 'ok');
  });

  app.post('/editor/items/:id/approve', editor, (req, reply) =>
    runAction(deps, req, reply, 'approve', (id, b, expected) =>
      approveItem(deps.db, id, actor(req), deps.clock.now(), text(b.confirm_warnings), expected),
    ),
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
}
