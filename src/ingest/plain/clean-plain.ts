import type { RemovalReason, Removed, SourceMeta } from '../../core/index.js';
import { clean } from '../../text/index.js';
import type { OutletIndex } from '../outlets/lookup.js';
import type { OutletRecord } from '../outlets/record.js';
import { agencyCredit, inlineDateline, standaloneDateline, type Dateline } from './dateline.js';
import { findDate, isDateOnlyLine } from './dates.js';
import type { Extracted } from './extracted.js';
import { LINE_RULES } from './furniture-rules.js';
import { arabicShare, isBodyLike, isHeadlineLike, lineInfo, matchKey, type Line } from './line.js';

/** Tunables of plain-text cleaning. Defaults in `DEFAULT_PLAIN_OPTIONS`. */
export interface PlainOptions {
  /** A document whose letters are at least this share Arabic gets the Latin-line rule. Default 0.5; 0–1. */
  readonly arabicDocumentShare: number;
  /** Lines after a "read also" marker that are taken as its teaser headlines, at most. Default 6; 0–50. */
  readonly readAlsoTeasers: number;
  /** Header lines (before the first prose paragraph) of at most this many words are labels, longer ones decks. Default 3; 1–10. */
  readonly headerLabelWords: number;
  /** Footer lines (after the last prose paragraph) of at most this many words, not ending a sentence, are labels. Default 8; 1–30. */
  readonly footerLabelWords: number;
  /** A repeated paragraph is dropped only when it has at least this many words (short repeats are often content). Default 5; 1–50. */
  readonly minRepeatWords: number;
}

export const DEFAULT_PLAIN_OPTIONS: PlainOptions = { arabicDocumentShare: 0.5, readAlsoTeasers: 6, headerLabelWords: 3, footerLabelWords: 8, minRepeatWords: 5 };

interface Slot {
  text: string;
  info: Line;
  reason: RemovalReason | null;
}

const removeAs = (slot: Slot, reason: RemovalReason): void => {
  if (slot.reason === null) slot.reason = reason;
};

/** Clean one article given as text: furniture, repeats, title, dateline, credits and date, each removal kept. */
export function cleanPlain(raw: string, meta: SourceMeta, outlets: OutletIndex, options: PlainOptions = DEFAULT_PLAIN_OPTIONS): Extracted {
  const text = clean(raw);
  const slots: Slot[] = text
    .split('\n')
    .map((t) => t.trim())
    .filter((t) => t !== '')
    .map((t) => ({ text: t, info: lineInfo(t), reason: null }));

  const totals = slots.reduce((a, s) => ({ arabicLetters: a.arabicLetters + s.info.arabicLetters, letters: a.letters + s.info.letters }), { arabicLetters: 0, letters: 0 });
  const arabicDocument = arabicShare(totals) >= options.arabicDocumentShare;
  const outlet: OutletRecord | null = outlets.byHost(meta.url) ?? (meta.outlet ? outlets.byName(meta.outlet) : null) ?? detectOutlet(slots, outlets);
  const outletName = outlet?.name ?? meta.outlet ?? null;
  const metaOutlet = meta.outlet !== undefined ? matchKey(meta.outlet) : null;
  const isOutletKey = (k: string): boolean => outlets.byMatchKey(k) !== null || k === metaOutlet;
  const isOutletName = (s: string): boolean => s.split(' ').length <= 12 && isOutletKey(matchKey(s));

  markLineFurniture(slots, { arabicDocument, isOutletName, isOutletKey, outlet, outlets });
  markReadAlsoTeasers(slots, options);
  markRepeats(slots, options);
  // Headline, dateline, label and credit conventions are those of Arabic news; other languages keep their text.
  const extras = arabicDocument ? markHeaderAndFooter(slots, meta, isOutletName, options) : markMetaTitle(slots, meta);

  const removed: Removed[] = [];
  const paragraphs: string[] = [];
  let agency = extras.agency;
  let published = meta.published ?? null;
  for (const s of slots) {
    if (s.reason !== null) {
      removed.push({ text: s.text, reason: s.reason });
      if (published === null && (s.reason === 'date-line' || s.reason === 'dateline' || s.reason === 'title' || s.reason === 'furniture')) published = findDate(s.text);
      continue;
    }
    let body = s.text;
    for (let credit = arabicDocument ? agencyCredit(body) : null; credit !== null; credit = agencyCredit(body)) {
      removed.push({ text: credit.span, reason: 'agency-credit' });
      agency ??= credit.agency;
      body = credit.rest.trim();
    }
    if (body !== '') paragraphs.push(body);
  }
  return { paragraphs, removed, title: extras.title, dateline: extras.dateline, agency, published, outlet: outletName };
}

