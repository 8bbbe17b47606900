/**
 * Terms interned as small integers, with document frequencies maintained online: add each
 * document's distinct term ids once, in arrival order. Integer keys make every later lookup cheap.
 */
export interface Vocabulary {
  /** The id of a term, assigning the next one to a new term. */
  id(term: string): number;
  /** ln((N + smoothing) / (df + 1)): smoothed so that early documents do not find every word rare. */
  idf(id: number): number;
  addDocument(ids: Iterable<number>): void;
  readonly documents: number;
  readonly size: number;
}

export function createVocabulary(smoothing: number, floor = 0): Vocabulary {
  const ids = new Map<string, number>();
  let df = new Int32Array(1024);
  let documents = 0;
  return {
    id(term) {
      let id = ids.get(term);
      if (id === undefined) {
        id = ids.size;
        ids.set(term, id);
        if (id >= df.length) {
          const grown = new Int32Array(df.length * 2);
          grown.set(df);
          df = grown;
        }
      }
      return id;
    },
    idf(id) {
      return Math.log((documents + smoothing) / (Math.max(df[id]!, floor) + 1));
    },
    addDocument(terms) {
      documents++;
      for (const t of terms) df[t]!++;
    },
    get documents() {
      return documents;
    },
    get size() {
      return ids.size;
    },
  };
}
