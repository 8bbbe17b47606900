/**
 * Quotation spans by their marks: «…» and “…” (also reversed ”…“) pair by nesting; ASCII "…"
 * pairs by alternation within a paragraph. A « left open at the end of a paragraph may close in
 * the next one (some outlets quote across paragraphs); one left open before a paragraph that opens
 * with « ends with its paragraph (a statement quoted over several paragraphs). A straight mark opening
 * a paragraph of three, a space after it, is a stray when the other two are written as opener and closer. A straight mark left
 * open at a paragraph's end whose next paragraph closes it gives a span in each paragraph; a curly
 * opener or « with no partner in its paragraph closes at the paragraph's one closer of another kind
 * (`«…”`، `“…»`، `”…"`). A straight mark left open otherwise runs to its paragraph's end (or to the comma
 * before a post-posed cue closing it); a first straight mark written as a closer, with no opener typed,
 * closes the sentence it ends. `''…''` pairs like "…", and `»…«` (guillemets typed reversed) like «…».
 * Single marks `‘…’` and `'…'` pair within a paragraph when written as opener and closer (`singleCloser`).
 */
export interface MarkedSpan {
  /** Offset of the opening mark (of the quote's first letter when no opening mark was typed). */
  readonly open: number;
  /** Offset just past the closing mark. */
  readonly close: number;
  readonly innerStart: number;
  readonly innerEnd: number;
}

const PAIRS: Readonly<Record<string, string>> = { '«': '»', '“': '”', '”': '“', '„': '“', '‹': '›', '»': '«' };

/** Closers of another kind a paragraph may close an opener with when its own is never typed (`«…”`، `“…»`، `“…"`). */
const OTHER_CLOSERS: Readonly<Record<string, string>> = { '«': '”"', '“': '»"', '”': '»"', '„': '»"' };

