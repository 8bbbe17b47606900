/** B-cubed precision, recall and F1 (Bagga & Baldwin 1998) of a clustering against gold labels. */
export interface BCubed {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** `predicted` and `gold` give each item's cluster label, item by item (same length). */
export function bcubed(predicted: readonly string[], gold: readonly string[]): BCubed {
  const n = predicted.length;
  if (n === 0 || gold.length !== n) return { precision: 0, recall: 0, f1: 0 };
  const pairKey = (i: number): string => `${predicted[i]}\u0000${gold[i]}`;
  const both = new Map<string, number>();
  const bySystem = new Map<string, number>();
  const byGold = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    both.set(pairKey(i), (both.get(pairKey(i)) ?? 0) + 1);
    bySystem.set(predicted[i]!, (bySystem.get(predicted[i]!) ?? 0) + 1);
    byGold.set(gold[i]!, (byGold.get(gold[i]!) ?? 0) + 1);
  }
  let p = 0;
  let r = 0;
  for (let i = 0; i < n; i++) {
    const common = both.get(pairKey(i))!;
    p += common / bySystem.get(predicted[i]!)!;
    r += common / byGold.get(gold[i]!)!;
  }
  const precision = p / n;
  const recall = r / n;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}
