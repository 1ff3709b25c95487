/** The editors' desk under /editor: security headers, static assets, login, review, feeds; the operator console and first-start setup. */
import formbody from '@fastify/formbody';
import type { FastifyInstance } from 'fastify';
import { createSetupGate, type SetupGate } from '../../auth/setup-token';
import type { Deps } from '../../deps';
import { registerConsoleRoutes } from '../console/console-routes';
import { CONSOLE_CSS, CONSOLE_JS } from '../console/console-static';
import { registerSetupRoutes } from '../console/setup-routes';
import { registerDeskRoutes } from './desk-routes';
import { registerFeedDeskRoutes } from './feed-routes';
import { registerItemDeskRoutes } from './item-routes';
import { registerLoginRoutes } from './login-routes';
import { registerQueueRoutes } from './queue-routes';
import { EDITOR_CSS, EDITOR_JS } from './static';

/** Same-origin script and style only; article images from anywhere; no framing (clickjacking). */
const CSP =
  "default-src 'self'; img-src 'self' https: http: data:; media-src https:; frame-src https://www.youtube.com https://www.youtube-nocookie.com https://player.vimeo.com; style-src 'self'; script-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/** Registers every /editor route in its own scope with form parsing (`app` must have @fastify/cookie). */
export async function registerEditorRoutes(root: FastifyInstance, deps: Deps, setup: SetupGate = createSetupGate()): Promise<void> {
  await root.register(async (app) => {
    await app.register(formbody, { bodyLimit: 2 * 1024 * 1024 });
    registerDesk(app, deps, setup);
  });
}

function registerDesk(app: FastifyInstance, deps: Deps, setup: SetupGate): void {
  app.addHook('onSend', async (req, reply, payload) => {
    reply
      .header('content-security-policy', CSP)
      .header('x-frame-options', 'DENY')
      .header('x-content-type-options', 'nosniff')
      .header('referrer-policy', 'same-origin');
    if (!req.url.startsWith('/editor/static/')) reply.header('cache-control', 'no-store');
    return payload;
  });
  app.get('/editor/static/editor.css', async (_req, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=300').send(EDITOR_CSS),
  );
  app.get('/editor/static/editor.js', async (_req, reply) =>
    reply.type('text/javascript; charset=utf-8').header('cache-control', 'public, max-age=300').send(EDITOR_JS),
  );
  app.get('/editor/static/console.css', async (_req, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=300').send(CONSOLE_CSS),
  );
  app.get('/editor/static/console.js', async (_req, reply) =>
    reply.type('text/javascript; charset=utf-8').header('cache-control', 'public, max-age=300').send(CONSOLE_JS),
  );
  registerLoginRoutes(app, deps);
  registerQueueRoutes(app, deps);
  registerSetupRoutes(app, deps, setup);
  registerConsoleRoutes(app, deps);
  registerItemDeskRoutes(app, deps);
  registerDeskRoutes(app, deps);
  registerFeedDeskRoutes(app, deps);
}
