/**
 * Hard-wrapped text (email dumps, some corpora): every paragraph broken into lines of about the same
 * width. Detected when most lines are near one width (40–110 characters), many of those "full"
 * lines end without sentence punctuation, and some line ends a sentence (a list of headlines does not). Then a line is joined with the next when it does not end a
 * sentence and the next line's first word would not have fitted on it, give or take one character
 * (the wrapper broke the line there; wrappers differ by one on a mark or space they do not count),
 * or when the next line starts in lower case. A line the next word would have fitted on
 * (headline, label, last line of a paragraph) and blank lines end a paragraph, so headers and
 * furniture stay lines of their own. Text that is not hard-wrapped is returned unchanged.
 */
export interface UnwrapOptions {
  /** Fewest non-blank lines for the detection to run. Default 6; 3–100. */
  readonly minLines: number;
  /** The wrap width (90th percentile of line lengths) must lie in this range, in characters. Default 40–110. */
  readonly minWidth: number;
  readonly maxWidth: number;
  /** A line at least this share of the width is "full" (broken by the wrapper). Default 0.7; 0.5–0.95. */
  readonly fullShare: number;
  /** Full lines ending without sentence punctuation must be at least this share of the lines. Default 0.3; 0–1. */
  readonly openShare: number;
  /** Lines longer than 1.3 × width may be at most this share of the lines. Default 0.05; 0–1. */
  readonly longShare: number;
}

const DEFAULT_UNWRAP_OPTIONS: UnwrapOptions = { minLines: 6, minWidth: 40, maxWidth: 110, fullShare: 0.7, openShare: 0.3, longShare: 0.05 };

/** Sentence ends, possibly followed by a closing quote or bracket. */
const SENTENCE_END = /[.!?؟…]["'»”’)\]]*$/u;
const STARTS_LOWER = /^["'«“(]*\p{Ll}/u;

const lengthOf = (line: string): number => line.trim().length;

/** The wrap width (longest wrapped line) when `lines` look hard-wrapped, else null. */
export function wrapWidth(lines: readonly string[], o: UnwrapOptions = DEFAULT_UNWRAP_OPTIONS): number | null {
  const lengths = lines.map(lengthOf).filter((n) => n > 0);
  if (lengths.length < o.minLines) return null;
  const sorted = [...lengths].sort((a, b) => b - a);
  const width = sorted[Math.floor(sorted.length * 0.1)]!;
  if (width < o.minWidth || width > o.maxWidth) return null;
  if (lengths.filter((n) => n > width * 1.3).length > lengths.length * o.longShare) return null;
  const open = lines.filter((l) => lengthOf(l) >= width * o.fullShare && !SENTENCE_END.test(l.trim())).length;
  if (open < Math.max(3, lengths.length * o.openShare)) return null;
  // Prose has sentence ends somewhere; a list of headlines or menu items has none.
  if (!lines.some((l) => SENTENCE_END.test(l.trim()))) return null;
  return Math.max(...lengths.filter((n) => n <= width * 1.3));
}

/**
 * The indexes of the lines that continue on the next one (their line break is a wrapper's, not a
 * paragraph end), in order; empty when `text` is not hard-wrapped.
 */
export function wrappedBreaks(text: string, o: UnwrapOptions = DEFAULT_UNWRAP_OPTIONS): number[] {
  const lines = text.split('\n');
  const width = wrapWidth(lines, o);
  if (width === null) return [];
  const joined: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    const next = lines[i + 1]?.trim() ?? '';
    const nextWord = next.split(/\s/u)[0] ?? '';
    const broken = lengthOf(line) + 1 + lengthOf(nextWord) > width - 1;
    if (next !== '' && ((broken && !SENTENCE_END.test(line)) || STARTS_LOWER.test(next))) joined.push(i);
  }
  return joined;
}

/** `text` with each wrapped paragraph on one line, its lines trimmed and joined by a space. */
export function unwrapHardWrapped(text: string, o: UnwrapOptions = DEFAULT_UNWRAP_OPTIONS): string {
  const joined = new Set(wrappedBreaks(text, o));
  if (joined.size === 0) return text;
  const lines = text.split('\n');
  const out: string[] = [];
  let current: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') {
      if (current !== null) out.push(current);
      current = null;
      out.push('');
      continue;
    }
    current = current === null ? line : `${current} ${line}`;
    if (!joined.has(i)) {
      out.push(current);
      current = null;
    }
  }
  if (current !== null) out.push(current);
  return out.join('\n');
}

/**
 * `text` with each wrapper's line break replaced by a space (`\r\n` by two) and nothing else changed,
 * so that offsets into `text` hold in the result (for scoring annotations made on the wrapped text).
 */
export function joinWrappedLines(text: string, o: UnwrapOptions = DEFAULT_UNWRAP_OPTIONS): string {
  const joined = new Set(wrappedBreaks(text, o));
  return joined.size === 0 ? text : text.split('\n').map((line, i) => (joined.has(i) ? `${line.replace(/\r$/u, ' ')} ` : `${line}\n`)).join('').slice(0, text.length);
}
