/**
 * The HTTP pull channel's hook into the feed job: when a feed is declared nitf/newsml/ninjs, or its
 * body turns out to be one of them, the document is read as wire copy and handed back as a parsed
 * feed, so the feed job stores it like any feed (health, schedule, entries). The wire facts are
 * saved first; the article job then stores these entries without fetching a page. Items the wire
 * marks canceled or withheld are left out of the feed and withdraw the stored item of their guid.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { PipelineError } from '../errors';
import type { ParsedFeed } from '../fetchers/parse/types';
import { detectWireFormat, parseWire } from './index';
import type { WireDocument, WireFormat } from './types';
import { recordWireDocument } from './wire-kill';

const WIRE_TYPES: readonly string[] = ['nitf', 'newsml', 'ninjs'];

/** The wire document as a parsed feed, or null when the body is an ordinary feed. Throws on bad wire copy. */
export async function readWireFeed(db: Kysely<Database>, feed: { id: number; source_id: string; type: string }, body: Buffer, now: Date): Promise<ParsedFeed | null> {
  const declared = WIRE_TYPES.includes(feed.type) ? (feed.type as WireFormat) : undefined;
  if (!declared && !detectWireFormat(body)) return null;
  const r = parseWire(body, declared);
  if (!r.ok) throw new PipelineError(r.code, r.reason, { retryable: false });
  const { live } = await recordWireDocument(db, feed, r.doc, now);
  return wireAsFeed(live);
}

/** A wire document in the feed model (no channel metadata: wire copy has none). */
export function wireAsFeed(doc: WireDocument): ParsedFeed {
  return {
    format: doc.format === 'ninjs' ? 'json' : 'rss',
    version: `${doc.format} ${doc.version}`,
    title: null,
    link: null,
    description: null,
    lang: doc.items[0]?.entry.lang ?? null,
    self_url: null,
    hubs: [],
    ttl_minutes: null,
    skip_hours: [],
    skip_days: [],
    image_url: null,
    items: doc.items.map((i) => i.entry),
  };
}
