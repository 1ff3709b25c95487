/**
 * The per-process state the article job needs: the robots.txt cache and the extraction thread
 * pool. Deps holds one slot for them, built on first use (so the fetch and serve roles never start
 * threads) and closed with Deps by `closeDeps`; idle threads are unref'd and never hold the
 * process open. Tests replace the tools with `setArticleTools` (a slow extractor, a fake clock).
 */
import os from 'node:os';
import type { Clock } from '../clock';
import type { HttpClient } from '../http/client';
import { createExtractPool, type ExtractPool } from './extract-pool';
import { createRobotsCache, type RobotsCache } from './robots-cache';

export interface ArticleTools {
  robots: RobotsCache;
  extractor: ExtractPool;
}

/** The lazily built tools of one Deps: `get` builds them on first use, `close` ends the threads. */
export interface ArticleToolsSlot {
  get(): ArticleTools;
  /** Puts `next` in place of the current tools (tests); the previous pool is closed. */
  replace(next: ArticleTools): Promise<void>;
  close(): Promise<void>;
}

/** One extraction thread per concurrent job, but no more than the machine has cores. */
function poolSize(concurrency: number): number {
  return Math.max(1, Math.min(concurrency, os.availableParallelism()));
}

/** An empty slot; nothing is started until the first `get`. */
export function createArticleToolsSlot(http: HttpClient, clock: Clock, concurrency: number): ArticleToolsSlot {
  let tools: ArticleTools | undefined;
  const close = async () => {
    const t = tools;
    tools = undefined;
    await t?.extractor.close();
  };
  return {
    get: () => (tools ??= { robots: createRobotsCache(http, clock), extractor: createExtractPool({ size: poolSize(concurrency) }) }),
    replace: async (next) => {
      await close();
      tools = next;
    },
    close,
  };
}

/** The article tools of `deps`, built on first use. */
export function articleTools(deps: { articleTools: ArticleToolsSlot }): ArticleTools {
  return deps.articleTools.get();
}

/** Replaces the tools of `deps` (tests); the previous pool is closed. */
export async function setArticleTools(deps: { articleTools: ArticleToolsSlot }, next: ArticleTools): Promise<void> {
  await deps.articleTools.replace(next);
}
