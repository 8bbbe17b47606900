/** Parameters of the online story clusterer. See docs/design/dedup-cluster.md for why these values. */
export interface ClusterOptions {
  /** A document joins the most similar story when the (time-weighted) cosine is at least this; else it founds a new story. Default 0.24, range (0, 1]. */
  readonly threshold: number;
  /** The threshold to join a one-document story; for a story of n documents it is threshold + (singletonThreshold − threshold) / n, since a centroid of many documents is better evidence than one document. Default 0.28, range ≥ threshold. */
  readonly singletonThreshold: number;
  /** Terms among the first this many of a document (headline and lead) weigh more: the lead names the event. Default 15, range ≥ 0. */
  readonly leadTerms: number;
  /** Extra weight of lead terms: their tf is multiplied by 1 + leadBoost. Default 0.5, range ≥ 0. */
  readonly leadBoost: number;
  /** A document is represented by its this many highest-weighted terms. Default 120, range ≥ 1. */
  readonly documentTerms: number;
  /** A story centroid keeps at most this many terms (bounded memory; pruned by weight). Default 120, range ≥ documentTerms. */
  readonly storyTerms: number;
  /** Terms of a document used to look up candidate stories in the inverted index. Default 20, range 1–documentTerms. */
  readonly queryTerms: number;
  /** Per query term, at most this many of the most recently indexed stories are looked up. Default 100, range ≥ 1. */
  readonly postingsPerTerm: number;
  /** At most this many candidate stories (most query terms shared) get a full cosine. Default 10, range ≥ 1. */
  readonly candidates: number;
  /** Weight of a shared name relative to a term occurring once. Default 2, range ≥ 0. */
  readonly nameWeight: number;
  /** Publication dates closer than this many days to the story's dates cost nothing. Default 3, range ≥ 0. */
  readonly graceDays: number;
  /** Beyond the grace period, similarity decays as exp(−extra days / this). Default 7, range > 0. */
  readonly decayDays: number;
  /** IDF smoothing: idf(t) = ln((N + smoothing) / (df(t) + 1)), so early documents do not see every word as rare. Default 20, range ≥ 1. */
  readonly idfSmoothing: number;
  /** A story not joined by any of the last this many documents is closed: it keeps its members but is no longer a candidate and drops its centroid and index entries (bounded memory). Default 50,000, range ≥ 1 (Infinity: never). */
  readonly activeDocuments: number;
  /** Deferred re-assignment: after a story grows, stories of at most this many documents among the arriving document's candidates are tested again against the grown centroid (as if they arrived now) and merged in when they pass. Default 2 (stories of one or two documents), range ≥ 0 (0: never). */
  readonly revisitSize: number;
  /** IDF counts a term as seen in at least this many documents: a term no other document has yet (a name, a typo) is no evidence of a match but would dominate the vector norm and drown the shared terms. Default 3, range ≥ 0. */
  readonly dfFloor: number;
  /**
   * Cohesion-relative bar: a story of two or more documents also accepts a document scoring at least
   * this share of the mean score with which its members joined (a diffuse story, followed for months
   * through different angles, has low join scores; a tight one keeps the size bar). The bar is
   * min(size bar, max(cohesionFloor, cohesion × mean join score)). Default 0.5, range [0, 1] (0: off).
   */
  readonly cohesion: number;
  /** The cohesion-relative bar never falls below this. Default 0.16, range [0, threshold]. */
  readonly cohesionFloor: number;
}

export const CLUSTER_DEFAULTS: ClusterOptions = {
  threshold: 0.24,
  singletonThreshold: 0.28,
  leadTerms: 15,
  leadBoost: 0.5,
  documentTerms: 120,
  storyTerms: 120,
  queryTerms: 20,
  postingsPerTerm: 100,
  candidates: 10,
  nameWeight: 2,
  graceDays: 3,
  decayDays: 7,
  idfSmoothing: 20,
  activeDocuments: 50_000,
  revisitSize: 2,
  dfFloor: 3,
  cohesion: 0.5,
  cohesionFloor: 0.16,
};