/** Characters the scan stops at; everything between them is skipped in one regex step. */
const MARK = /["'«»“”„‹‘\n]/g;

/** The line (paragraph) a span stands in: from after the line break before its opening mark to the break after its close, or the text's end. */
export function spanLine(text: string, span: MarkedSpan): { readonly start: number; readonly end: number } {
  const end = text.indexOf('\n', span.close);
  return { start: text.lastIndexOf('\n', span.open - 1) + 1, end: end < 0 ? text.length : end };
}

/** The last text scanned and its spans: entity and quote passes both ask for the same document's spans. */
let last: { readonly text: string; readonly spans: readonly MarkedSpan[] } | null = null;

export function quoteSpans(text: string): MarkedSpan[] {
  if (last !== null && last.text === text) return [...last.spans];
  const spans = scan(text);
  last = { text, spans };
  return [...spans];
}

function scan(text: string): MarkedSpan[] {
  const out: MarkedSpan[] = [];
  let i = 0;
  let lineEnd = text.indexOf('\n');
  if (lineEnd < 0) lineEnd = text.length;
  let asciiOpen = -1;
  // ASCII quotes opened inside an open ASCII quote (`"… "إذا واجهنا" ضجة …"`), still to close.
  let asciiNested = 0;
  while (i < text.length) {
    MARK.lastIndex = i;
    const hit = MARK.exec(text);
    if (hit === null) break;
    i = hit.index;
    const c = text.charAt(i);
    if (c === '\n') {
      const comma = asciiOpen >= 0 && asciiNested === 0 ? closingComma(text, asciiOpen, i) : -1;
      if (comma >= 0) out.push({ open: asciiOpen, close: comma, innerStart: asciiOpen + 1, innerEnd: comma });
      const nextEnd = nextLineEnd(text, i);
      // `واضاف "…، ⏎ …"، كما قال`: a quote broken over a line break, closed in the next paragraph: a span in each.
      const goesOn = comma < 0 && asciiOpen >= 0 && asciiNested === 0 && closedInNext(text, i + 1, nextEnd);
      if (goesOn) out.push({ open: asciiOpen, close: i, innerStart: asciiOpen + 1, innerEnd: i });
      const unclosed = comma < 0 && !goesOn && asciiOpen >= 0 && asciiNested === 0 ? openToEnd(text, asciiOpen, i) : -1;
      if (unclosed >= 0) out.push({ open: asciiOpen, close: unclosed, innerStart: asciiOpen + 1, innerEnd: unclosed });
      // (The line break stands for the second span's opening mark.)
      asciiOpen = goesOn ? i : -1;
      asciiNested = 0;
      lineEnd = nextEnd;
      i++;
      continue;
    }
    if (c === '"') {
      const from = asciiOpen < 0 ? orphanCloser(text, i, lineEnd) : -1;
      if (from >= 0) {
        out.push({ open: from, close: i + 1, innerStart: from, innerEnd: i });
        i++;
        continue;
      }
      if (asciiOpen < 0 && strayOpener(text, i, lineEnd)) {
        i++;
        continue;
      }
      if (asciiOpen < 0) asciiOpen = i;
      else if (asciiNested > 0) asciiNested--;
      else if (nestedOpener(text, i, lineEnd)) asciiNested++;
      else {
        out.push({ open: asciiOpen, close: i + 1, innerStart: asciiOpen + 1, innerEnd: i });
        asciiOpen = -1;
      }
      i++;
      continue;
    }
    if (c === "'") {
      // `''…''`: a doubled apostrophe for a double mark, paired within its paragraph.
      const end = asciiOpen < 0 && text.charAt(i + 1) === "'" ? text.indexOf("''", i + 2) : -1;
      if (end > i + 2 && end < lineEnd) {
        out.push({ open: i, close: end + 2, innerStart: i + 2, innerEnd: end });
        i = end + 2;
        continue;
      }
      const single = asciiOpen < 0 && text.charAt(i + 1) !== "'" ? singleCloser(text, i, "'", lineEnd) : -1;
      if (single >= 0) {
        out.push({ open: i, close: single + 1, innerStart: i + 1, innerEnd: single });
        i = single + 1;
        continue;
      }
      i += text.charAt(i + 1) === "'" ? 2 : 1;
      continue;
    }
    if (c === '‘') {
      const single = asciiOpen < 0 ? singleCloser(text, i, '’', lineEnd) : -1;
      if (single >= 0) out.push({ open: i, close: single + 1, innerStart: i + 1, innerEnd: single });
      i = single >= 0 ? single + 1 : i + 1;
      continue;
    }
    // `»…«` (guillemets typed reversed): only a » written as an opener, a letter right after it and none before it (a tatweel may be: `لـ»…`).
    if (c === '»' && !(/\p{L}/u.test(text.charAt(i + 1)) && !/[^\P{L}ـ]/u.test(text.charAt(i - 1)))) {
      i++;
      continue;
    }
    const closer = PAIRS[c];
    if (closer !== undefined && asciiOpen < 0) {
      if (c === '«' && continuedParagraph(text, i, lineEnd)) {
        // `«…` left open at the end of a paragraph whose successor opens with `«`: one statement quoted
        // over several paragraphs, each paragraph its own span (the last one closes).
        out.push({ open: i, close: lineEnd, innerStart: i + 1, innerEnd: lineEnd });
        i = lineEnd;
        continue;
      }
      const limit = c === '«' ? nextLineEnd(text, lineEnd) : lineEnd;
      const found = findCloser(text, i, c, closer, limit);
      // (A reversed « closes only as a closer: a letter or punctuation before it, no letter after it.)
      const paired = c === '»' && found >= 0 && !closingShape(text, found) ? -1 : found;
      // `” … عنه".`، `«…”`: an opener whose own closer is never typed closes at its paragraph's one closer of another kind.
      const end = paired >= 0 ? paired : otherCloser(text, i + 1, lineEnd, OTHER_CLOSERS[c] ?? '');
      if (end >= 0) {
        out.push({ open: i, close: end + 1, innerStart: i + 1, innerEnd: end });
        if (end > lineEnd) {
          lineEnd = text.indexOf('\n', end);
          if (lineEnd < 0) lineEnd = text.length;
        }
        i = end + 1;
        continue;
      }
    }
    i++;
  }
  const comma = asciiOpen >= 0 && asciiNested === 0 ? closingComma(text, asciiOpen, text.length) : -1;
  if (comma >= 0) out.push({ open: asciiOpen, close: comma, innerStart: asciiOpen + 1, innerEnd: comma });
  const unclosed = comma < 0 && asciiOpen >= 0 && asciiNested === 0 ? openToEnd(text, asciiOpen, text.length) : -1;
  if (unclosed >= 0) out.push({ open: asciiOpen, close: unclosed, innerStart: asciiOpen + 1, innerEnd: unclosed });
  return out;
}

/**
 * `" ماري X ، ابنها قتل في الهجوم ، قالت ،"انا …".`: a straight mark opening a paragraph, a space after it,
 * in a paragraph of three straight marks whose second is written as an opener (a letter right after, a
 * space or punctuation before) and whose third as a closer: the first is a stray, and the other two pair.
 */
function strayOpener(text: string, i: number, lineEnd: number): boolean {
  if (text.charAt(i + 1) !== ' ' || !/^\s*$/.test(text.slice(text.lastIndexOf('\n', i - 1) + 1, i))) return false;
  const second = text.indexOf('"', i + 1);
  const third = second < 0 ? -1 : text.indexOf('"', second + 1);
  const fourth = third < 0 ? -1 : text.indexOf('"', third + 1);
  if (second < 0 || third < 0 || third >= lineEnd || (fourth >= 0 && fourth < lineEnd)) return false;
  return /[\s,،:]/u.test(text.charAt(second - 1)) && /\p{L}/u.test(text.charAt(second + 1)) && !/\p{L}/u.test(text.charAt(third + 1));
}

/**
 * `وقالت ‘…’`، `'…' قال`: a single mark written as an opener (at a paragraph's start or after a space, colon or
 * comma, an Arabic letter right after it) pairs with the first `closer` of its paragraph written as a closer
 * (glued to the word or punctuation before it, no letter or digit after it), with no double mark in between:
 * that closer's offset, else -1. An apostrophe inside a word (`O'Brien`) has letters on both sides and is
 * neither; a foot mark follows a digit.
 */
function singleCloser(text: string, i: number, closer: string, lineEnd: number): number {
  if (!/^(?:|[\s:،,(])$/u.test(text.charAt(i - 1)) || !/\p{Script=Arabic}/u.test(text.charAt(i + 1))) return -1;
  // A closer must come before the first double mark of the line (`"…"` inside is another quote's).
  const double = text.slice(i + 1, lineEnd).search(/["«»“”]/u);
  const end = double < 0 ? lineEnd : i + 1 + double;
  for (let j = text.indexOf(closer, i + 2); j >= 0 && j < end; j = text.indexOf(closer, j + 1)) {
    if (!/\s/.test(text.charAt(j - 1)) && !/[\p{L}\p{N}]/u.test(text.charAt(j + 1))) return j;
  }
  return -1;
}

/** The « at `i` has no » after it in its paragraph, and the next paragraph opens with «. */
function continuedParagraph(text: string, i: number, lineEnd: number): boolean {
  if (lineEnd >= text.length || text.slice(i + 1, lineEnd).includes('»')) return false;
  return /^\s*«/.test(text.slice(lineEnd + 1, lineEnd + 8));
}

/** A straight mark glued to the end of a word (`دنيوية"،`): written as a closer. */
const closingShape = (text: string, j: number): boolean => /[\p{L}\p{N}.!؟?،,]/u.test(text.charAt(j - 1)) && !/[\p{L}\p{N}]/u.test(text.charAt(j + 1));

/** The paragraph `[from, end)` holds an odd number of straight marks, the first one written as a closer. */
function closedInNext(text: string, from: number, end: number): boolean {
  const first = text.indexOf('"', from);
  if (first < 0 || first >= end || !closingShape(text, first)) return false;
  let n = 0;
  for (let j = first; j >= 0 && j < end; j = text.indexOf('"', j + 1)) n++;
  return n % 2 === 1;
}

/**
 * The one closer of `[from, end)` among `kinds` (no other mark of those kinds there), written as a closer,
 * else -1 (several marks pair among themselves).
 */
function otherCloser(text: string, from: number, end: number, kinds: string): number {
  let found = -1;
  for (let j = from; j < end; j++) {
    if (!kinds.includes(text.charAt(j))) continue;
    if (found >= 0) return -1;
    found = j;
  }
  return found >= 0 && closingShape(text, found) ? found : -1;
}

function nextLineEnd(text: string, lineEnd: number): number {
  if (lineEnd >= text.length) return lineEnd;
  const next = text.indexOf('\n', lineEnd + 1);
  return next < 0 ? text.length : next;
}

function findCloser(text: string, from: number, opener: string, closer: string, limit: number): number {
  let depth = 0;
  for (let j = from + 1; j < limit; j++) {
    const c = text.charAt(j);
    if (c === closer) {
      if (depth === 0) return j;
      depth--;
    } else if (c === opener && opener !== closer) depth++;
  }
  return -1;
}

/**
 * Inside an open ASCII quote, the mark at `i` opens a quote within it: written like an opener (a space
 * before, a letter right after), with an even number of marks after it in the paragraph (its own
 * closer and the outer one).
 */
function nestedOpener(text: string, i: number, lineEnd: number): boolean {
  if (!/\s/.test(text.charAt(i - 1)) || !/\p{L}/u.test(text.charAt(i + 1))) return false;
  let after = 0;
  for (let j = text.indexOf('"', i + 1); j >= 0 && j < lineEnd; j = text.indexOf('"', j + 1)) after++;
  return after >= 2 && after % 2 === 0;
}

/** A post-posed cue of at most ten words closing a paragraph: a reporting verb or an according-to word first. */
const POSTPOSED_TAIL = /^\s*(?:(?:و?(?:قال|قالت|أضاف|أضافت|اضاف|اضافت|يقول|تقول|يضيف|تضيف|أكد|أكدت|تابع|تابعت|أوضح|أوضحت))|بحسب|حسب|وفق|وفقا|على حد)(?:\s+[^\s"«»“”]+){0,9}\s*[.!؟?]?\s*$/u;

/** The offset of the last comma (Arabic or Latin) before `end`, else -1. */
const lastComma = (text: string, end: number): number => Math.max(text.lastIndexOf('،', end - 1), text.lastIndexOf(',', end - 1));

/** One to three words and an optional full stop closing a paragraph (`، تابع عمون.`). */
const SHORT_TAIL = /^\s*[^\s"«»“”]+(?:\s+[^\s"«»“”]+){0,2}\s*[.!؟?]?\s*$/u;

/**
 * `"… لدينا اجهزه، تابع عمون.`: an ASCII quote never closed in its paragraph, whose paragraph ends with
 * a comma and one to three words, ends at that comma (the words are its post-posed cue, if a cue: a span
 * with no cue after it is no quote). Else -1.
 */
function closingComma(text: string, open: number, end: number): number {
  const comma = lastComma(text, end);
  return comma > open + 1 && SHORT_TAIL.test(text.slice(comma + 1, end)) ? comma : -1;
}

/**
 * `وهامش الأرباح كان أفضل منه في مارس."`: the first straight mark of its paragraph written as a closer (glued
 * to the word or full stop before it, no letter after it), with an odd number of straight marks from it to the
 * paragraph's end, closes a quote whose opening mark was never typed. The quote is the sentence the mark
 * closes (from the last full stop, question mark or colon before it, else the paragraph's start): the offset
 * of its first letter, else -1.
 */
function orphanCloser(text: string, i: number, lineEnd: number): number {
  const lineStart = text.lastIndexOf('\n', i - 1) + 1;
  // (Not after a digit: `6"` is inches.)
  if (!closingShape(text, i) || /\p{N}/u.test(text.charAt(i - 1)) || text.lastIndexOf('"', i - 1) >= lineStart) return -1;
  let n = 0;
  for (let j = i; j >= 0 && j < lineEnd; j = text.indexOf('"', j + 1)) n++;
  if (n % 2 === 0) return -1;
  let start = lineStart;
  for (let j = i - 2; j >= lineStart; j--) {
    if (/[.!؟?:]/.test(text.charAt(j)) && /\s/.test(text.charAt(j + 1))) {
      start = j + 1;
      break;
    }
  }
  while (start < i && /\s/.test(text.charAt(start))) start++;
  return start < i ? start : -1;
}

/**
 * `وقال: "… ⏎`: a straight mark written as an opener (a letter right after it) left open at its paragraph's
 * end, the next paragraph not closing it, runs to the paragraph's end (trailing spaces left out): that offset,
 * else -1.
 */
function openToEnd(text: string, open: number, end: number): number {
  if (!/\p{L}/u.test(text.charAt(open + 1))) return -1;
  // `"… الخسائر، قال مدير الشركة سامي العلي.`: a post-posed cue after the last comma is no part of the quote.
  const comma = lastComma(text, end);
  if (comma > open + 1 && POSTPOSED_TAIL.test(text.slice(comma + 1, end))) return comma;
  let e = end;
  while (e > open + 1 && /\s/.test(text.charAt(e - 1))) e--;
  return e > open + 1 ? e : -1;
}
