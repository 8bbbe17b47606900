/**
 * A cache from word tokens (ranges of a text) to their terms that looks a token up without slicing
 * it out of the text: open addressing over a hash of the code units, compared in place. On the hot
 * path of `keyTerms` this saves an allocation and a string hash per word.
 */
const CAPACITY = 1 << 18;
const MASK = CAPACITY - 1;
const MAX_PROBES = 8;
/** Cleared when this full, so probes stay short; terms are recomputed on demand. */
const MAX_FILL = Math.floor(CAPACITY * 0.7);

const hashRange = (text: string, start: number, end: number): number => {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h | 0;
};

const sameRange = (stored: string, text: string, start: number, end: number): boolean => {
  if (stored.length !== end - start) return false;
  for (let i = 0; i < stored.length; i++) if (stored.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
};

export class TermTable {
  private keys: (string | undefined)[] = new Array<string | undefined>(CAPACITY);
  private readonly values: (string | null)[] = new Array<string | null>(CAPACITY);
  private readonly hashes = new Int32Array(CAPACITY);
  private filled = 0;

  /** The term of `text[start, end)`, computed by `compute(token)` the first time it is seen. */
  get(text: string, start: number, end: number, compute: (token: string) => string | null): string | null {
    const h = hashRange(text, start, end);
    let slot = h & MASK;
    for (let probe = 0; probe < MAX_PROBES; probe++) {
      const stored = this.keys[slot];
      if (stored === undefined) return this.insert(slot, h, text.slice(start, end), compute);
      if (this.hashes[slot] === h && sameRange(stored, text, start, end)) return this.values[slot]!;
      slot = (slot + 1) & MASK;
    }
    return compute(text.slice(start, end));
  }

  private insert(slot: number, h: number, token: string, compute: (token: string) => string | null): string | null {
    const term = compute(token);
    if (this.filled >= MAX_FILL) {
      this.keys = new Array<string | undefined>(CAPACITY);
      this.filled = 0;
      return term;
    }
    this.keys[slot] = token;
    this.values[slot] = term;
    this.hashes[slot] = h;
    this.filled++;
    return term;
  }
}
