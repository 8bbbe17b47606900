/**
 * ROUGE as ROUGE-1.5.5 computes it (Lin 2004; the script's `computeNGramScore`, `computeLCSScore`,
 * `computeSkipBigramScore`), with a choice of tokenization. Scores against several references use
 * the script's `-f A` (model average): hits and counts are summed over the references, then
 * recall = hits / reference n-grams and precision = hits / (peer n-grams × references). Each of
 * R, P and F is rounded to five decimals as the script prints them, F from the rounded R and P.
 */
import { TOKENIZERS, type RougeTokenization } from './rouge-tokenize.js';

export interface RougeOptions {
  /** `arabic` (default): the Arabic-aware tokenization. `ascii`: ROUGE-1.5.5's `[a-z0-9]` tokens. */
  readonly tokenization?: RougeTokenization;
  /** Weight of precision in F = 1 / (α/P + (1−α)/R). Default 0.5 (`-p 0.5`); range [0, 1]. */
  readonly alpha?: number;
  /** ROUGE-1 … ROUGE-maxN are computed. Default 2 (`-n 2`); range 1–4. */
  readonly maxN?: number;
  /** Compute ROUGE-L (summary-level union LCS over line units). Default true; false is `-x`. */
  readonly lcs?: boolean;
  /** Maximum skip distance for ROUGE-SU (`-2 d -u`); null (default) skips it. */
  readonly skipDistance?: number | null;
}

const DEFAULT_ROUGE_OPTIONS: Required<RougeOptions> = {
  tokenization: 'arabic',
  alpha: 0.5,
  maxN: 2,
  lcs: true,
  skipDistance: null,
};

export interface RougeScore {
  readonly recall: number;
  readonly precision: number;
  readonly f: number;
}

/** Keyed by the names ROUGE-1.5.5 prints: `ROUGE-1`, `ROUGE-2`, `ROUGE-L`, `ROUGE-SU4`. */
export type RougeScores = Readonly<Record<string, RougeScore>>;

type Counts = Map<string, number>;

const round5 = (x: number): number => Number(x.toFixed(5));

function bump(counts: Counts, gram: string): void {
  counts.set(gram, (counts.get(gram) ?? 0) + 1);
}

function ngramCounts(tokens: readonly string[], n: number): { readonly grams: Counts; readonly total: number } {
  const grams: Counts = new Map();
  let total = 0;
  for (let i = 0; i + n <= tokens.length; i++) {
    bump(grams, tokens.slice(i, i + n).join(' '));
    total++;
  }
  return { grams, total };
}

/**
 * Skip bigrams with at most `distance` words between them, plus unigrams (`-u`). As in the script,
 * the last token contributes no unigram: its loop stops one token early.
 */
export function skipBigramCounts(tokens: readonly string[], distance: number): { readonly grams: Counts; readonly total: number } {
  const grams: Counts = new Map();
  let total = 0;
  for (let i = 0; i < tokens.length - 1; i++) {
    bump(grams, tokens[i]!);
    total++;
    for (let j = i + 1; j < tokens.length && (distance < 0 || j <= i + distance + 1); j++) {
      bump(grams, `${tokens[i]!} ${tokens[j]!}`);
      total++;
    }
  }
  return { grams, total };
}

function clippedHits(model: Counts, peer: Counts): number {
  let hits = 0;
  for (const [gram, m] of model) {
    const p = peer.get(gram);
    if (p !== undefined) hits += Math.min(p, m);
  }
  return hits;
}

/** R, P, F from pooled counts, rounded like the script's `sprintf("%7.5f")`. */
function pooledScore(hits: number, referenceCount: number, peerCount: number, alpha: number): RougeScore {
  const recall = referenceCount > 0 ? round5(hits / referenceCount) : 0;
  const precision = peerCount > 0 ? round5(hits / peerCount) : 0;
  const denominator = (1 - alpha) * precision + alpha * recall;
  const f = denominator > 0 ? round5((precision * recall) / denominator) : 0;
  return { recall, precision, f };
}

type Grams = (tokens: readonly string[]) => { readonly grams: Counts; readonly total: number };

function countBased(peer: readonly string[], references: readonly (readonly string[])[], grams: Grams, alpha: number): RougeScore {
  const p = grams(peer);
  let hits = 0;
  let referenceCount = 0;
  for (const reference of references) {
    const m = grams(reference);
    hits += clippedHits(m.grams, p.grams);
    referenceCount += m.total;
  }
  return pooledScore(hits, referenceCount, p.total * references.length, alpha);
}

/**
 * Marks the model positions of one LCS between `model` and `peer`, walking back through the DP
 * table with the script's tie-break (prefer "up" when the two neighbours are equal), so the union
 * LCS and therefore the scores are the script's.
 */
