/**
 * Stemmer evaluation against the hand-written variant classes in test/fixtures/text/stems (format
 * in its README): over all pairs of listed words, merge precision and recall.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { key } from '../text/key.js';
import { light10 } from '../text/stem.js';
import { stemToken } from '../text/terms.js';
import { REPO_ROOT } from './corpora.js';

export const STEM_GOLD_FILE = resolve(REPO_ROOT, 'test', 'fixtures', 'text', 'stems', 'classes.txt');
/** Classes written after the stemmer was fixed, measured unchanged. */
export const STEM_HELDOUT_FILE = resolve(REPO_ROOT, 'test', 'fixtures', 'text', 'stems', 'heldout.txt');

export interface StemClass {
  readonly name: string;
  readonly words: readonly string[];
}

function parseStemClasses(source: string): StemClass[] {
  const classes: StemClass[] = [];
  for (const line of source.split('\n')) {
    const body = line.replace(/#.*$/, '').trim();
    if (body === '') continue;
    const colon = body.indexOf(':');
    if (colon < 0) continue;
    const words = body.slice(colon + 1).trim().split(/\s+/).filter((w) => w !== '');
    if (words.length > 0) classes.push({ name: body.slice(0, colon).trim(), words });
  }
  return classes;
}

export const loadStemClasses = (file: string = STEM_GOLD_FILE): StemClass[] => parseStemClasses(readFileSync(file, 'utf8'));

/** A stemmer under test: a clean word as written → its stem. */
export type WordStemmer = (cleanWord: string) => string;

/** Names of the gold list as the entity stage would pass them in `keep` (key forms). */
const GOLD_NAMES: ReadonlySet<string> = new Set(['العراق', 'سورية', 'سوريا', 'مصر', 'فلسطين', 'لبنان', 'بريطانيا', 'واشنطن', 'بغداد'].map((n) => key(n) as string));

export const STEMMERS: readonly (readonly [string, WordStemmer])[] = [
  ['key only (no stemming)', (w) => key(w)],
  ['light10 (Lucene rules)', (w) => light10(key(w))],
  ['khulasa (light10 + guarded extras)', (w) => stemToken(w)],
  ['khulasa, names in keep', (w) => stemToken(w, { keep: GOLD_NAMES })],
];

export interface MergeScore {
  readonly words: number;
  readonly classes: number;
  readonly positivePairs: number;
  readonly mergedPairs: number;
  readonly truePairs: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Classes whose words all share one stem. */
  readonly wholeClasses: number;
  readonly falseMerges: readonly string[];
  /** Pairs of classes joined by a false merge, with how many word pairs. */
  readonly confusedClasses: ReadonlyMap<string, number>;
}

export function evaluateStemmer(classes: readonly StemClass[], stemmer: WordStemmer): MergeScore {
  const items = classes.flatMap((c, ci) => c.words.map((w) => ({ word: w, cls: ci, stem: stemmer(w) })));
  let positive = 0;
  let merged = 0;
  let both = 0;
  const falseMerges: string[] = [];
  const confusedClasses = new Map<string, number>();
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i]!;
      const b = items[j]!;
      const same = a.cls === b.cls;
      const m = a.stem === b.stem;
      if (same) positive++;
      if (m) merged++;
      if (same && m) both++;
      if (m && !same) {
        falseMerges.push(`${a.word} = ${b.word} → ${a.stem}`);
        const pair = `${classes[a.cls]!.name} ~ ${classes[b.cls]!.name}`;
        confusedClasses.set(pair, (confusedClasses.get(pair) ?? 0) + 1);
      }
    }
  }
  const wholeClasses = classes.filter((_, ci) => new Set(items.filter((it) => it.cls === ci).map((it) => it.stem)).size === 1).length;
  const precision = merged === 0 ? 1 : both / merged;
  const recall = positive === 0 ? 1 : both / positive;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { words: items.length, classes: classes.length, positivePairs: positive, mergedPairs: merged, truePairs: both, precision, recall, f1, wholeClasses, falseMerges, confusedClasses };
}
