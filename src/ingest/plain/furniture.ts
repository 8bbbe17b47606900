import type { OutletIndex } from '../outlets/lookup.js';
import type { OutletRecord } from '../outlets/record.js';
import { agencyCredit } from './dateline.js';
import { isDateOnlyLine } from './dates.js';
import { LINE_RULES } from './furniture-rules.js';
import { isBodyLike, isHeadlineLike } from './line.js';
import type { PlainOptions } from './options.js';
import { removeAs, type Slot } from './slot.js';

export function detectOutlet(slots: readonly Slot[], outlets: OutletIndex): OutletRecord | null {
  for (const s of slots) {
    if (s.info.words > 6 || isWholeCredit(s.text)) continue;
    const unit = s.info.unit ?? s.info.match;
    const hit = outlets.byMatchKey(unit);
    if (hit) return hit;
  }
  return null;
}

/** A line that is only an agency credit. */
const isWholeCredit = (text: string): boolean => agencyCredit(text)?.rest.trim() === '';

export interface FurnitureContext {
  readonly arabicDocument: boolean;
  readonly isOutletName: (s: string) => boolean;
  readonly isOutletKey: (match: string) => boolean;
  readonly outlet: OutletRecord | null;
  readonly outlets: OutletIndex;
}

export function markLineFurniture(slots: readonly Slot[], ctx: FurnitureContext): void {
  for (const s of slots) {
    const info = s.info;
    if (info.letters === 0 && !/\p{N}/u.test(s.text)) {
      removeAs(s, 'furniture');
      continue;
    }
    const unit = info.words <= 12 ? (info.unit ?? info.match) : info.match;
    // An agency that is also an outlet (`(الأناضول)` under an article) is a credit, left for the credit pass.
    if (info.words <= 12 && ctx.isOutletKey(unit) && !(info.words <= 4 && isWholeCredit(s.text))) {
      removeAs(s, 'site-name');
      continue;
    }
    if (ctx.outlets.isFurniture(ctx.outlet, info.match)) {
      removeAs(s, 'outlet-furniture');
      continue;
    }
    const bare = s.text.replace(/^[|•·*\-–—\s]+/u, '');
    const rule = LINE_RULES.find((r) => info.words <= r.maxWords && r.pattern.test(bare));
    if (rule) {
      removeAs(s, rule.reason);
      continue;
    }
    if (ctx.arabicDocument && info.letters === 0) removeAs(s, 'furniture');
    else if (ctx.arabicDocument && info.arabicLetters === 0) removeAs(s, 'latin-line');
    else if (ctx.arabicDocument && info.words <= 12 && info.latinLetters > info.arabicLetters) removeAs(s, 'latin-line');
    else if (isDateOnlyLine(s.text)) removeAs(s, 'date-line');
  }
}

/** After "read also", the teaser headlines that follow (short, not prose) belong to the widget. */
export function markReadAlsoTeasers(slots: readonly Slot[], options: PlainOptions): void {
  for (let i = 0; i < slots.length; i++) {
    if (slots[i]!.reason !== 'read-also') continue;
    for (let j = i + 1, n = 0; j < slots.length && n < options.readAlsoTeasers; j++, n++) {
      const next = slots[j]!;
      if (next.reason !== null) continue;
      if (isBodyLike(next.info) || !isHeadlineLike(next.info)) break;
      removeAs(next, 'read-also');
    }
  }
}

/** A paragraph already seen (same key text) is a repeat: the "read also" or template double print. */
export function markRepeats(slots: readonly Slot[], options: PlainOptions): void {
  const seen = new Set<string>();
  for (const s of slots) {
    if (s.reason !== null || s.info.words < options.minRepeatWords) continue;
    const unit = s.info.unit;
    if (seen.has(s.info.match) || (unit !== null && seen.has(unit))) removeAs(s, 'repeated-block');
    else seen.add(s.info.match);
  }
}
