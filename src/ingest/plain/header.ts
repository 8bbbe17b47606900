import type { SourceMeta } from '../../core/index.js';
import { clean } from '../../text/index.js';
import { agencyCredit, inlineDateline, standaloneDateline, type Dateline } from './dateline.js';
import { leadingDate } from './dates.js';
import { HEADLINE_MAX_WORDS, isBodyLike, isHeadlineLike, lineInfo, matchKey } from './line.js';
import type { PlainOptions } from './options.js';
import type { Slot } from './slot.js';

/** Only the page's declared title, where it is printed as a line of its own (and again later). */
export function markMetaTitle(slots: readonly Slot[], meta: SourceMeta): HeaderFacts {
  const title = meta.title ? clean(meta.title).trim() : null;
  const titleKey = title === null ? '' : matchKey(title);
  if (titleKey !== '') {
    for (const s of slots) if (s.reason === null && s.info.match === titleKey) s.reason = 'title';
  }
  return { title, dateline: null, agency: null };
}

export interface HeaderFacts {
  readonly title: string | null;
  readonly dateline: string | null;
  readonly agency: string | null;
}

/** Most lines a date-only line may follow and still close the header. */
const DATED_HEADER_LINES = 3;

/**
 * Headline, date, body (a common plain-text layout): the index of a date-only line among the first
 * lines when only headline-sized lines precede it and prose follows it, else -1. Those lines are
 * header even when the headline ends with a full stop. A date line after the last paragraph of a
 * short article closes no header.
 */
function datedHeaderEnd(slots: readonly Slot[]): number {
  const at = slots.findIndex((s) => s.reason === 'date-line');
  if (at <= 0 || !slots.slice(at + 1).some((s) => s.reason === null && isBodyLike(s.info))) return -1;
  const before = slots.slice(0, at).filter((s) => s.reason === null);
  return before.length > 0 && before.length <= DATED_HEADER_LINES && before.every((s) => s.info.words <= HEADLINE_MAX_WORDS) ? at : -1;
}

/**
 * The header runs up to the first prose paragraph: headline, decks, labels, dateline. The footer
 * follows the last prose paragraph: repeated headlines and labels. A headline printed again
 * anywhere (also glued to a site name or twice on one line) is a title repeat.
 */
export function markHeaderAndFooter(slots: readonly Slot[], meta: SourceMeta, isOutletName: (s: string) => boolean, options: PlainOptions): HeaderFacts {
  const live = (): Slot[] => slots.filter((s) => s.reason === null);
  const dated = datedHeaderEnd(slots);
  const firstBody = slots.findIndex((s, i) => i > dated && s.reason === null && isBodyLike(s.info));
  const lastBody = slots.length - 1 - [...slots].reverse().findIndex((s) => s.reason === null && isBodyLike(s.info));
  let title: string | null = null;
  let titleKey: string | null = meta.title ? matchKey(clean(meta.title)) : null;
  let dateline: string | null = null;
  let agency: string | null = null;

  if (titleKey !== null) {
    const hit = live().find((s) => s.info.match === titleKey && slots.indexOf(s) <= Math.max(firstBody, 0));
    if (hit) {
      title = hit.text;
      hit.reason = 'title';
    } else title = clean(meta.title!).trim();
  }

  const headerEnd = firstBody === -1 ? 0 : firstBody;
  // Before the date line of a dated header, a headline may end with a full stop.
  const headline = (s: Slot, i: number): boolean => isHeadlineLike(s.info) || (i < dated && s.info.words >= 2);
  if (title === null) {
    // A section label (`أخبار وطنية`) may precede the headline: prefer a line longer than a label.
    const candidates = slots.slice(0, headerEnd).filter((s, i) => s.reason === null && headline(s, i) && standaloneDateline(s.text, isOutletName) === null);
    const first = candidates.find((s) => s.info.words > options.headerLabelWords) ?? candidates[0];
    if (first) {
      title = first.text;
      titleKey = first.info.match;
      first.reason = 'title';
    }
  }
  if (title === null && lastBody >= 0) {
    const tail = slots.slice(lastBody + 1).filter((s) => (s.reason === null || s.reason === 'repeated-block') && isHeadlineLike(s.info));
    const repeated = tail.find((s) => tail.filter((t) => t.info.match === s.info.match).length >= 2);
    if (repeated) {
      title = repeated.text;
      titleKey = repeated.info.match;
    }
  }
  if (titleKey !== null && titleKey !== '') markTitleRepeats(slots, titleKey, isOutletName);

  for (let i = 0; i < headerEnd; i++) {
    const s = slots[i]!;
    if (s.reason !== null) continue;
    const d: Dateline | null = dateline === null ? standaloneDateline(s.text, isOutletName) : null;
    if (d) {
      s.reason = 'dateline';
      dateline = d.place;
      agency ??= d.agency;
    } else if (isCreditLine(s.text)) continue;
    else if (s.info.words <= options.headerLabelWords || !headline(s, i)) s.reason = 'furniture';
    else s.reason = 'title';
  }

  // The first paragraph may open with a dateline and a date, in either order: the article's place and
  // date, not its prose.
  const first = firstBody >= 0 ? slots.find((s) => s.reason === null && isBodyLike(s.info)) : undefined;
  const cut = (slot: Slot, span: string, rest: string, reason: 'dateline' | 'date-line'): void => {
    slot.text = rest;
    slot.info = lineInfo(rest);
    (slots as Slot[]).splice(slots.indexOf(slot), 0, { text: span, info: lineInfo(span), reason });
  };
  const cutDate = (slot: Slot): void => {
    const date = leadingDate(slot.text);
    if (date) cut(slot, date.span, date.rest, 'date-line');
  };
  if (first) {
    cutDate(first);
    const d = dateline === null ? inlineDateline(first.text) : null;
    if (d) {
      dateline = d.place;
      agency ??= d.agency;
      cut(first, d.span, d.rest, 'dateline');
      cutDate(first);
    }
  }

  const footerStart = slots.length - 1 - [...slots].reverse().findIndex((s) => s.reason === null && isBodyLike(s.info));
  if (footerStart < slots.length) {
    for (const s of slots.slice(footerStart + 1)) {
      if (s.reason === null && s.info.words <= options.footerLabelWords && !/[.!?؟]$/u.test(s.text) && !isCreditLine(s.text)) s.reason = 'furniture';
    }
  }
  return { title, dateline, agency };
}

/** A line that is only an agency credit: left for the credit pass, which records the agency. */
const isCreditLine = (text: string): boolean => agencyCredit(text)?.rest.trim() === '';

function markTitleRepeats(slots: readonly Slot[], titleKey: string, isOutletName: (s: string) => boolean): void {
  const titleWords = titleKey.split(' ').length;
  for (const s of slots) {
    if (s.reason === 'repeated-block' && (s.info.unit ?? s.info.match) === titleKey) s.reason = 'title-repeat';
    if (s.reason !== null) continue;
    const unit = s.info.unit ?? s.info.match;
    if (unit === titleKey) {
      s.reason = 'title-repeat';
      continue;
    }
    // "site name - start of the headline": a truncated headline behind the outlet's name.
    const parts = s.text.split(/\s+[-–—|:]\s+/u);
    if (parts.length >= 2 && parts.some((p) => isOutletName(p))) {
      const rest = matchKey(parts.filter((p) => !isOutletName(p)).join(' '));
      const restWords = rest.split(' ').length;
      if (rest !== '' && restWords >= Math.min(2, titleWords) && (titleKey.startsWith(rest) || rest.startsWith(titleKey))) s.reason = 'title-repeat';
    }
  }
}
