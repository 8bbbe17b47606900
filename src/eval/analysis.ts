/**
 * Scores the analysis stage against the hand-written gold passages in
 * test/fixtures/analyze/gold/*.txt (format in that folder's README.md): entity mentions, dates, and
 * verbatim quotes with their speakers, as precision, recall and F1.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeDocument } from '../analyze/index.js';
import { cleanDocument, documentId, type EntityType } from '../core/index.js';
import { key } from '../text/index.js';
import { REPO_ROOT } from './corpora.js';

export const ANALYSIS_GOLD_DIR = resolve(REPO_ROOT, 'test', 'fixtures', 'analyze', 'gold');
/** Passages written after the analyzer, never used to tune it. */
export const ANALYSIS_HELDOUT_DIR = resolve(REPO_ROOT, 'test', 'fixtures', 'analyze', 'heldout');

const TYPES: Readonly<Record<string, EntityType>> = { PER: 'person', LOC: 'place', ORG: 'organization' };

export interface GoldSpan {
  readonly start: number;
  readonly end: number;
  readonly label: string;
}

export interface GoldCase {
  readonly name: string;
  readonly published: string | null;
  readonly outlet: string | null;
  readonly text: string;
  readonly entities: readonly GoldSpan[];
  readonly dates: readonly GoldSpan[];
  readonly quotes: readonly { readonly speaker: string; readonly text: string }[];
}

/** An entity mark holds no bracket (`[[[ايران|LOC]]]` marks `ايران` inside brackets of the text), a date mark no brace. */
const ANNOTATION = /\[\[([^[\]|]*)\|(PER|LOC|ORG)\]\]|\{\{([^|}]*)\|([^}]*)\}\}/g;

/** An entity mark's code as written inline, and the span it marks in the plain text. */
export interface InlineEntity {
  readonly start: number;
  readonly end: number;
  readonly code: 'PER' | 'LOC' | 'ORG';
}

/** `body` without its inline marks (`[[text|PER]]`, `{{text|value}}`), with the offsets of what they marked in the plain text. */
export function stripAnnotations(body: string): { readonly text: string; readonly entities: readonly InlineEntity[]; readonly dates: readonly GoldSpan[] } {
  const entities: InlineEntity[] = [];
  const dates: GoldSpan[] = [];
  let text = '';
  let last = 0;
  for (const m of body.matchAll(ANNOTATION)) {
    text += body.slice(last, m.index);
    const inner = m[1] ?? m[3] ?? '';
    const start = text.length;
    text += inner;
    if (m[1] !== undefined) entities.push({ start, end: text.length, code: m[2] as InlineEntity['code'] });
    else dates.push({ start, end: text.length, label: m[4] ?? '' });
    last = m.index + m[0].length;
  }
  return { text: text + body.slice(last), entities, dates };
}

/** Strips the inline annotations, keeping their offsets in the plain text. */
export function parseGold(raw: string, name: string): GoldCase {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  const header = (field: string): string | null => {
    const line = lines.find((l) => l.startsWith(`# ${field}:`));
    return line === undefined ? null : line.slice(field.length + 3).trim();
  };
  const split = lines.findIndex((l) => l.startsWith('=== quotes'));
  const bodyLines = (split < 0 ? lines : lines.slice(0, split)).filter((l) => !l.startsWith('#'));
  while (bodyLines.length > 0 && bodyLines[bodyLines.length - 1] === '') bodyLines.pop();
  const stripped = stripAnnotations(bodyLines.join('\n'));
  const text = stripped.text;
  const entities: GoldSpan[] = stripped.entities.map((e) => ({ start: e.start, end: e.end, label: TYPES[e.code] ?? 'place' }));
  const dates = stripped.dates;
  const quotes = (split < 0 ? [] : lines.slice(split + 1))
    .filter((l) => l.includes('|'))
    .map((l) => {
      const bar = l.indexOf('|');
      return { speaker: l.slice(0, bar).trim(), text: l.slice(bar + 1).trim() };
    });
  return { name, published: header('published'), outlet: header('outlet'), text, entities, dates, quotes };
}

export function readGold(dir: string = ANALYSIS_GOLD_DIR): GoldCase[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => parseGold(readFileSync(resolve(dir, f), 'utf8'), f.replace(/\.txt$/, '')));
}

export interface Count {
  tp: number;
  predicted: number;
  gold: number;
}

