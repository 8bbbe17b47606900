/**
 * The sentence splitter for Arabic news, over clean text. Sentence indices are the citation indices
 * everywhere in khulasa. Algorithm (docs/design/text.md): every line is a paragraph; inside a line,
 * a run of terminators (`. ! ? ؟ …`, optionally `؛`) plus any closing quotes/brackets is a boundary
 * unless a veto applies (inside a quotation or parentheses, decimal number, initial or abbreviation,
 * list number, ellipsis used as a pause, dot inside a Latin domain).
 */
import type { Sentence } from '../core/index.js';
import { CHAR_CLASS, CharClass } from './chars.js';

export interface SentenceOptions {
  /** Whether the Arabic semicolon `؛` ends a sentence. Default false (see docs/design/text.md). */
  readonly semicolonEndsSentence?: boolean;
  /** A quotation longer than this (UTF-16 units) is treated as unbalanced and split inside. Default 600, ≥ 0. */
  readonly maxQuoteLength?: number;
  /** Parentheses longer than this protect nothing. Default 250, ≥ 0. */
  readonly maxParenthesisLength?: number;
}

const DEFAULT_SENTENCE_OPTIONS: Required<SentenceOptions> = {
  semicolonEndsSentence: false,
  maxQuoteLength: 600,
  maxParenthesisLength: 250,
};

const DOT = 0x2e;
const ELLIPSIS = 0x2026;
const SEMICOLON_AR = 0x061b;

const isStrongTerminator = (c: number): boolean => c === 0x21 || c === 0x3f || c === 0x061f || c === 0x06d4;
const isTerminator = (c: number, semicolon: boolean): boolean =>
  c === DOT || c === ELLIPSIS || isStrongTerminator(c) || (semicolon && c === SEMICOLON_AR);

const isSpace = (c: number): boolean => CHAR_CLASS[c] === CharClass.Space;
const isLetter = (c: number): boolean => CHAR_CLASS[c] === CharClass.Letter;
const isMark = (c: number): boolean => CHAR_CLASS[c] === CharClass.Mark;
const isDigit = (c: number): boolean => CHAR_CLASS[c] === CharClass.Digit;
const isLatinLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f);
const isOpener = (c: number): boolean => c === 0xab || c === 0x201c || c === 0x201e || c === 0x22 || c === 0x28 || c === 0x5b || c === 0x2018;

/** Latin abbreviations that take a dot and rarely end a sentence (lower case). */
const LATIN_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'no', 'vs', 'gen', 'col', 'lt', 'sgt', 'capt', 'gov', 'sen', 'rep', 'inc', 'ltd', 'co', 'corp', 'fig', 'vol', 'pp', 'etc',
]);

interface Span {
  readonly open: number;
  readonly close: number;
}

const QUOTE_OR_PAREN = /[«»"“”„()]/g;
const TERMINATOR = /[.!?؟…۔؛]/g;

function addSpan(spans: Span[], open: number, close: number, max: number): void {
  if (close - open <= max) spans.push({ open, close });
}

/** Matched quotation and parenthesis spans of one line; an unmatched mark protects nothing. */
function protectedSpans(text: string, from: number, to: number, maxQuote: number, maxParen: number): Span[] {
  const spans: Span[] = [];
  const guillemets: number[] = [];
  const parens: number[] = [];
  let ascii = -1;
  let curly = -1;
  QUOTE_OR_PAREN.lastIndex = from;
  for (let m = QUOTE_OR_PAREN.exec(text); m !== null && m.index < to; m = QUOTE_OR_PAREN.exec(text)) {
    const i = m.index;
    const c = text.charCodeAt(i);
    if (c === 0xab) guillemets.push(i);
    else if (c === 0xbb) {
      const open = guillemets.pop();
      if (open !== undefined) addSpan(spans, open, i, maxQuote);
    } else if (c === 0x22) {
      if (ascii < 0) ascii = i;
      else {
        addSpan(spans, ascii, i, maxQuote);
        ascii = -1;
      }
    } else if (c === 0x201c || c === 0x201d || c === 0x201e) {
      // Right-to-left sites write both “…” and ”…“: pair them by alternation.
      if (curly < 0) curly = i;
      else {
        addSpan(spans, curly, i, maxQuote);
        curly = -1;
      }
    } else if (c === 0x28) parens.push(i);
    else if (c === 0x29) {
      const open = parens.pop();
      if (open !== undefined) addSpan(spans, open, i, maxParen);
    }
  }
  return spans;
}

/**
 * Answers "is this position inside a quotation or parentheses that is still open after `q`?" in
 * amortized constant time while the caller walks the line left to right.
 */
class SpanIndex {
  private readonly byOpen: readonly Span[];
  private readonly closers: ReadonlySet<number>;
  private next = 0;
  private maxClose = -1;

  constructor(spans: readonly Span[]) {
    this.byOpen = [...spans].sort((a, b) => a.open - b.open);
    this.closers = new Set(spans.map((s) => s.close));
  }

  isCloser(at: number): boolean {
    return this.closers.has(at);
  }

  /** Whether `p` lies inside a span that closes at or after `after`. Calls must come with growing `p`. */
  insideOpenSpan(p: number, after: number): boolean {
    while (this.next < this.byOpen.length && this.byOpen[this.next]!.open < p) {
      this.maxClose = Math.max(this.maxClose, this.byOpen[this.next]!.close);
      this.next++;
    }
    return this.maxClose >= after;
  }
}

/** Start of the word that ends just before `end` (letters, marks, tatweel). */
function wordStartBefore(text: string, end: number, floor: number): number {
  let i = end;
  while (i > floor) {
    const c = text.charCodeAt(i - 1);
    if (isLetter(c) || isMark(c)) i--;
    else break;
  }
  return i;
}

/** Letters in `text[from, to)`, not counting marks and tatweel. */
function letterCount(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isLetter(c) && c !== 0x0640) n++;
  }
  return n;
}

