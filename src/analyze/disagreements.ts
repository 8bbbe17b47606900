/**
 * Disagreements: the same quantity or the same event's day reported differently by different
 * outlets. Two quantities are the same fact when they count the same unit (alias table, else light
 * stem) and their sentences share at least `minSharedTerms` key terms; two dated sentences are the
 * same event when they share at least `minSharedEventTerms` and lie at most `maxEventDayGap` days
 * apart. Facts are grouped by union-find; a document giving several values in a group is dropped
 * from it, and a group left with two or more values from different documents is a disagreement.
 */
import type { Disagreement, DisagreementSide, DocumentId } from '../core/index.js';

export interface Fact {
  readonly document: DocumentId;
  readonly outlet: string;
  /** What is compared: a unit key, or `day` for event dates. */
  readonly unit: string;
  readonly value: string;
  /** How the topic is written (the counted noun, or the event sentence). */
  readonly label: string;
  /** Key terms of the sentence, without the quantity itself. */
  readonly terms: ReadonlySet<string>;
  /** For a measure, the word it measures (`عمق`); for an event, its phase (start/end). Facts with different ones never group. */
  readonly measures?: string | null;
  /** The document's publication day (YYYY-MM-DD), if known. */
  readonly published?: string | null;
}

export interface DisagreementOptions {
  /** Shared terms near the numbers that make two counts of one unit the same fact. Default 3, ≥ 1. */
  readonly minSharedTerms?: number;
  /** Shared sentence terms that make two dated sentences the same event. Default 4, ≥ 1. */
  readonly minSharedEventTerms?: number;
  /** Days apart beyond which two dated sentences are different events, however alike. Default 7, ≥ 1. */
  readonly maxEventDayGap?: number;
}

export const DEFAULT_DISAGREEMENT_OPTIONS: Required<DisagreementOptions> = { minSharedTerms: 3, minSharedEventTerms: 4, maxEventDayGap: 7 };

/**
 * Units of casualty tolls (`toll:deaths`, see `tollOf`): outlets word a toll in so many ways (`لقي X
 * حتفهم`، `أودت بحياة X`، `X قتيلاً`) that they share few words; within one story, one toll of the
 * current event is one fact, whatever the words (tolls of dated earlier events never get this unit).
 */
export const TOLL_PREFIX = 'toll:';

const dayGap = (a: string, b: string): number => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;

/**
 * Union-find over facts of the same unit that share enough terms. Candidate pairs come from an
 * inverted index (term → earlier facts of the unit), so facts with no term in common are never
 * compared: the cost follows the postings, not (facts)².
 */
function groupFacts(facts: readonly Fact[], minShared: number, maxDayGap = Number.POSITIVE_INFINITY): Fact[][] {
  const parent = facts.map((_, i) => i);
  const root = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] as number;
    while (parent[i] !== r) {
      const next = parent[i] as number;
      parent[i] = r;
      i = next;
    }
    return r;
  };
  // What a group measures (or the phase of its event), kept at its root: a group never joins one
  // measuring something else, even through a fact that says nothing about it.
  const measureOf = new Map<number, string>();
  facts.forEach((f, i) => {
    if (f.measures != null) measureOf.set(i, f.measures);
  });
  const postings = new Map<string, Map<string, number[]>>();
  facts.forEach((a, i) => {
    let byTerm = postings.get(a.unit);
    if (byTerm === undefined) postings.set(a.unit, (byTerm = new Map()));
    const counts = new Map<number, number>();
    for (const t of a.terms) {
      const list = byTerm.get(t);
      if (list === undefined) {
        byTerm.set(t, [i]);
        continue;
      }
      for (const j of list) counts.set(j, (counts.get(j) ?? 0) + 1);
      list.push(i);
    }
    for (const [j, n] of counts) {
      if (n < minShared) continue;
      const b = facts[j] as Fact;
      const near = maxDayGap === Number.POSITIVE_INFINITY || dayGap(a.value, b.value) <= maxDayGap;
      const ri = root(i);
      const rj = root(j);
      const mi = measureOf.get(ri) ?? null;
      const mj = measureOf.get(rj) ?? null;
      if (a.document === b.document || !near || ri === rj || (mi !== null && mj !== null && mi !== mj)) continue;
      parent[rj] = ri;
      if (mi === null && mj !== null) measureOf.set(ri, mj);
    }
  });
  const groups = new Map<number, Fact[]>();
  facts.forEach((f, i) => {
    const r = root(i);
    const g = groups.get(r);
    if (g === undefined) groups.set(r, [f]);
    else g.push(f);
  });
  return [...groups.values()];
}