export interface Scores extends Count {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export const scores = (c: Count): Scores => {
  const precision = c.predicted === 0 ? 0 : c.tp / c.predicted;
  const recall = c.gold === 0 ? 0 : c.tp / c.gold;
  return { ...c, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
};

/** One-to-one matching of predictions to gold items in order, by a predicate. */
function matchCount<P, G>(predicted: readonly P[], gold: readonly G[], same: (p: P, g: G) => boolean): Count {
  const used = new Set<number>();
  let tp = 0;
  for (const p of predicted) {
    const i = gold.findIndex((g, k) => !used.has(k) && same(p, g));
    if (i >= 0) {
      used.add(i);
      tp++;
    }
  }
  return { tp, predicted: predicted.length, gold: gold.length };
}

/** A date value with its year written in ISO's four digits: annotators wrote a first-millennium year both ways (`750`, `0750`). */
const fourDigitYear = (value: string): string => value.replace(/^\d{1,3}(?=-|$)/, (y) => y.padStart(4, '0'));

/** Same calendar value: equal once each year is written in four digits. */
export const sameDate = (predicted: string, gold: string): boolean => fourDigitYear(predicted) === fourDigitYear(gold);

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

const quoteKey = (s: string): string => key(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Same quote: equal key text, or one contains the other with 80 % of the longer one's words. */
function sameQuoteText(a: string, b: string): boolean {
  const ka = quoteKey(a);
  const kb = quoteKey(b);
  if (ka === kb) return true;
  const [s, l] = ka.length <= kb.length ? [ka, kb] : [kb, ka];
  return s.length > 0 && l.includes(s) && s.split(' ').length / l.split(' ').length >= 0.8;
}

/** Same speaker: same key text without spaces and hyphens, or the same last word. */
export function sameSpeaker(predicted: string | null, gold: string): boolean {
  if (predicted === null) return false;
  const p = key(predicted).split(/[\s-]+/).filter(Boolean);
  const g = key(gold).split(/[\s-]+/).filter(Boolean);
  return p.join('') === g.join('') || (p.length > 0 && p[p.length - 1] === g[g.length - 1]);
}

export interface CaseResult {
  readonly name: string;
  readonly entities: Count;
  readonly entitiesStrict: Count;
  /** `entities` by type: the same matching, counted per type (a match needs the same type, so they sum to it). */
  readonly entitiesByType: Readonly<Record<EntityType, Count>>;
  readonly dates: Count;
  readonly quotes: Count;
  readonly quotesText: Count;
  /** Gold quotes not found with the right speaker, and wrong predictions, for reading. */
  readonly misses: readonly string[];
}

function scoreCase(c: GoldCase): CaseResult {
  const doc = cleanDocument({ id: documentId(c.name), path: `${c.name}.txt`, outlet: c.outlet, published: c.published, paragraphs: c.text.split('\n'), contentHash: c.name });
  const a = analyzeDocument(doc);
  // What counts as found, each used for the score and for the misses listed.
  const entityFound = (p: (typeof a.entities)[number], g: (typeof c.entities)[number]): boolean => p.type === g.label && overlaps(p, g);
  const dateFound = (p: (typeof a.dates)[number], g: (typeof c.dates)[number]): boolean => overlaps(p, g) && sameDate(p.date, g.label);
  const quoteFound = (p: (typeof a.quotes)[number], g: (typeof c.quotes)[number]): boolean => sameQuoteText(p.text, g.text) && sameSpeaker(p.speaker, g.speaker);
  const entities = matchCount(a.entities, c.entities, entityFound);
  const entitiesStrict = matchCount(a.entities, c.entities, (p, g) => p.type === g.label && p.end === g.end && Math.abs(p.start - g.start) <= 2);
  const ofType = (t: EntityType): Count => matchCount(a.entities.filter((p) => p.type === t), c.entities.filter((g) => g.label === t), overlaps);
  const entitiesByType = { person: ofType('person'), place: ofType('place'), organization: ofType('organization') };
  // A date left unresolved (no publication date to anchor it) is not scored: gold marks only what a reader can resolve.
  const resolved = a.dates.filter((p) => p.resolved);
  const dates = matchCount(resolved, c.dates, dateFound);
  const verbatim = a.quotes.filter((q) => q.mode === 'verbatim');
  const quotes = matchCount(verbatim, c.quotes, quoteFound);
  const quotesText = matchCount(verbatim, c.quotes, (p, g) => sameQuoteText(p.text, g.text));
  const misses = [
    ...c.quotes.filter((g) => !verbatim.some((p) => quoteFound(p, g))).map((g) => `gold quote  ${g.speaker} | ${g.text}`),
    ...verbatim.filter((p) => !c.quotes.some((g) => quoteFound(p, g))).map((p) => `wrong quote ${p.speaker ?? '∅'} | ${p.text}`),
    ...c.entities.filter((g) => !a.entities.some((p) => entityFound(p, g))).map((g) => `gold entity ${g.label} ${c.text.slice(g.start, g.end)}`),
    ...a.entities.filter((p) => !c.entities.some((g) => entityFound(p, g))).map((p) => `wrong entity ${p.type} ${p.text}`),
    ...c.dates.filter((g) => !resolved.some((p) => dateFound(p, g))).map((g) => `gold date ${c.text.slice(g.start, g.end)} = ${g.label}`),
    ...resolved.filter((p) => !c.dates.some((g) => dateFound(p, g))).map((p) => `wrong date ${p.text} = ${p.date}`),
  ];
  return { name: c.name, entities, entitiesStrict, entitiesByType, dates, quotes, quotesText, misses };
}

export interface AnalysisReport {
  readonly cases: readonly CaseResult[];
  readonly entities: Scores;
  readonly entitiesStrict: Scores;
  readonly entitiesByType: Readonly<Record<EntityType, Scores>>;
  readonly dates: Scores;
  /** Verbatim quotes with the right speaker. */
  readonly quotes: Scores;
  /** Verbatim quotes found, speaker ignored. */
  readonly quotesText: Scores;
}

const sum = (xs: readonly Count[]): Count => xs.reduce((a, b) => ({ tp: a.tp + b.tp, predicted: a.predicted + b.predicted, gold: a.gold + b.gold }), { tp: 0, predicted: 0, gold: 0 });

export function evaluateAnalysis(cases: readonly GoldCase[] = readGold()): AnalysisReport {
  const results = cases.map(scoreCase);
  return {
    cases: results,
    entities: scores(sum(results.map((r) => r.entities))),
    entitiesStrict: scores(sum(results.map((r) => r.entitiesStrict))),
    entitiesByType: {
      person: scores(sum(results.map((r) => r.entitiesByType.person))),
      place: scores(sum(results.map((r) => r.entitiesByType.place))),
      organization: scores(sum(results.map((r) => r.entitiesByType.organization))),
    },
    dates: scores(sum(results.map((r) => r.dates))),
    quotes: scores(sum(results.map((r) => r.quotes))),
    quotesText: scores(sum(results.map((r) => r.quotesText))),
  };
}
