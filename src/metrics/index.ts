/** Metrics for one process: the registry, the scrape-time collectors, job observations. */
import { registerCollectors, type CollectSource } from './collectors';
import { createMetrics, type Metrics } from './registry';

export type { Metrics } from './registry';
export { createMetrics } from './registry';
export * from './observe';

/** Builds the metrics a Deps carries: every metric plus the collectors reading `src`. */
export function createDepsMetrics(src: CollectSource): Metrics {
  const m = createMetrics();
  registerCollectors(m, src);
  return m;
}
