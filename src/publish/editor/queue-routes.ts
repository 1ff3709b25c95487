/** The queue's routes: GET /editor (the page), GET /editor/counts (live counts), POST /editor/items/bulk. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requireRole, wantsJson } from '../../auth/guard';
import type { Deps } from '../../deps';
import { PipelineError } from '../../errors';
import { approveItem, rejectItem } from './actions';
import { renderErrorPage } from './error-page';
import { parseIds, parseQueueQuery } from './params';
import { countByStatus, encodeQueueCursor, listQueue, listSourceChoices, QUEUE_PAGE_SIZE } from './queue-queries';
import { queueHref, renderQueuePage } from './queue-page';

type Body = Record<string, unknown>;
const text = (v: unknown) => (typeof v === 'string' ? v : undefined);

const DONE: Record<string, string> = {
  approve: 'Approved and published.',
  reject: 'Rejected.',
  bulk: 'Bulk action done.',
};

/** A 4xx as JSON for the script, else as a page that says what to fix and links back. */
function badRequest(req: FastifyRequest, reply: FastifyReply, status: number, title: string, problems: string[], back: string) {
  if (wantsJson(req)) return reply.code(status).send({ error: { code: 'BAD_REQUEST', message: problems.join('; '), problems } });
  const page = renderErrorPage({ user: req.editor ?? null, status, title, problems, back: { href: back, label: '← Back to the queue' } });
  return reply.code(status).type('text/html; charset=utf-8').send(page);
}

async function bulkApply(deps: Deps, action: 'approve' | 'reject', ids: number[], reason: string, actor: string) {
  const failed: { id: number; code: string; message: string }[] = [];
  for (const id of ids) {
    try {
      if (action === 'approve') await approveItem(deps.db, id, actor, deps.clock.now());
      else await rejectItem(deps.db, id, reason.slice(0, 500), actor, deps.clock.now());
    } catch (err) {
      if (!(err instanceof PipelineError)) throw err;
      failed.push({ id, code: err.code, message: err.message });
    }
  }
  return failed;
}

/** Registers the queue page, its counts and the bulk action. */
export function registerQueueRoutes(app: FastifyInstance, deps: Deps): void {
  const editor = { preHandler: requireRole(deps, 'editor') };

  app.get('/editor', editor, async (req, reply) => {
    const q = req.query as Record<string, unknown>;
    const parsed = parseQueueQuery(q);
    if (!parsed.ok) return badRequest(req, reply, 400, 'This queue address is not valid', parsed.problems, '/editor');
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
    const data = { user: req.editor!, filters, rows: page, counts, sources, nextHref, notice, now: deps.clock.now() };
    return reply.type('text/html; charset=utf-8').send(renderQueuePage(data));
  });

  app.get('/editor/counts', editor, async (req, reply) => {
    const parsed = parseQueueQuery(req.query as Record<string, unknown>);
    if (!parsed.ok)
      return reply.code(400).send({ error: { code: 'BAD_REQUEST', message: parsed.problems.join('; '), problems: parsed.problems } });
    return reply.send({ counts: await countByStatus(deps.db, parsed.value.filters) });
  });

  app.post('/editor/items/bulk', editor, async (req, reply) => {
    const b = (req.body ?? {}) as Body;
    const ids = parseIds(b.ids);
    const action = text(b.action);
    const reason = text(b.reason)?.trim() ?? '';
    const backText = text(b.back);
    const back = backText && /^\/editor(?:\?|$)/.test(backText) ? backText : '/editor';
    const problems = [
      ...(ids.ok ? [] : ids.problems),
      ...(action === 'approve' || action === 'reject' ? [] : ['action: must be approve or reject']),
      ...(action === 'reject' && !reason ? ['reason: say why the items are rejected'] : []),
    ];
    if (!ids.ok || problems.length || (action !== 'approve' && action !== 'reject'))
      return badRequest(req, reply, 400, 'Nothing was changed', problems, back);
    const failed = await bulkApply(deps, action, ids.value, reason, req.editor!.username);
    const done = ids.value.length - failed.length;
    if (wantsJson(req)) return reply.send({ ok: failed.length === 0, done, failed });
    if (failed.length) {
      const title = `${done} of ${ids.value.length} items ${action === 'approve' ? 'approved' : 'rejected'}`;
      const why = [`${failed.length} could not be ${action === 'approve' ? 'approved' : 'rejected'}; open each to see why.`];
      const page = renderErrorPage({
        user: req.editor!,
        status: 409,
        title,
        problems: why,
        items: failed,
        back: { href: back, label: '← Back to the queue' },
      });
      return reply.code(409).type('text/html; charset=utf-8').send(page);
    }
    return reply.redirect(back + (back.includes('?') ? '&' : '?') + 'done=bulk', 303);
  });
}
