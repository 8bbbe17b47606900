/** Document frequencies maintained online: add each document's distinct terms once, in arrival order. */
export interface DocumentFrequencies {
  idf(term: string): number;
  addDocument(terms: Iterable<string>): void;
  readonly documents: number;
  readonly vocabulary: number;
}

export function createDocumentFrequencies(smoothing: number): DocumentFrequencies {
  const df = new Map<string, number>();
  let documents = 0;
  return {
    idf(term) {
      return Math.log((documents + smoothing) / ((df.get(term) ?? 0) + 1));
    },
    addDocument(terms) {
      documents++;
      for (const t of terms) df.set(t, (df.get(t) ?? 0) + 1);
    },
    get documents() {
      return documents;
    },
    get vocabulary() {
      return df.size;
    },
  };
}
