import { storyId, type DocumentId, type Story, type StoryId } from '../core/index.js';
import { key, keyTerms } from '../text/index.js';
import { addToCentroid, cosine, emptyCentroid, type Centroid } from './centroid.js';
import { createDocumentFrequencies } from './idf.js';
import { CLUSTER_DEFAULTS, type ClusterOptions } from './options.js';
import { dayNumber, timeFactor } from './time.js';
import { documentVector, NAME_PREFIX, type TermVector } from './vector.js';

export interface ClusterInput {
  readonly id: DocumentId;
  /** Clean text. */
  readonly text: string;
  /** ISO 8601 publication date when known. */
  readonly published?: string | null;
  /** Entity names found in the document (any layer; they are keyed here). Shared names pull documents together. */
  readonly names?: readonly string[];
  /** The original this document copies (from the deduper): it joins that document's story without changing its centroid. */
  readonly duplicateOf?: DocumentId | null;
  /** `keyTerms(text)` computed earlier (e.g. kept in the store): skips tokenizing on replay. */
  readonly terms?: readonly string[];
}

export interface Clusterer {
  /**
   * Adds the next document in arrival order and returns its story: the most similar active story
   * when similar enough, else a new story whose id derives from this document. `run` labels the
   * run (a number or ISO time chosen by the caller) recorded as the story's `created`/`updated`;
   * when replaying a store, pass each document's original run to reproduce them. Default `"0"`.
   */
  add(doc: ClusterInput, run?: string): StoryId;
  /** Every story so far, in order of creation; members in arrival order. */
  stories(): readonly Story[];
  storyOf(doc: DocumentId): StoryId | undefined;
  /** Documents added so far. */
  readonly size: number;
}

interface StoryState {
  readonly id: StoryId;
  readonly documents: DocumentId[];
  readonly created: string;
  updated: string;
  /** Arrival number of the last document that joined. */
  lastSeen: number;
  firstDay: number | null;
  lastDay: number | null;
  /** Null once the story is closed (inactive for `activeDocuments` arrivals). */
  centroid: Centroid | null;
}

/** The story id founded by a document: stable across runs that see the same founding document. */
export const storyIdOf = (founder: DocumentId): StoryId => storyId(`s-${founder}`);

export function createClusterer(options: Partial<ClusterOptions> = {}): Clusterer {
  const o: ClusterOptions = { ...CLUSTER_DEFAULTS, ...options };
  const df = createDocumentFrequencies(o.idfSmoothing);
  const states: StoryState[] = [];
  const storyOfDoc = new Map<DocumentId, number>();
  const postings = new Map<string, number[]>();
  let arrivals = 0;
  let stamps = new Int32Array(1024).fill(-1);
  let shared = new Int32Array(1024);

  const isActive = (s: StoryState): boolean => s.centroid !== null && arrivals - s.lastSeen <= o.activeDocuments;

  const candidatesOf = (v: TermVector): number[] => {
    if (stamps.length < states.length) {
      stamps = new Int32Array(states.length * 2).fill(-1);
      shared = new Int32Array(states.length * 2);
    }
    const found: number[] = [];
    const q = Math.min(o.queryTerms, v.terms.length);
    for (let i = 0; i < q; i++) {
      const list = postings.get(v.terms[i]!);
      if (list === undefined) continue;
      for (let j = list.length - 1, seen = 0; j >= 0 && seen < o.postingsPerTerm; j--, seen++) {
        const s = list[j]!;
        if (stamps[s] !== arrivals) {
          stamps[s] = arrivals;
          shared[s] = 0;
          found.push(s);
        }
        shared[s]!++;
      }
    }
    found.sort((a, b) => shared[b]! - shared[a]! || b - a);
    return found.slice(0, o.candidates);
  };

  const index = (s: number, v: TermVector): void => {
    const q = Math.min(o.queryTerms, v.terms.length);
    for (let i = 0; i < q; i++) {
      const list = postings.get(v.terms[i]!);
      if (list === undefined) postings.set(v.terms[i]!, [s]);
      else if (list[list.length - 1] !== s) list.push(s);
    }
  };

  const join = (s: number, doc: ClusterInput, day: number | null, run: string): StoryId => {
    const state = states[s]!;
    state.documents.push(doc.id);
    state.updated = run;
    state.lastSeen = arrivals;
    if (day !== null) {
      state.firstDay = state.firstDay === null ? day : Math.min(state.firstDay, day);
      state.lastDay = state.lastDay === null ? day : Math.max(state.lastDay, day);
    }
    storyOfDoc.set(doc.id, s);
    return state.id;
  };

  return {
    add(doc, run = '0') {
      arrivals++;
      const day = dayNumber(doc.published);
      const copied = doc.duplicateOf === null || doc.duplicateOf === undefined ? undefined : storyOfDoc.get(doc.duplicateOf);
      if (copied !== undefined) return join(copied, doc, day, run);

      const names = (doc.names ?? []).map((n) => NAME_PREFIX + key(n));
      const keep = new Set((doc.names ?? []).flatMap((n) => key(n).split(/\s+/)));
      const terms = doc.terms ?? keyTerms(doc.text, { keep });
      const v = documentVector(terms, names, o.nameWeight, o.documentTerms, df);

      let best = -1;
      let bestScore = 0;
      for (const s of candidatesOf(v)) {
        const state = states[s]!;
        if (!isActive(state)) continue;
        const score = cosine(v, state.centroid!, df) * timeFactor(day, state.firstDay, state.lastDay, o.graceDays, o.decayDays);
        if (score > bestScore || (score === bestScore && s < best)) {
          best = s;
          bestScore = score;
        }
      }
      let s = best;
      if (best === -1 || bestScore < o.threshold) {
        s = states.length;
        states.push({ id: storyIdOf(doc.id), documents: [], created: run, updated: run, lastSeen: arrivals, firstDay: null, lastDay: null, centroid: emptyCentroid() });
      }
      const state = states[s]!;
      addToCentroid(state.centroid!, v, o.storyTerms, df);
      index(s, v);
      df.addDocument(new Set([...terms, ...names]));
      const id = join(s, doc, day, run);
      if (arrivals % 4096 === 0) closeInactive();
      return id;
    },
    stories() {
      return states.map((s) => ({ kind: 'story', id: s.id, documents: [...s.documents], created: s.created, updated: s.updated }));
    },
    storyOf(doc) {
      const s = storyOfDoc.get(doc);
      return s === undefined ? undefined : states[s]!.id;
    },
    get size() {
      return arrivals;
    },
  };

  function closeInactive(): void {
    for (const s of states) if (s.centroid !== null && arrivals - s.lastSeen > o.activeDocuments) s.centroid = null;
  }
}
