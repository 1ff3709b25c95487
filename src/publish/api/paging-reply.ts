/** Sets a paged answer's Link header (paging-links.ts) with the public base URL. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../../deps';
import { publicBase } from '../feeds/feeds-routes';
import { linkHeader, pageUrls } from './paging-links';

/** Sets the Link header (next, first) of a list page; `param` is the query parameter that carries the cursor. */
export function setPagingLinks(deps: Deps, req: FastifyRequest, reply: FastifyReply, next: string | null, param = 'cursor'): void {
  const link = linkHeader(pageUrls(publicBase(deps, req), req.url, param, next));
  if (link) void reply.header('link', link);
}
