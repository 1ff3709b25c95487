/**
 * The HTTP pull channel's view of wire copy: a wire document in the feed model, so the feed job
 * records it like any feed (health, schedule). Reading and storing it is the ingest funnel's
 * (src/fetchers/ingest.ts).
 */
import type { ParsedFeed } from '../types';
import type { WireDocument } from './types';

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
