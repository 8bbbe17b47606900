import { key, tokenize } from '../text/index.js';
import { quantities, type QuantityKind } from './quantities.js';
import { mayNameADay, publicationDay, sameTime, timeAnchors, type TimeAnchor } from './time-anchors.js';

/**
 * The reported fact of a sentence, as far as words tell without parsing: when it happened (the
 * sentence's first time expression: news copy states the time of its main event first, and mentions
 * of earlier events come after) and what it counts. Offsets are in the sentence's text, so the frame of
 * a leading-clause span is read off its sentence's by `frameUpTo`.
 */
export interface FactFrame {
  readonly anchors: readonly { readonly at: number; readonly anchor: TimeAnchor }[];
  readonly counts: readonly { readonly at: number; readonly kind: QuantityKind }[];
}

export const NO_FACT: FactFrame = { anchors: [], counts: [] };

/**
 * The frame of a sentence of an article published on `published` (ISO date, or null when unknown).
 * A sentence that names no day reports no fact `sameFact` can match, so its counts are not read.
 */
export function factFrame(text: string, published: string | null): FactFrame {
  if (!mayNameADay(key(text))) return NO_FACT;
  const tokens = tokenize(text);
  const anchors = timeAnchors(tokens, publicationDay(published));
  return anchors.length === 0 ? NO_FACT : new LazyCounts(anchors, () => quantities(tokens));
}

/** The frame of the sentence's first `end` characters (a leading-clause span). */
export function frameUpTo(f: FactFrame, end: number): FactFrame {
  const anchors = f.anchors.filter((a) => a.at < end);
  return anchors.length === 0 ? NO_FACT : new LazyCounts(anchors, () => f.counts.filter((c) => c.at < end));
}

/**
 * Counts are read the first time they are asked for: `sameFact` needs them only for the few pairs
 * of sentences set at the same time, while every sentence that names a day gets a frame.
 */
class LazyCounts implements FactFrame {
  private read: (() => FactFrame['counts']) | null;
  private known: FactFrame['counts'] = [];

  constructor(
    readonly anchors: FactFrame['anchors'],
    read: () => FactFrame['counts'],
  ) {
    this.read = read;
  }

  get counts(): FactFrame['counts'] {
    if (this.read !== null) {
      this.known = this.read();
      this.read = null;
    }
    return this.known;
  }
}

/**
 * Two sentences report the same fact when they set it at the same time (their first time
 * expressions agree: see `sameTime`) and count the same thing, whatever the values (`12 قتيلاً` and
 * `ثلاثة عشر شخصاً` on Saturday evening: the toll of one flood, updated or disputed).
 */
export function sameFact(a: FactFrame, b: FactFrame): boolean {
  const x = a.anchors[0];
  const y = b.anchors[0];
  if (x === undefined || y === undefined || !sameTime(x.anchor, y.anchor)) return false;
  return a.counts.some((c) => b.counts.some((d) => d.kind === c.kind));
}
