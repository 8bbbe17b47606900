/**
 * What outlet-furniture learning keeps of a document and of a group of documents, so a later batch
 * can be learned against counts instead of the stored texts (ingest computes them, the store keeps them).
 */

/** A document's furniture group and the distinct keys of the lines learning counts in it. */
export interface FurnitureKeys {
  readonly group: string;
  readonly lines: readonly string[];
}

/** One group's counts: how many documents were counted, and in how many of them each line occurs. */
export interface FurnitureCounts {
  readonly members: number;
  readonly lines: ReadonlyMap<string, number>;
}

/** Counts per furniture group of the documents learned before a batch. */
export type FurniturePrior = ReadonlyMap<string, FurnitureCounts>;
