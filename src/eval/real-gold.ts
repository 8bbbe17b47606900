/**
 * Gold annotations of real news: the TAC 2011 Arabic sources (../shared/corpora/tac2011-ar-dev),
 * annotated by hand by people who never saw the analyzer. The corpus text may not be copied into the
 * repository, so the annotations are kept as offsets into each source file (stand-off), with the
 * file's SHA-256 to refuse a different version of it; the text is read from the corpus at scoring time.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { EntityType } from '../core/index.js';
import { stripAnnotations, type GoldCase, type GoldSpan } from './analysis.js';
import { corpus, REPO_ROOT } from './corpora.js';

export const REAL_GOLD_FILE = resolve(REPO_ROOT, 'test', 'fixtures', 'analyze', 'real', 'tac2011.json');

/** Which half a document belongs to: the analyzer may be tuned on `development`, never on `held-out`. */
export type RealSplit = 'development' | 'held-out';

/** One annotated source file: entity spans `[start, end, PER|LOC|ORG]` and quotes `[start, end, speaker]`. */
export interface StandoffDocument {
  readonly name: string;
  /** Path of the source inside the corpus folder. */
  readonly file: string;
  readonly sha256: string;
  readonly split: RealSplit;
  readonly entities: readonly (readonly [number, number, 'PER' | 'LOC' | 'ORG'])[];
  readonly quotes: readonly (readonly [number, number, string])[];
}

export interface StandoffFile {
  readonly corpus: string;
  readonly documents: readonly StandoffDocument[];
}

const TYPES: Readonly<Record<string, EntityType>> = { PER: 'person', LOC: 'place', ORG: 'organization' };

/** A source file's text as annotated: line ends as `\n`, no trailing line breaks. */
export const sourceText = (raw: string): string => raw.replace(/\r\n?/g, '\n').replace(/\n+$/, '');

export const sha256 = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex');

export type RealGold =
  | { readonly ok: true; readonly cases: readonly (GoldCase & { readonly split: RealSplit })[] }
  | { readonly ok: false; readonly reason: string };

/** The annotated documents as gold cases (no dates: they were not annotated), from `corpusDir`. */
export function readStandoff(standoff: StandoffFile, corpusDir: string): RealGold {
  const cases: (GoldCase & { readonly split: RealSplit })[] = [];
  for (const d of standoff.documents) {
    const path = resolve(corpusDir, d.file);
    if (!existsSync(path)) return { ok: false, reason: `${path} is absent` };
    const text = sourceText(readFileSync(path, 'utf8'));
    if (sha256(text) !== d.sha256) return { ok: false, reason: `${path} is not the version annotated (SHA-256 differs)` };
    const entities: GoldSpan[] = d.entities.map(([start, end, type]) => ({ start, end, label: TYPES[type] ?? 'place' }));
    const quotes = d.quotes.map(([start, end, speaker]) => ({ speaker, text: text.slice(start, end) }));
    cases.push({ name: d.name, published: null, outlet: null, text, entities, dates: [], quotes, split: d.split });
  }
  return { ok: true, cases };
}

/** The repository's annotations of the TAC 2011 sources, or why they cannot be scored here. */
export function readRealGold(file: string = REAL_GOLD_FILE): RealGold {
  if (!existsSync(file)) return { ok: false, reason: `${file} is absent` };
  const standoff = JSON.parse(readFileSync(file, 'utf8')) as StandoffFile;
  const found = corpus(standoff.corpus);
  if ('missing' in found) return { ok: false, reason: found.missing };
  return readStandoff(standoff, found.dir);
}

/**
 * Stand-off annotations from an annotated copy of `source` (inline `[[text|PER]]` marks, then a
 * `=== quotes` line and `speaker | quote` lines): the copy without its marks must be the source
 * exactly; each quote is found in the source, a text listed twice at its next occurrence.
 */
export function standoffFromInline(annotated: string, source: string): Pick<StandoffDocument, 'entities' | 'quotes'> | { readonly error: string } {
  const raw = annotated.replace(/\r\n?/g, '\n');
  const cut = raw.indexOf('\n=== quotes\n');
  const body = cut < 0 ? raw : raw.slice(0, cut);
  const quoteLines = cut < 0 ? [] : raw.slice(cut + '\n=== quotes\n'.length).split('\n').filter((l) => l.includes(' | '));
  const text = sourceText(source);
  const stripped = stripAnnotations(body);
  if (sourceText(stripped.text) !== text || stripped.dates.length > 0) return { error: 'the copy without its annotations differs from the source' };
  const entities = stripped.entities.map((e): [number, number, 'PER' | 'LOC' | 'ORG'] => [e.start, e.end, e.code]);
  const quotes: [number, number, string][] = [];
  const from = new Map<string, number>();
  for (const line of quoteLines) {
    const bar = line.indexOf(' | ');
    const speaker = line.slice(0, bar).trim();
    const quote = line.slice(bar + 3);
    const at = text.indexOf(quote, from.get(quote) ?? 0);
    if (at < 0) return { error: `quote not in the source: ${quote.slice(0, 60)}` };
    from.set(quote, at + 1);
    quotes.push([at, at + quote.length, speaker]);
  }
  return { entities, quotes };
}
