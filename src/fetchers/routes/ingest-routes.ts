/**
 * POST /ingest/:source_id: partners push NITF, NewsML-G2 or ninjs documents. The per-source token
 * (the env variable named by `push_token_env`) is checked before the body is read, in constant
 * time; a refused push leaves nothing but a log line. A bad document gets a 400 naming the
 * problem and nothing is stored; one over WIREROOM_WIRE_MAX_BODY gets a 413 naming the cap.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { bearerToken, sameSecret } from '../../auth/bearer';
import type { Deps } from '../../deps';
import { ingestDocument } from '../ingest';
import { wireTooLargeMessage } from '../wire-cap';
import { badRequest, notFound } from '../../http/replies';

/** Registers the push endpoint in its own scope (raw body parser for XML and JSON). */
export async function registerIngestRoutes(app: FastifyInstance, deps: Deps): Promise<void> {
  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    const cap = deps.settings.wire.maxBodyBytes;
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: cap }, (_req, body, done) => done(null, body));
    // Fastify refuses a body over the cap (413) before reading it all; the message names the cap and the setting.
    scope.setErrorHandler((err: { code?: string }, req, reply) => {
      if (err.code !== 'FST_ERR_CTP_BODY_TOO_LARGE') throw err;
      const size = Number(req.headers['content-length']);
      return reply
        .code(413)
        .send({ error: { code: 'WIRE_TOO_LARGE', message: wireTooLargeMessage(Number.isSafeInteger(size) ? size : null, cap) } });
    });
    scope.addHook('onRequest', async (req, reply) => authorize(deps, req, reply));
    scope.post('/ingest/:source_id', async (req, reply) => {
      const sourceId = (req.params as { source_id: string }).source_id;
      const feed = await deps.db
        .selectFrom('feeds')
        .select(['id', 'source_id', 'type'])
        .where('source_id', '=', sourceId)
        .where('type', '=', 'push')
        .where('active', '=', true)
        .orderBy('id')
        .executeTakeFirst();
      if (!feed)
        return notFound(reply, `source ${sourceId} has no active feed of type push; add "- type: push" under its feeds in feeds.yaml`);
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.from(typeof req.body === 'string' ? req.body : '');
      if (!body.length) return badRequest(reply, ['body: empty; send one NITF, NewsML-G2 or ninjs document']);
      const name = req.headers['x-filename']?.toString().slice(0, 200) ?? null;
      const result = await ingestDocument(
        deps,
        feed,
        { channel: 'push', body, contentType: req.headers['content-type'], name },
        deps.log.child({ source_id: sourceId, channel: 'push' }),
      );
      if (!result.ok && result.refused)
        return reply.code(400).send({ error: { code: result.code, message: result.reason, problems: [result.reason] } });
      if (!result.ok) throw result.error;
      const doc = result.document.kind === 'wire' ? result.document : null;
      return reply.code(202).send({
        format: doc?.format,
        created: result.totals.created,
        updated: result.totals.updated,
        withdrawn: doc?.withdrawn ?? [],
        items: result.items.map((i) => ({ id: i.itemId, status: i.status })),
      });
    });
  });
}

async function authorize(deps: Deps, req: FastifyRequest, reply: FastifyReply) {
  const sourceId = (req.params as { source_id?: string }).source_id ?? '';
  const want = deps.settings.pushTokens[sourceId];
  const given = bearerToken(req.headers.authorization) ?? '';
  if (want && given && sameSecret(given, want)) return;
  req.log.warn(
    { source_id: sourceId.slice(0, 100), reason: want ? (given ? 'wrong token' : 'no token') : 'no push token configured for this source' },
    'push refused',
  );
  return reply
    .code(401)
    .header('www-authenticate', 'Bearer')
    .send({
      error: {
        code: 'UNAUTHORIZED',
        message: 'send Authorization: Bearer <token> with the token from the env variable this source names in push_token_env',
      },
    });
}