function detectOutlet(slots: readonly Slot[], outlets: OutletIndex): OutletRecord | null {
  for (const s of slots) {
    if (s.info.words > 6) continue;
    const unit = s.info.unit ?? s.info.match;
    const hit = outlets.byMatchKey(unit);
    if (hit) return hit;
  }
  return null;
}

interface FurnitureContext {
  readonly arabicDocument: boolean;
  readonly isOutletName: (s: string) => boolean;
  readonly isOutletKey: (match: string) => boolean;
  readonly outlet: OutletRecord | null;
  readonly outlets: OutletIndex;
}

function markLineFurniture(slots: readonly Slot[], ctx: FurnitureContext): void {
  for (const s of slots) {
    const info = s.info;
    if (info.letters === 0 && !/\p{N}/u.test(s.text)) {
      removeAs(s, 'furniture');
      continue;
    }
    const unit = info.words <= 12 ? (info.unit ?? info.match) : info.match;
    if (info.words <= 12 && ctx.isOutletKey(unit)) {
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
function markReadAlsoTeasers(slots: readonly Slot[], options: PlainOptions): void {
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
function markRepeats(slots: readonly Slot[], options: PlainOptions): void {
  const seen = new Set<string>();
  for (const s of slots) {
    if (s.reason !== null || s.info.words < options.minRepeatWords) continue;
    const unit = s.info.unit;
    if (seen.has(s.info.match) || (unit !== null && seen.has(unit))) removeAs(s, 'repeated-block');
    else seen.add(s.info.match);
  }
}

/** Only the page's declared title, where it is printed as a line of its own (and again later). */
function markMetaTitle(slots: readonly Slot[], meta: SourceMeta): HeaderFacts {
  const title = meta.title ? clean(meta.title).trim() : null;
  const titleKey = title === null ? '' : matchKey(title);
  if (titleKey !== '') {
    for (const s of slots) if (s.reason === null && s.info.match === titleKey) s.reason = 'title';
  }
  return { title, dateline: null, agency: null };
}

interface HeaderFacts {
  readonly title: string | null;
  readonly dateline: string | null;
  readonly agency: string | null;
}

/**
 * The header runs up to the first prose paragraph: headline, decks, labels, dateline. The footer
 * follows the last prose paragraph: repeated headlines and labels. A headline printed again
 * anywhere (also glued to a site name or twice on one line) is a title repeat.
 */
function markHeaderAndFooter(slots: readonly Slot[], meta: SourceMeta, isOutletName: (s: string) => boolean, options: PlainOptions): HeaderFacts {
  const live = (): Slot[] => slots.filter((s) => s.reason === null);
  const firstBody = slots.findIndex((s) => s.reason === null && isBodyLike(s.info));
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
  if (title === null) {
    const first = slots.slice(0, headerEnd).find((s) => s.reason === null && isHeadlineLike(s.info) && standaloneDateline(s.text, isOutletName) === null);
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
    else if (s.info.words <= options.headerLabelWords || !isHeadlineLike(s.info)) s.reason = 'furniture';
    else s.reason = 'title';
  }

  if (firstBody >= 0 && dateline === null) {
    const first = slots.find((s) => s.reason === null && isBodyLike(s.info));
    const d = first ? inlineDateline(first.text) : null;
    if (first && d) {
      dateline = d.place;
      agency ??= d.agency;
      first.text = d.rest;
      first.info = lineInfo(d.rest);
      (slots as Slot[]).splice(slots.indexOf(first), 0, { text: d.span, info: lineInfo(d.span), reason: 'dateline' });
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
