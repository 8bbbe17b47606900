import type { ClusterOptions } from './options.js';

type BarOptions = Pick<ClusterOptions, 'threshold' | 'singletonThreshold' | 'cohesion' | 'cohesionFloor'>;

/**
 * The score a document needs to join a story of `size` documents whose `joins` later members joined
 * with scores summing to `joinScores`. The size bar falls from `singletonThreshold` towards
 * `threshold` as the centroid gathers evidence; a diffuse story (low mean join score) may lower it
 * further, to `cohesion` × its mean join score but not below `cohesionFloor`: a newcomer as similar
 * as the members already are is one more of them. A tight story keeps the size bar.
 */
export function joinBar(size: number, joinScores: number, joins: number, o: BarOptions): number {
  const sizeBar = o.threshold + (o.singletonThreshold - o.threshold) / Math.max(1, size);
  if (o.cohesion <= 0 || joins === 0) return sizeBar;
  return Math.min(sizeBar, Math.max(o.cohesionFloor, (o.cohesion * joinScores) / joins));
}
