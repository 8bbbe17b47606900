/**
 * Story clustering quality: B-cubed precision, recall and F1 of `createClusterer` on a labelled set
 * fed in a seeded shuffled order (never sorted by story), averaged over several orders because an
 * online clusterer's result depends on arrival order.
 */
import { createClusterer, type ClusterOptions } from '../cluster/index.js';
import { documentId } from '../core/index.js';
import { seededRandom } from '../dedup/index.js';
import { bcubed, type BCubed } from './cluster-metrics.js';
import type { LabelledText } from './cluster-corpus.js';

export interface OrderResult extends BCubed {
  readonly order: number;
  readonly predictedStories: number;
}

export interface ClusterEvaluation {
  readonly documents: number;
  readonly goldStories: number;
  /** One result per arrival order (seed 1, 2, ...). */
  readonly orders: readonly OrderResult[];
  readonly mean: BCubed;
  /** Documents whose predicted story is not exactly their gold story, in the first order, with the members of their predicted story (for inspection). */
  readonly errors: readonly { readonly name: string; readonly gold: string; readonly with: readonly string[] }[];
}

/** Fisher–Yates with a seeded PRNG: the documented arrival order number `order`. */
export function arrivalOrder<T>(items: readonly T[], order: number): T[] {
  const out = [...items];
  const random = seededRandom(0x5eed + order);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export function evaluateClusters(texts: readonly LabelledText[], orders = 5, options: Partial<ClusterOptions> = {}): ClusterEvaluation {
  const results: OrderResult[] = [];
  let errors: ClusterEvaluation['errors'] = [];
  for (let order = 1; order <= orders; order++) {
    const clusterer = createClusterer(options);
    const input = arrivalOrder(texts, order);
    for (const t of input) clusterer.add({ id: documentId(t.name), text: t.text, title: t.title ?? null });
    // The final story of each document: a later arrival may have moved an earlier one.
    const predicted = input.map((t) => clusterer.storyOf(documentId(t.name)) as string);
    const score = bcubed(predicted, input.map((t) => t.story));
    results.push({ order, predictedStories: new Set(predicted).size, ...score });
    if (order === 1) errors = mistakes(input, predicted);
  }
  const mean = (f: (r: OrderResult) => number): number => results.reduce((s, r) => s + f(r), 0) / results.length;
  return {
    documents: texts.length,
    goldStories: new Set(texts.map((t) => t.story)).size,
    orders: results,
    mean: { precision: mean((r) => r.precision), recall: mean((r) => r.recall), f1: mean((r) => r.f1) },
    errors,
  };
}

function mistakes(input: readonly LabelledText[], predicted: readonly string[]): ClusterEvaluation['errors'] {
  const members = new Map<string, LabelledText[]>();
  input.forEach((t, i) => members.set(predicted[i]!, [...(members.get(predicted[i]!) ?? []), t]));
  const out: { name: string; gold: string; with: string[] }[] = [];
  input.forEach((t, i) => {
    const cluster = members.get(predicted[i]!)!;
    const others = cluster.filter((m) => m.story !== t.story).map((m) => m.name);
    const goldSize = input.filter((m) => m.story === t.story).length;
    const mates = cluster.filter((m) => m.story === t.story).length;
    if (others.length > 0 || mates < goldSize) out.push({ name: t.name, gold: t.story, with: cluster.map((m) => m.name) });
  });
  return out;
}
