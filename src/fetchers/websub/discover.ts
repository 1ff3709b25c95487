/** Hubs a fetch advertised, in the document (`<link rel="hub">`, JSON Feed `hubs`) or in Link headers. Pure. */
import type { ParsedFeed } from '../parse/types';
import { linkHeaderRels } from './lease';

/** The parsed feed with Link-header hubs added (document hubs first, no duplicates). */
export function withLinkHubs(parsed: ParsedFeed, linkHeader: string | undefined, baseUrl: string): ParsedFeed {
  const rels = linkHeaderRels(linkHeader, baseUrl);
  if (!rels.hubs.length && !rels.self) return parsed;
  return { ...parsed, hubs: [...new Set([...parsed.hubs, ...rels.hubs])], self_url: parsed.self_url ?? rels.self };
}
