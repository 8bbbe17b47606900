import { storyId, type DocumentId, type Story, type StoryId } from '../core/index.js';
import { key, keyTerms } from '../text/index.js';
import { addToCentroid, cosine, emptyCentroid, rankedTerms, type Centroid } from './centroid.js';
import { joinBar } from './bar.js';
import { CLUSTER_DEFAULTS, type ClusterOptions } from './options.js';
import { dayNumber, timeFactor } from './time.js';
import { documentVector, NAME_PREFIX, type TermVector } from './vector.js';
import { createVocabulary } from './vocabulary.js';

export interface ClusterInput {
  readonly id: DocumentId;
  /** Clean text (the body: ingest keeps the headline apart, in `title`). */
  readonly text: string;
  /** Headline when known (ingest's `title`). Its terms come first, so they weigh as lead terms: the headline names the event. */
  readonly title?: string | null;
  /** ISO 8601 publication date when known. */
  readonly published?: string | null;
  /** Entity names found in the document (any layer; they are keyed here). Shared names pull documents together. */
  readonly names?: readonly string[];
  /** The original this document copies (from the deduper): it joins that document's story without changing its centroid. */
  readonly duplicateOf?: DocumentId | null;
  /** `keyTerms(text)` computed earlier (e.g. kept in the store): skips tokenizing the body on replay (the title is still read). */
  readonly terms?: readonly string[];
}

export interface Clusterer {
  /**
   * Adds the next document in arrival order and returns its story: the most similar active story
   * when similar enough, else a new story whose id derives from this document. `run` labels the
   * run (a number or ISO time chosen by the caller), recorded as the story's `created`/`updated`;
   * when replaying a store, pass each document's original run to reproduce them. Default `"0"`.
   * A document that founded a one-document story may later be moved into a larger story that grew
   * near it (`revisitSize`); that story keeps its id, and `storyOf` gives the current story.
   */
  add(doc: ClusterInput, run?: string): StoryId;
  /** Every story so far, in order of creation; members in arrival order. */
  stories(): readonly Story[];
  /** The story a document is in now. */
  storyOf(doc: DocumentId): StoryId | undefined;
  /** Documents added so far. */
  readonly size: number;
}

interface StoryState {
  readonly id: StoryId;
  /** Arrival numbers of the members, ascending. */
  readonly arrivals: number[];
  readonly created: string;
  updated: string;
  /** Arrival number of the last document that joined. */
  lastSeen: number;
  firstDay: number | null;
  lastDay: number | null;
  /** Null once closed (no document joined for `activeDocuments` arrivals). */
  centroid: Centroid | null;
  /** The story this one was merged into (its index), or -1 while it stands on its own. */
  into: number;
  /** Sum and count of the scores with which documents joined after the founder (the story's cohesion, for `joinBar`). */
  joinScores: number;
  joins: number;
}

/** The story id founded by a document: stable across runs that see the same founding document. */
export const storyIdOf = (founder: DocumentId): StoryId => storyId(`s-${founder}`);

