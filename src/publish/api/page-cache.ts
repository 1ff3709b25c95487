/**
 * Rendered list pages kept by their strong ETag (http-cache.ts): the ETag hashes every input of the
 * page (the request URL, and per item its version, update time, rights, credit, source and cluster),
 * so an entry can never be served for a page that changed; stale entries simply stop being asked
 * for and age out. Bounded by bytes, per process.
 */
import { LRUCache } from 'lru-cache';

export interface PageCache {
  get(etag: string): Buffer | undefined;
  set(etag: string, body: Buffer): void;
}

/**
 * A page cache holding up to `maxBytes` of bodies; null when 0. Bodies are kept encoded (UTF-8):
 * encoding a 100 KB page for the socket cost more than everything else a cached answer does.
 */
export function createPageCache(maxBytes: number): PageCache | null {
  if (maxBytes <= 0) return null;
  const lru = new LRUCache<string, Buffer>({ maxSize: maxBytes, sizeCalculation: (body, etag) => Math.max(1, body.length + etag.length) });
  return {
    get: (etag) => lru.get(etag),
    set: (etag, body) => {
      if (body.length < maxBytes / 4) lru.set(etag, body);
    },
  };
}
