/**
 * A list URL's key check (the cache keys of its rows and the change watermark: what its ETag is made
 * of) reused for a short while. Without it every cached /api/items request asked Postgres twice, and
 * that was most of its CPU and latency (bench/api-list.ts). Concurrent requests for the same URL share
 * one check (single flight); a failed check is forgotten. A change therefore shows on a list within
 * `ttlMs`; 0 asks on every request.
 */
import { LRUCache } from 'lru-cache';

/** URLs whose check is kept: the portal's hot lists, not every query a crawler makes up. */
const MAX_URLS = 1_000;

export interface KeyMemo<T> {
  /** The check for `url`, run by `load` unless one started less than ttlMs before `now` (ms). */
  get(url: string, now: number, load: () => Promise<T>): Promise<T>;
}

interface Entry<T> {
  /** When the check started: a change committed after that may be missing from it. */
  at: number;
  value: Promise<T>;
}

/** A memo keeping each URL's check for `ttlMs`; a pass-through when 0. */
export function createKeyMemo<T>(ttlMs: number, maxUrls = MAX_URLS): KeyMemo<T> {
  if (ttlMs <= 0) return { get: (_url, _now, load) => load() };
  const entries = new LRUCache<string, Entry<T>>({ max: maxUrls });
  return {
    get(url, now, load) {
      const hit = entries.get(url);
      // A clock that went back (tests, NTP) must not make an old check look new.
      if (hit && now >= hit.at && now - hit.at < ttlMs) return hit.value;
      const entry: Entry<T> = { at: now, value: load() };
      entries.set(url, entry);
      entry.value.catch(() => {
        if (entries.peek(url) === entry) entries.delete(url);
      });
      return entry.value;
    },
  };
}
