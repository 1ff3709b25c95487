/**
 * Rendered list pages kept by their strong ETag (http-cache.ts): the ETag hashes every input of the
 * page (the request URL, and per item its version, update time, rights, credit, source and cluster),
 * so an entry can never be served for a page that changed; stale entries simply stop being asked
 * for and age out. Bounded by bytes, per process.
 */
import { LRUCache } from 'lru-cache';

export interface PageCache {
  get(etag: string): string | undefined;
  set(etag: string, body: string): void;
}

/** A page cache holding up to `maxBytes` of bodies (UTF-16 length as the measure); null when 0. */
export function createPageCache(maxBytes: number): PageCache | null {
  if (maxBytes <= 0) return null;
  const lru = new LRUCache<string, string>({ maxSize: maxBytes, sizeCalculation: (body, etag) => Math.max(1, body.length + etag.length) });
  return {
    get: (etag) => lru.get(etag),
    set: (etag, body) => {
      if (body.length < maxBytes / 4) lru.set(etag, body);
    },
  };
}
