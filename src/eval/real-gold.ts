/**
 * Gold annotations of real news: the TAC 2011 Arabic sources (../shared/corpora/tac2011-ar-dev) and
 * EASC's finance, politics and sport articles (../shared/corpora/easc), annotated by hand by people
 * who never saw the analyzer. The corpus text may not be copied into the repository, so the
 * annotations are kept as offsets into each source file (stand-off), with the file's SHA-256 to
 * refuse a different version of it; the text is read from the corpus at scoring time.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { EntityType } from '../core/index.js';
import { cleanText, joinWrappedLines } from '../ingest/index.js';
import { stripAnnotations, type GoldCase, type GoldSpan } from './analysis.js';
import { corpus, REPO_ROOT } from './corpora.js';

const REAL_DIR = resolve(REPO_ROOT, 'test', 'fixtures', 'analyze', 'real');

/** The annotated corpora, in the order they are reported. */
export const REAL_GOLD_FILES: readonly string[] = [resolve(REAL_DIR, 'tac2011.json'), resolve(REAL_DIR, 'easc.json'), resolve(REAL_DIR, 'easc-more.json'), resolve(REAL_DIR, 'easc-15.json'), resolve(REAL_DIR, 'easc-16.json')];

/** Which half a document belongs to: the analyzer may be tuned on `development`, never on `held-out`. */
export type RealSplit = 'development' | 'held-out';

/**
 * One annotated source file: entity spans `[start, end, PER|LOC|ORG]`, quotes `[start, end, speaker]`
 * and, when its dates were annotated, date spans `[start, end, value]` (value as in the gold passages:
 * `YYYY-MM-DD`, `YYYY-MM`, `YYYY` or `YYYY-Www`, resolved against the date the text gives at its top).
 */
export interface StandoffDocument {
  readonly name: string;
  /** Path of the source inside the corpus folder. */
  readonly file: string;
  readonly sha256: string;
  readonly split: RealSplit;
  readonly entities: readonly (readonly [number, number, 'PER' | 'LOC' | 'ORG'])[];
  readonly quotes: readonly (readonly [number, number, string])[];
  readonly dates?: readonly (readonly [number, number, string])[];
}

export interface StandoffFile {
  /** The corpus folder's name under ../shared/corpora. */
  readonly corpus: string;
  /** How reports name the set, e.g. `TAC 2011 sources`. */
  readonly title: string;
  /** What each half holds, e.g. `topics M000–M002`. */
  readonly halves: Readonly<Record<RealSplit, string>>;
  readonly documents: readonly StandoffDocument[];
}

const TYPES: Readonly<Record<string, EntityType>> = { PER: 'person', LOC: 'place', ORG: 'organization' };

/** A source file's text as annotated: no byte order mark, line ends as `\n`, no trailing line breaks. */
export const sourceText = (raw: string): string => raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/\n+$/, '');

export const sha256 = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex');

export type RealCase = GoldCase & { readonly split: RealSplit };

export type RealGold =
  | {
      readonly ok: true;
      readonly title: string;
      readonly halves: Readonly<Record<RealSplit, string>>;
      /** Whether every document's dates were annotated (else dates are not scored). */
      readonly dated: boolean;
      readonly cases: readonly RealCase[];
    }
  | { readonly ok: false; readonly reason: string };

/**
 * The annotated documents as gold cases, from `corpusDir`. A hard-wrapped text has its wrapper's line
 * breaks read as spaces, as ingest reads such a file (offsets unchanged); its publication date is the
 * one ingest reads from the file (a date line under the headline, or a date opening the first
 * paragraph), the anchor of its relative dates, as a user's digest would have it.
 */
export function readStandoff(standoff: StandoffFile, corpusDir: string): RealGold {
  const cases: RealCase[] = [];
  for (const d of standoff.documents) {
    const path = resolve(corpusDir, d.file);
    if (!existsSync(path)) return { ok: false, reason: `${path} is absent` };
    const source = sourceText(readFileSync(path, 'utf8'));
    if (sha256(source) !== d.sha256) return { ok: false, reason: `${path} is not the version annotated (SHA-256 differs)` };
    const text = joinWrappedLines(source);
    const entities: GoldSpan[] = d.entities.map(([start, end, type]) => ({ start, end, label: TYPES[type] ?? 'place' }));
    const quotes = d.quotes.map(([start, end, speaker]) => ({ speaker, text: text.slice(start, end) }));
    const dates: GoldSpan[] = (d.dates ?? []).map(([start, end, value]) => ({ start, end, label: value }));
    cases.push({ name: d.name, published: cleanText(source).published, outlet: null, text, entities, dates, quotes, split: d.split });
  }
  const dated = standoff.documents.every((d) => d.dates !== undefined);
  return { ok: true, title: standoff.title, halves: standoff.halves, dated, cases };
}

/** One of the repository's annotated corpora, or why it cannot be scored here. */
export function readRealGold(file: string): RealGold {
  if (!existsSync(file)) return { ok: false, reason: `${file} is absent` };
  const standoff = JSON.parse(readFileSync(file, 'utf8')) as StandoffFile;
  const found = corpus(standoff.corpus);
  if ('missing' in found) return { ok: false, reason: found.missing };
  return readStandoff(standoff, found.dir);
}

/** Where `quote` stands in `text` from `from` on: as written, else with any run of spaces or line breaks for each space. */
function findQuote(text: string, quote: string, from: number): { readonly at: number; readonly end: number } | undefined {
  const at = text.indexOf(quote, from);
  if (at >= 0) return { at, end: at + quote.length };
  const spaced = new RegExp(quote.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'g');
  spaced.lastIndex = from;
  const m = spaced.exec(text);
  return m === null ? undefined : { at: m.index, end: m.index + m[0].length };
}

/**
 * Stand-off annotations from an annotated copy of `source` (inline `[[text|PER]]` and `{{text|value}}`
 * marks, then a `=== quotes` line and `speaker | quote` lines): the copy without its marks must be the
 * source exactly; each quote is found in the source (a quote running over a line break is written on
 * its line with a space there), a text listed twice at its next occurrence.
 */
export function standoffFromInline(annotated: string, source: string): Required<Pick<StandoffDocument, 'entities' | 'quotes' | 'dates'>> | { readonly error: string } {
  const raw = annotated.replace(/\r\n?/g, '\n');
  const cut = raw.indexOf('\n=== quotes\n');
  const body = cut < 0 ? raw : raw.slice(0, cut);
  const quoteLines = cut < 0 ? [] : raw.slice(cut + '\n=== quotes\n'.length).split('\n').filter((l) => l.includes(' | '));
  const text = sourceText(source);
  const stripped = stripAnnotations(body);
  if (sourceText(stripped.text) !== text) return { error: 'the copy without its annotations differs from the source' };
  const entities = stripped.entities.map((e): [number, number, 'PER' | 'LOC' | 'ORG'] => [e.start, e.end, e.code]);
  const quotes: [number, number, string][] = [];
  const from = new Map<string, number>();
  for (const line of quoteLines) {
    const bar = line.indexOf(' | ');
    const speaker = line.slice(0, bar).trim();
    const quote = line.slice(bar + 3);
    if (quote.trim() === '') return { error: `empty quote of ${speaker}` };
    const found = findQuote(text, quote, from.get(quote) ?? 0);
    if (found === undefined) return { error: `quote not in the source: ${quote.slice(0, 60)}` };
    from.set(quote, found.at + 1);
    quotes.push([found.at, found.end, speaker]);
  }
  const dates = stripped.dates.map((d): [number, number, string] => [d.start, d.end, d.label]);
  return { entities, quotes, dates };
}