/** Initials in one abbreviation looked at (`أ. ف. ب.` has 3); bounds the work on pathological lines. */
const MAX_INITIALS = 8;

/**
 * A dot after a single letter is an initial (`أ. ف. ب.`, `د.`, `ص.ب`), not a boundary — unless the
 * chain of initials follows a number, where it is a date or unit at the end of a sentence (`1438 هـ.`).
 */
function isInitialDot(text: string, dot: number, floor: number, ceiling: number, next: number): boolean {
  // Glued to the next letter (`ق.م`, `أ.ف.ب`, `ص.ب`): always inside the abbreviation.
  const glued = next !== -1 && !isSpace(next);
  let end = dot;
  let sawInitial = false;
  for (let link = 0; link < MAX_INITIALS; link++) {
    const start = wordStartBefore(text, end, floor);
    const letters = letterCount(text, start, end);
    // `ود.` is the conjunction و/ف glued to an initial.
    const conjunctionInitial = letters === 2 && (text.charCodeAt(start) === 0x0648 || text.charCodeAt(start) === 0x0641);
    if (start === end || (letters !== 1 && !conjunctionInitial)) break;
    sawInitial = true;
    let i = start;
    while (i > floor && isSpace(text.charCodeAt(i - 1))) i--;
    if (i > floor && text.charCodeAt(i - 1) === DOT) {
      end = i - 1;
      continue;
    }
    if (!glued && i > floor && isDigit(text.charCodeAt(i - 1)) && !initialFollows(text, dot + 1, ceiling)) return false;
    return true;
  }
  return sawInitial;
}

/** Whether another one-letter initial with its dot comes next (`480 ق. م.`: the first dot is inside). */
function initialFollows(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && isSpace(text.charCodeAt(i))) i++;
  let letters = 0;
  while (i < to && (isLetter(text.charCodeAt(i)) || isMark(text.charCodeAt(i)))) {
    if (isLetter(text.charCodeAt(i)) && text.charCodeAt(i) !== 0x0640) letters++;
    i++;
  }
  return letters === 1 && i < to && text.charCodeAt(i) === DOT;
}

function isAbbreviationDot(text: string, dot: number, floor: number): boolean {
  const start = wordStartBefore(text, dot, floor);
  if (start === dot) return false;
  return LATIN_ABBREVIATIONS.has(text.slice(start, dot).toLowerCase());
}

/**
 * Reporting words that attribute the quotation or question just before them (`«...؟» تساءل النائب`,
 * `"..." وفق ما صرح`): after a closing quote or a question mark they continue the sentence.
 */
const POSTPOSED_CUES: ReadonlySet<string> = new Set([
  'تساءل', 'تساءلت', 'يتساءل', 'تتساءل', 'يتساءلون', 'يسأل', 'تسأل', 'يسألون',
  'قال', 'قالت', 'يقول', 'تقول', 'يقولون', 'قالوا', 'أضاف', 'أضافت', 'يضيف', 'تضيف',
  'وفق', 'وفقا', 'وفقاً', 'بحسب', 'حسب', 'نقلا', 'نقلاً', 'كتب', 'كتبت', 'صرح', 'صرحت', 'أكد', 'أكدت',
]);

function startsWithPostposedCue(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && isSpace(text.charCodeAt(i))) i++;
  let j = i;
  while (j < to && (isLetter(text.charCodeAt(j)) || isMark(text.charCodeAt(j)))) j++;
  return j > i && POSTPOSED_CUES.has(text.slice(i, j));
}