export function createClusterer(options: Partial<ClusterOptions> = {}): Clusterer {
  const o: ClusterOptions = { ...CLUSTER_DEFAULTS, ...options };
  const vocabulary = createVocabulary(o.idfSmoothing, o.dfFloor);
  const states: StoryState[] = [];
  const docIds: DocumentId[] = [];
  const storyOfDoc = new Map<DocumentId, number>();
  /** Inverted index by term id (ids are dense): the stories indexed under the term, oldest first. */
  const postings: (number[] | undefined)[] = [];
  let stamps = new Int32Array(1024).fill(-1);
  let shared = new Int32Array(1024);
  /** The current document's weights by term id, zero elsewhere. */
  let spread = new Float64Array(4096);
  /** Scratch for `addToCentroid`: -1 at every term id. */
  let slots = new Int32Array(4096).fill(-1);
  let sinceSweep = 0;

  const resolve = (s: number): number => {
    let r = s;
    while (states[r]!.into >= 0) r = states[r]!.into;
    while (states[s]!.into >= 0 && states[s]!.into !== r) {
      const next = states[s]!.into;
      states[s]!.into = r;
      s = next;
    }
    return r;
  };

  const isActive = (s: StoryState): boolean => s.centroid !== null && docIds.length - s.lastSeen <= o.activeDocuments;
  const bar = (st: StoryState): number => joinBar(st.arrivals.length, st.joinScores, st.joins, o);

  const candidatesOf = (v: TermVector): number[] => {
    if (stamps.length < states.length) {
      stamps = new Int32Array(states.length * 2).fill(-1);
      shared = new Int32Array(states.length * 2);
    }
    const query = docIds.length;
    const found: number[] = [];
    const q = Math.min(o.queryTerms, v.terms.length);
    for (let i = 0; i < q; i++) {
      const list = postings[v.terms[i]!];
      if (list === undefined) continue;
      for (let j = list.length - 1, seen = 0; j >= 0 && seen < o.postingsPerTerm; j--, seen++) {
        const s = list[j]!;
        if (stamps[s] !== query) {
          stamps[s] = query;
          shared[s] = 0;
          found.push(s);
        }
        shared[s]!++;
      }
    }
    return topByShared(found, shared, o.candidates).filter((s) => isActive(states[s]!));
  };

  const index = (s: number, v: TermVector): void => {
    const q = Math.min(o.queryTerms, v.terms.length);
    for (let i = 0; i < q; i++) {
      const term = v.terms[i]!;
      const list = postings[term];
      if (list === undefined) {
        while (postings.length < term) postings.push(undefined);
        postings[term] = [s];
      } else if (list[list.length - 1] !== s) list.push(s);
    }
  };

  const join = (s: number, doc: ClusterInput, day: number | null, run: string): StoryId => {
    const state = states[s]!;
    const arrival = docIds.length;
    docIds.push(doc.id);
    state.arrivals.push(arrival);
    state.updated = run;
    state.lastSeen = arrival;
    if (day !== null) {
      state.firstDay = state.firstDay === null ? day : Math.min(state.firstDay, day);
      state.lastDay = state.lastDay === null ? day : Math.max(state.lastDay, day);
    }
    storyOfDoc.set(doc.id, s);
    return state.id;
  };

  return {
    add(doc, run = '0') {
      const day = dayNumber(doc.published);
      const original = doc.duplicateOf === null || doc.duplicateOf === undefined ? undefined : storyOfDoc.get(doc.duplicateOf);
      if (original !== undefined) return join(resolve(original), doc, day, run);

      const names = (doc.names ?? []).map((n) => NAME_PREFIX + key(n));
      // Names are whole features of their own; their words in the text are stemmed like any other,
      // which keeps the text layer's shared stem cache (a `keep` set per document would defeat it).
      const body = doc.terms ?? keyTerms(doc.text);
      const terms = doc.title === null || doc.title === undefined || doc.title === '' ? body : [...keyTerms(doc.title), ...body];
      const v = documentVector(terms, names, { nameWeight: o.nameWeight, leadTerms: o.leadTerms, leadBoost: o.leadBoost, limit: o.documentTerms }, vocabulary);

      if (spread.length < vocabulary.size) {
        const grown = new Float64Array(Math.max(vocabulary.size, spread.length * 2));
        grown.set(spread);
        spread = grown;
        const grownSlots = new Int32Array(grown.length).fill(-1);
        grownSlots.set(slots);
        slots = grownSlots;
      }
      for (let i = 0; i < v.terms.length; i++) spread[v.terms[i]!] = v.weights[i]!;
      const scored = candidatesOf(v).map((s) => {
        const state = states[s]!;
        const score = cosine(spread, v.norm, state.centroid!) * timeFactor(day, state.firstDay, state.lastDay, o.graceDays, o.decayDays);
        return { s, score, passes: score >= bar(state) };
      });
      for (const t of v.terms) spread[t] = 0;
      let best: { s: number; score: number } | null = null;
      for (const c of scored) if (c.passes && (best === null || c.score > best.score)) best = c;

      let s: number;
      if (best === null) {
        s = states.length;
        states.push({ id: storyIdOf(doc.id), arrivals: [], created: run, updated: run, lastSeen: docIds.length, firstDay: null, lastDay: null, centroid: emptyCentroid(), into: -1, joinScores: 0, joins: 0 });
      } else {
        s = best.s;
        states[s]!.joinScores += best.score;
        states[s]!.joins++;
      }
      addToCentroid(states[s]!.centroid!, v, o.storyTerms, slots);
      join(s, doc, day, run);
      index(s, v);
      vocabulary.addDocument(v.distinct);
      if (o.revisitSize > 0 && best !== null) s = revisit(s, scored.map((c) => c.s), run);
      if (docIds.length % 4096 === 0) closeInactive();
      return states[s]!.id;
    },
    stories() {
      return states.filter((s) => s.into < 0).map((s) => ({ kind: 'story', id: s.id, documents: s.arrivals.map((a) => docIds[a]!), created: s.created, updated: s.updated }));
    },
    storyOf(doc) {
      const s = storyOfDoc.get(doc);
      return s === undefined ? undefined : states[resolve(s)]!.id;
    },
    get size() {
      return docIds.length;
    },
  };

  /**
   * Deferred re-assignment: after story `s` grew, each one-document story among the arriving
   * document's candidates is tested again as if its document arrived now (cosine of its vector to
   * the grown centroid against the bar for that size); one that passes is merged in. Returns the
   * surviving story.
   */
  function revisit(s: number, candidates: readonly number[], run: string): number {
    for (const t of candidates) {
      const lone = states[t]!;
      const grown = states[s]!;
      if (t === s || lone.into >= 0 || lone.centroid === null || lone.arrivals.length > o.revisitSize || grown.centroid === null) continue;
      const c = lone.centroid;
      for (let i = 0; i < c.size; i++) spread[c.ids[i]!] = c.sums[i]!;
      const score = cosine(spread, Math.sqrt(c.squares), grown.centroid) * timeFactor(lone.firstDay, grown.firstDay, grown.lastDay, o.graceDays, o.decayDays);
      for (let i = 0; i < c.size; i++) spread[c.ids[i]!] = 0;
      if (score < bar(grown)) continue;
      s = merge(s, t, run);
      states[s]!.joinScores += score;
      states[s]!.joins++;
    }
    return s;
  }

  /**
   * Merges two stories; the larger survives with its id (ties: the earlier founded), so a story
   * people have seen keeps its id when a lone document is moved into it. Returns the survivor.
   */
  function merge(a: number, b: number, run: string): number {
    const sizeA = states[a]!.arrivals.length;
    const sizeB = states[b]!.arrivals.length;
    const [keep, gone] = sizeA > sizeB || (sizeA === sizeB && a < b) ? [a, b] : [b, a];
    const k = states[keep]!;
    const g = states[gone]!;
    const ranked = rankedTerms(g.centroid!);
    addToCentroid(k.centroid!, ranked, o.storyTerms, slots);
    index(keep, { terms: ranked.terms, weights: [], norm: 0, distinct: [] });
    const arrivals = [...k.arrivals, ...g.arrivals].sort((x, y) => x - y);
    k.arrivals.length = 0;
    k.arrivals.push(...arrivals);
    k.updated = run;
    k.lastSeen = Math.max(k.lastSeen, g.lastSeen);
    if (g.firstDay !== null) k.firstDay = k.firstDay === null ? g.firstDay : Math.min(k.firstDay, g.firstDay);
    if (g.lastDay !== null) k.lastDay = k.lastDay === null ? g.lastDay : Math.max(k.lastDay, g.lastDay);
    g.centroid = null;
    g.into = keep;
    return keep;
  }

  /** Closes stories left behind by the active window; now and then also drops them from the postings. */
  function closeInactive(): void {
    let closed = 0;
    for (const s of states) {
      if (s.centroid !== null && docIds.length - s.lastSeen > o.activeDocuments) {
        s.centroid = null;
        closed++;
      }
    }
    sinceSweep += closed;
    if (sinceSweep < 4096) return;
    sinceSweep = 0;
    for (let term = 0; term < postings.length; term++) {
      const list = postings[term];
      if (list === undefined) continue;
      const open = list.filter((s) => states[s]!.centroid !== null);
      if (open.length < list.length) postings[term] = open.length === 0 ? undefined : open;
    }
  }
}

/** The `limit` entries with the highest counts, ties by lower index: a counting sort, as counts are small. */
function topByShared(found: readonly number[], shared: Int32Array, limit: number): number[] {
  if (found.length <= limit) return [...found].sort((a, b) => shared[b]! - shared[a]! || a - b);
  let max = 0;
  for (const s of found) max = Math.max(max, shared[s]!);
  const buckets: number[][] = Array.from({ length: max + 1 }, () => []);
  for (const s of found) buckets[shared[s]!]!.push(s);
  const out: number[] = [];
  for (let c = max; c >= 0 && out.length < limit; c--) {
    const bucket = buckets[c]!.sort((a, b) => a - b);
    for (const s of bucket) {
      if (out.length === limit) break;
      out.push(s);
    }
  }
  return out;
}

