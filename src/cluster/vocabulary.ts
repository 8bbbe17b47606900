/**
 * Terms interned as small integers, with document frequencies maintained online: add each
 * document's distinct term ids once, in arrival order. Integer keys make every later lookup cheap.
 *
 * A term is identified by a 64-bit hash of its text (two independent 32-bit hashes), kept with its
 * id in one typed array probed by open addressing: a lookup reads one slot (one cache line) and no
 * string. The chance that two of a million distinct terms share both hashes is about 3 × 10⁻⁸
 * (n² / 2⁶⁵); shingles and content hashes in dedup rest on hashes the same way. A `Map` of strings
 * spread its entries and keys over the heap: with a few hundred thousand terms (100,000 generated
 * documents) each lookup missed the caches two or three times, so the cost per lookup grew with the
 * vocabulary, and it kept every term string alive for the garbage collector to trace.
 */
import { fmix32, hashString } from '../core/index.js';

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
/** Int32s per slot: first hash, second hash, id. */
const STRIDE = 3;

/** FNV-1a finalized with MurmurHash3's mixer (core's `hashString`), signed as the slots hold it. */
const firstHash = (term: string): number => hashString(term, 0) | 0;

/** A second, differently built hash (multiply-rotate per code unit, other constants), so that the pair is a 64-bit key. */
const secondHash = (term: string): number => {
  let h = 0x9747b28c;
  for (let i = 0; i < term.length; i++) {
    h = Math.imul(h ^ term.charCodeAt(i), 0x5bd1e995);
    h = (h << 15) | (h >>> 17);
  }
  return fmix32(h + term.length) | 0;
};

export function createVocabulary(smoothing: number, floor = 0): Vocabulary {
  let size = 0;
  /** Slot i at STRIDE × i: the two hashes and the id (EMPTY when free). At most half full. */
  let slots = emptySlots(1 << 12);
  let df = new Int32Array(1024);
  let documents = 0;

  const place = (table: Int32Array, first: number, second: number, id: number): void => {
    const mask = table.length / STRIDE - 1;
    let slot = first & mask;
    while (table[STRIDE * slot + 2] !== EMPTY) slot = (slot + 1) & mask;
    table[STRIDE * slot] = first;
    table[STRIDE * slot + 1] = second;
    table[STRIDE * slot + 2] = id;
  };

  const add = (first: number, second: number): number => {
    const id = size++;
    const capacity = slots.length / STRIDE;
    if (2 * size > capacity) {
      const grown = emptySlots(2 * capacity);
      for (let i = 0; i < slots.length; i += STRIDE) if (slots[i + 2] !== EMPTY) place(grown, slots[i]!, slots[i + 1]!, slots[i + 2]!);
      slots = grown;
    }
    place(slots, first, second, id);
    if (id >= df.length) {
      const grown = new Int32Array(df.length * 2);
      grown.set(df);
      df = grown;
    }
    return id;
  };

  return {
    id(term) {
      const first = firstHash(term);
      const second = secondHash(term);
      const mask = slots.length / STRIDE - 1;
      for (let slot = first & mask; ; slot = (slot + 1) & mask) {
        const at = STRIDE * slot;
        const id = slots[at + 2]!;
        if (id === EMPTY) return add(first, second);
        if (slots[at] === first && slots[at + 1] === second) return id;
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
      return size;
    },
  };
}

/** Room for `capacity` slots, every one empty. */
function emptySlots(capacity: number): Int32Array {
  const table = new Int32Array(STRIDE * capacity);
  for (let i = 2; i < table.length; i += STRIDE) table[i] = EMPTY;
  return table;
}