function markLcs(model: readonly string[], peer: readonly string[], hit: Uint8Array): void {
  const m = model.length;
  const n = peer.length;
  if (m === 0 || n === 0) return;
  const width = n + 1;
  const c = new Uint16Array((m + 1) * width);
  const move = new Uint8Array((m + 1) * width); // 1 diagonal, 2 up, 3 left
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      const at = i * width + j;
      if (model[i - 1] === peer[j - 1]) {
        c[at] = c[at - width - 1]! + 1;
        move[at] = 1;
      } else if (c[at - width]! >= c[at - 1]!) {
        c[at] = c[at - width]!;
        move[at] = 2;
      } else {
        c[at] = c[at - 1]!;
        move[at] = 3;
      }
    }
  }
  let i = m;
  let j = n;
  while (i !== 0 && j !== 0) {
    const mv = move[i * width + j];
    if (mv === 1) {
      i--;
      j--;
      hit[i] = 1;
    } else if (mv === 2) i--;
    else j--;
  }
}

function unigramTable(units: readonly (readonly string[])[]): Counts {
  const counts: Counts = new Map();
  for (const unit of units) for (const t of unit) bump(counts, t);
  return counts;
}

/** Summary-level ROUGE-L: for each reference unit, the union of its LCS with every peer unit, clipped by unigram counts. */
function lcsBased(peerUnits: readonly (readonly string[])[], referenceUnits: readonly (readonly (readonly string[])[])[], alpha: number): RougeScore {
  const peerUnigrams = unigramTable(peerUnits);
  const peerTotal = peerUnits.reduce((sum, u) => sum + u.length, 0);
  let hits = 0;
  let base = 0;
  for (const reference of referenceUnits) {
    const modelLeft = unigramTable(reference);
    const peerLeft = new Map(peerUnigrams);
    for (const unit of reference) {
      const hit = new Uint8Array(unit.length);
      base += unit.length;
      for (const p of peerUnits) markLcs(unit, p, hit);
      for (let k = 0; k < unit.length; k++) {
        if (hit[k] !== 1) continue;
        const t = unit[k]!;
        const ml = modelLeft.get(t) ?? 0;
        const pl = peerLeft.get(t) ?? 0;
        if (ml > 0 && pl > 0) {
          hits++;
          modelLeft.set(t, ml - 1);
          peerLeft.set(t, pl - 1);
        }
      }
    }
  }
  return pooledScore(hits, base, peerTotal * referenceUnits.length, alpha);
}

/** Non-empty lines: ROUGE-1.5.5's sentence-per-line units. */
const lines = (text: string): string[] => text.split(/\r?\n|\r/).filter((l) => l.length > 0);

/**
 * Scores one peer (system) summary against its references. Texts are plain text, one sentence per
 * line (lines matter only to ROUGE-L). With no reference, every score is 0.
 */
export function rouge(peer: string, references: readonly string[], options: RougeOptions = {}): RougeScores {
  const o = { ...DEFAULT_ROUGE_OPTIONS, ...options };
  const tokenize = TOKENIZERS[o.tokenization];
  const peerUnits = lines(peer).map(tokenize);
  const referenceUnits = references.map((r) => lines(r).map(tokenize));
  const peerTokens = peerUnits.flat();
  const referenceTokens = referenceUnits.map((units) => units.flat());
  const scores: Record<string, RougeScore> = {};
  for (let n = 1; n <= o.maxN; n++) {
    scores[`ROUGE-${n}`] = countBased(peerTokens, referenceTokens, (t) => ngramCounts(t, n), o.alpha);
  }
  if (o.lcs) scores['ROUGE-L'] = lcsBased(peerUnits, referenceUnits, o.alpha);
  if (o.skipDistance !== null) {
    const d = o.skipDistance;
    scores[`ROUGE-SU${d < 0 ? '*' : d}`] = countBased(peerTokens, referenceTokens, (t) => skipBigramCounts(t, d), o.alpha);
  }
  return scores;
}

/** The mean of each score over several evaluations (topics), as the per-system averages are reported. */
export function meanScores(all: readonly RougeScores[]): RougeScores {
  const out: Record<string, RougeScore> = {};
  if (all.length === 0) return out;
  for (const name of Object.keys(all[0]!)) {
    const mean = (pick: (s: RougeScore) => number): number => all.reduce((sum, s) => sum + pick(s[name] ?? { recall: 0, precision: 0, f: 0 }), 0) / all.length;
    out[name] = { recall: mean((s) => s.recall), precision: mean((s) => s.precision), f: mean((s) => s.f) };
  }
  return out;
}
