/**
 * The per-process state the article job needs beside Deps: the robots.txt cache and the
 * extraction thread pool. Kept in a side table keyed by the Deps object (built on first use, so
 * the fetch and serve roles never start threads); idle threads are unref'd and never hold the
 * process open. Tests replace the tools with `setArticleTools` (a slow extractor, a fake clock).
 */
import os from 'node:os';
import type { Deps } from '../deps';
import { createExtractPool, type ExtractPool } from './extract-pool';
import { createRobotsCache, type RobotsCache } from './robots-cache';

export interface ArticleTools {
  robots: RobotsCache;
  extractor: ExtractPool;
}

const tools = new WeakMap<Deps, ArticleTools>();

/** One extraction thread per concurrent job, but no more than the machine has cores. */
function poolSize(deps: Deps): number {
  return Math.max(1, Math.min(deps.settings.work.concurrency, os.availableParallelism()));
}

/** The tools for `deps`, built on first use. */
export function articleTools(deps: Deps): ArticleTools {
  let t = tools.get(deps);
  if (!t) {
    t = { robots: createRobotsCache(deps.http, deps.clock), extractor: createExtractPool({ size: poolSize(deps) }) };
    tools.set(deps, t);
  }
  return t;
}

/** Replaces the tools of `deps` (tests); the previous pool is closed. */
export async function setArticleTools(deps: Deps, next: ArticleTools): Promise<void> {
  await closeArticleTools(deps);
  tools.set(deps, next);
}

/** Terminates the extraction threads of `deps`, if any were started. */
export async function closeArticleTools(deps: Deps): Promise<void> {
  const t = tools.get(deps);
  tools.delete(deps);
  await t?.extractor.close();
}
