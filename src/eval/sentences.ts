/**
 * Sentence-boundary evaluation against the hand-written gold set in test/fixtures/text/sentences
 * (format in its README). A boundary is the offset where a sentence starts; the first sentence of
 * each passage is not a boundary. Scores are given for every boundary and, separately, for the
 * boundaries inside a line (the hard ones: a line break is a boundary for every splitter).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sentences, type SentenceOptions } from '../text/sentences.js';
import { REPO_ROOT } from './corpora.js';

export const SENTENCE_GOLD_DIR = resolve(REPO_ROOT, 'test', 'fixtures', 'text', 'sentences');
/** Passages written after the splitter was adjusted on the main set, measured unchanged. */
export const SENTENCE_HELDOUT_DIR = resolve(REPO_ROOT, 'test', 'fixtures', 'text', 'sentences-heldout');
const MARK = '¦';

export interface GoldPassage {
  readonly name: string;
  readonly text: string;
  /** Sentence start offsets (after skipping spaces), excluding offset of the first sentence. */
  readonly boundaries: readonly number[];
  readonly sentenceCount: number;
}

const skipSpaces = (text: string, at: number): number => {
  let i = at;
  while (i < text.length && /\s/.test(text[i] ?? '')) i++;
  return i;
};

/** Parses one gold file: `¦` marks sentence starts inside a line; every line starts a sentence. */
export function parseGold(name: string, marked: string): GoldPassage {
  let text = '';
  const raw: number[] = [];
  let lineStart = true;
  for (const ch of marked.replace(/\r\n?/g, '\n').replace(/\n+$/, '')) {
    if (ch === MARK) raw.push(text.length);
    else {
      if (lineStart && ch !== '\n' && text.length > 0) raw.push(text.length);
      text += ch;
      lineStart = ch === '\n';
    }
  }
  const boundaries = [...new Set(raw.map((b) => skipSpaces(text, b)))].filter((b) => b > 0 && b < text.length).sort((a, b) => a - b);
  return { name, text, boundaries, sentenceCount: boundaries.length + 1 };
}

export function loadSentenceGold(dir: string = SENTENCE_GOLD_DIR): GoldPassage[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => parseGold(f.replace(/\.txt$/, ''), readFileSync(join(dir, f), 'utf8')));
}

/** A splitter under test: text → sentence start offsets (any order, spaces allowed before). */
export type Splitter = (text: string) => readonly number[];

export const khulasaSplitter =
  (options: SentenceOptions = {}): Splitter =>
  (text) =>
    sentences(text, options).map((s) => s.start);

export const intlSplitter: Splitter = (text) => {
  const segmenter = new Intl.Segmenter('ar', { granularity: 'sentence' });
  return [...segmenter.segment(text)].map((s) => s.index);
};

export interface BoundaryScore {
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface BoundaryError {
  readonly passage: string;
  readonly kind: 'missed' | 'spurious';
  /** The text around the boundary, with `¦` where it is (or should be). */
  readonly context: string;
}

export interface SentenceEvaluation {
  readonly passages: number;
  readonly sentences: number;
  readonly all: BoundaryScore;
  readonly withinLine: BoundaryScore;
  readonly errors: readonly BoundaryError[];
}

const score = (tp: number, fp: number, fn: number): BoundaryScore => {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives: tp, falsePositives: fp, falseNegatives: fn, precision, recall, f1 };
};

const isLineStart = (text: string, at: number): boolean => {
  let i = at;
  while (i > 0 && /[ \t]/.test(text[i - 1] ?? '')) i--;
  return i === 0 || text[i - 1] === '\n';
};

const around = (text: string, at: number): string =>
  `${text.slice(Math.max(0, at - 40), at)}${MARK}${text.slice(at, at + 40)}`.replace(/\n/g, '⏎');

export function evaluateSplitter(gold: readonly GoldPassage[], split: Splitter): SentenceEvaluation {
  const counts = { all: [0, 0, 0], line: [0, 0, 0] };
  const errors: BoundaryError[] = [];
  let sentenceTotal = 0;
  for (const passage of gold) {
    sentenceTotal += passage.sentenceCount;
    const expected = new Set(passage.boundaries);
    const predicted = new Set(split(passage.text).map((b) => skipSpaces(passage.text, b)).filter((b) => b > 0 && b < passage.text.length));
    const tally = (at: number, slot: 0 | 1 | 2): void => {
      counts.all[slot]! += 1;
      if (!isLineStart(passage.text, at)) counts.line[slot]! += 1;
    };
    for (const b of predicted) {
      if (expected.has(b)) tally(b, 0);
      else {
        tally(b, 1);
        errors.push({ passage: passage.name, kind: 'spurious', context: around(passage.text, b) });
      }
    }
    for (const b of expected) {
      if (!predicted.has(b)) {
        tally(b, 2);
        errors.push({ passage: passage.name, kind: 'missed', context: around(passage.text, b) });
      }
    }
  }
  const [atp = 0, afp = 0, afn = 0] = counts.all;
  const [ltp = 0, lfp = 0, lfn = 0] = counts.line;
  return { passages: gold.length, sentences: sentenceTotal, all: score(atp, afp, afn), withinLine: score(ltp, lfp, lfn), errors };
}