/**
 * After a full ellipsis (`...`, `…`; not the `..` pause), a word opening with و starts a new sentence:
 * Arabic news opens sentences with و, while a clause continuing after a pause opens with لكن/ثم/ف.
 */
function startsWithWaw(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && isSpace(text.charCodeAt(i))) i++;
  return i + 1 < to && text.charCodeAt(i) === 0x0648 && isLetter(text.charCodeAt(i + 1));
}

/** `1.` or `أ.` alone at the start of a sentence numbers a list item. */
function isListNumber(text: string, sentenceStart: number, dot: number): boolean {
  let i = sentenceStart;
  while (i < dot && isSpace(text.charCodeAt(i))) i++;
  if (dot - i > 4) return false;
  if (i === dot) return false;
  const body = text.slice(i, dot);
  return /^(?:\d{1,3}|[٠-٩]{1,3}|[IVXivx]{1,4})$/.test(body);
}

/** Boundary offsets (ends of sentences) inside one line `[from, to)`. */
function lineBoundaries(text: string, from: number, to: number, o: Required<SentenceOptions>): number[] {
  const ends: number[] = [];
  let index: SpanIndex | null = null;
  const spans = (): SpanIndex => (index ??= new SpanIndex(protectedSpans(text, from, to, o.maxQuoteLength, o.maxParenthesisLength)));
  let sentenceStart = from;
  let p = from;
  while (p < to) {
    TERMINATOR.lastIndex = p;
    const found = TERMINATOR.exec(text);
    if (found === null || found.index >= to) break;
    p = found.index;
    if (!isTerminator(text.charCodeAt(p), o.semicolonEndsSentence)) {
      p++;
      continue;
    }
    let r = p;
    let strong = false;
    let dots = 0;
    let ellipsis = false;
    while (r < to && isTerminator(text.charCodeAt(r), o.semicolonEndsSentence)) {
      const t = text.charCodeAt(r);
      if (isStrongTerminator(t) || t === SEMICOLON_AR) strong = true;
      else if (t === DOT) dots++;
      else if (t === ELLIPSIS) ellipsis = true;
      r++;
    }
    if (dots >= 2) ellipsis = true;
    let q = r;
    let closed = false;
    while (q < to) {
      const t = text.charCodeAt(q);
      if (t === 0x29 || t === 0x5d || t === 0x2019 || spans().isCloser(q)) {
        closed = true;
        q++;
      } else break;
    }
    const next = q < to ? text.charCodeAt(q) : -1;
    const prev = p > from ? text.charCodeAt(p - 1) : -1;
    let boundary = true;
    if (next === -1) boundary = true;
    else if (spans().insideOpenSpan(p, q)) boundary = false;
    else if (!strong && ellipsis && !closed) boundary = dots !== 2 && isSpace(next) && startsWithWaw(text, q, to);
    else if (isDigit(next)) boundary = strong;
    else if (!isSpace(next) && !isLetter(next) && !isOpener(next)) boundary = false;
    else if (!strong && !ellipsis && r - p === 1) {
      if (!closed && isLatinLetter(next) && (isLatinLetter(prev) || isDigit(prev))) boundary = false;
      else if (isInitialDot(text, p, from, to, next)) boundary = false;
      else if (isAbbreviationDot(text, p, from)) boundary = false;
      else if (!closed && isListNumber(text, sentenceStart, p)) boundary = false;
    }
    if (boundary && (strong || closed) && startsWithPostposedCue(text, q, to)) boundary = false;
    if (boundary && q < to) {
      ends.push(q);
      sentenceStart = q;
    }
    p = q > p ? q : p + 1;
  }
  ends.push(to);
  return ends;
}

/**
 * The sentences of clean `text`, trimmed of surrounding spaces, with offsets into `text`. Each line
 * is one paragraph (`paragraph` = line number, counting from 0); indices count over the whole text.
 * The text between consecutive sentences is whitespace only.
 */
export function sentences(text: string, options: SentenceOptions = {}): Sentence[] {
  const o = { ...DEFAULT_SENTENCE_OPTIONS, ...options };
  const out: Sentence[] = [];
  let lineStart = 0;
  let paragraph = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let segStart = lineStart;
    for (const end of lineBoundaries(text, lineStart, lineEnd, o)) {
      let s = segStart;
      let e = end;
      while (s < e && isSpace(text.charCodeAt(s))) s++;
      while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
      if (e > s) out.push({ index: out.length, paragraph, start: s, end: e, text: text.slice(s, e) });
      segStart = end;
    }
    if (lineEnd === text.length) break;
    lineStart = lineEnd + 1;
    paragraph++;
  }
  return out;
}