function sides(group: readonly Fact[]): DisagreementSide[] {
  const byValue = new Map<string, { documents: Set<DocumentId>; outlets: Set<string>; days: Set<string>; undated: boolean }>();
  for (const f of group) {
    const s = byValue.get(f.value) ?? { documents: new Set<DocumentId>(), outlets: new Set<string>(), days: new Set<string>(), undated: false };
    s.documents.add(f.document);
    s.outlets.add(f.outlet);
    if (f.published == null) s.undated = true;
    else s.days.add(f.published);
    byValue.set(f.value, s);
  }
  return [...byValue].map(([value, s]) => ({
    value,
    documents: [...s.documents],
    outlets: [...s.outlets],
    ...(s.undated ? {} : { published: [...s.days].sort() }),
  }));
}

/**
 * Sides oldest first when each was published entirely before the next (`2004-12-29` 80000 dead, then
 * `2005-01-01` 120000): the figure was revised from one day's reports to the next, which the reader is
 * told as such; null when two sides share a day or a side is undated (outlets contradicting each other).
 */
function overTime(s: readonly DisagreementSide[]): DisagreementSide[] | null {
  if (s.some((x) => x.published === undefined)) return null;
  const first = (x: DisagreementSide): string => (x.published as readonly string[])[0] as string;
  const last = (x: DisagreementSide): string => (x.published as readonly string[])[(x.published as readonly string[]).length - 1] as string;
  const ordered = [...s].sort((a, b) => (first(a) < first(b) ? -1 : first(a) > first(b) ? 1 : 0));
  for (let k = 1; k < ordered.length; k++) if (!(last(ordered[k - 1] as DisagreementSide) < first(ordered[k] as DisagreementSide))) return null;
  return ordered;
}

/**
 * A document that gives several values in one group reports several things (a quake and its
 * aftershock, two readings), not one side of a disagreement between outlets: its facts leave the
 * group, so no document ever stands on two sides.
 */
function singleValued(group: readonly Fact[]): Fact[] {
  const values = new Map<DocumentId, Set<string>>();
  for (const f of group) {
    const v = values.get(f.document) ?? new Set<string>();
    v.add(f.value);
    values.set(f.document, v);
  }
  return group.filter((f) => (values.get(f.document) as Set<string>).size === 1);
}

/**
 * A side per value; kept only when at least two values come from different documents. A figure
 * (`revisable`: a toll, a count, an amount) told by each day's reports in turn is an update; the day an
 * event happened is no running figure: reports that differ on it disagree whenever they were published.
 */
function disagreementOf(topic: string, all: readonly Fact[], revisable = true): Disagreement | null {
  const group = singleValued(all);
  const s = sides(group);
  if (s.length < 2) return null;
  const docs = new Set(s.flatMap((x) => x.documents));
  if (docs.size < 2) return null;
  const revised = revisable ? overTime(s) : null;
  if (revised !== null) return { topic, sides: revised, update: true };
  return { topic, sides: s.sort((a, b) => b.documents.length - a.documents.length) };
}

export function findDisagreements(quantities: readonly Fact[], events: readonly Fact[], options: DisagreementOptions = {}): Disagreement[] {
  const o = { ...DEFAULT_DISAGREEMENT_OPTIONS, ...options };
  const out: Disagreement[] = [];
  const tolls = new Map<string, Fact[]>();
  for (const f of quantities) {
    if (!f.unit.startsWith(TOLL_PREFIX)) continue;
    const group = tolls.get(f.unit);
    if (group === undefined) tolls.set(f.unit, [f]);
    else group.push(f);
  }
  for (const g of tolls.values()) {
    const d = disagreementOf(g[0]?.label ?? '', g);
    if (d !== null) out.push(d);
  }
  for (const g of groupFacts(quantities.filter((f) => !f.unit.startsWith(TOLL_PREFIX)), o.minSharedTerms)) {
    const d = disagreementOf(g[0]?.label ?? '', g);
    if (d !== null) out.push(d);
  }
  for (const g of groupFacts(events, o.minSharedEventTerms, o.maxEventDayGap)) {
    const d = disagreementOf(`يوم الحدث: ${g[0]?.label ?? ''}`, g, false);
    if (d !== null) out.push(d);
  }
  return out;
}
