/**
 * Terms interned as small integers, with document frequencies maintained online: add each
 * document's distinct term ids once, in arrival order. Integer keys make every later lookup cheap.
 *
 * The string → id table is open addressing over a 32-bit hash of the term, hash and id side by side
 * in one typed array: a lookup reads one slot (one cache line) and compares the stored term only
 * when the hashes agree. A `Map` of a few hundred thousand strings scatters its entries and keys
 * over the heap, and its lookups slowed down as the vocabulary grew.
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

const EMPTY = -1;

/** FNV-1a over UTF-16 code units, then a multiplicative mix so the low bits (the slot) depend on every character. */
const termHash = (term: string): number => {
  let h = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) h = Math.imul(h ^ term.charCodeAt(i), 0x01000193);
  h ^= h >>> 15;
  return Math.imul(h, 0x2c1b3c6d) ^ (h >>> 12);
};

export function createVocabulary(smoothing: number, floor = 0): Vocabulary {
  const terms: string[] = [];
  /** Slot i: hash at 2i, id at 2i + 1 (EMPTY when free). At most half full. */
  let slots = emptySlots(1 << 12);
  let df = new Int32Array(1024);
  let documents = 0;

  const place = (table: Int32Array, hash: number, id: number): void => {
    const mask = (table.length >> 1) - 1;
    let slot = hash & mask;
    while (table[2 * slot + 1] !== EMPTY) slot = (slot + 1) & mask;
    table[2 * slot] = hash;
    table[2 * slot + 1] = id;
  };

  const add = (term: string, hash: number): number => {
    const id = terms.length;
    terms.push(term);
    if (2 * terms.length > slots.length >> 1) {
      const grown = emptySlots(slots.length);
      for (let i = 0; i < slots.length; i += 2) if (slots[i + 1] !== EMPTY) place(grown, slots[i]!, slots[i + 1]!);
      slots = grown;
    }
    place(slots, hash, id);
    if (id >= df.length) {
      const grown = new Int32Array(df.length * 2);
      grown.set(df);
      df = grown;
    }
    return id;
  };

  return {
    id(term) {
      const hash = termHash(term);
      const mask = (slots.length >> 1) - 1;
      for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
        const id = slots[2 * slot + 1]!;
        if (id === EMPTY) return add(term, hash);
        if (slots[2 * slot] === hash && terms[id] === term) return id;
      }
    },
    idf(id) {
      return Math.log((documents + smoothing) / (Math.max(df[id]!, floor) + 1));
    },
    addDocument(ids) {
      documents++;
      for (const t of ids) df[t]!++;
    },
    get documents() {
      return documents;
    },
    get size() {
      return terms.length;
    },
  };
}

/** Room for `capacity` slots (hash, id), every one empty. */
function emptySlots(capacity: number): Int32Array {
  const table = new Int32Array(2 * capacity);
  for (let i = 1; i < table.length; i += 2) table[i] = EMPTY;
  return table;
}
