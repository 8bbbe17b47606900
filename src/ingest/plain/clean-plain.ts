import type { Removed, SourceMeta } from '../../core/index.js';
import { clean } from '../../text/index.js';
import type { OutletIndex } from '../outlets/lookup.js';
import type { OutletRecord } from '../outlets/record.js';
import { agencyCredit } from './dateline.js';
import { findDate } from './dates.js';
import type { Extracted } from './extracted.js';
import { detectOutlet, markLineFurniture, markReadAlsoTeasers, markRepeats } from './furniture.js';
import { markHeaderAndFooter, markMetaTitle } from './header.js';
import { arabicShare, lineInfo, matchKey } from './line.js';
import { DEFAULT_PLAIN_OPTIONS, type PlainOptions } from './options.js';
import type { Slot } from './slot.js';

export { DEFAULT_PLAIN_OPTIONS, type PlainOptions } from './options.js';

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
