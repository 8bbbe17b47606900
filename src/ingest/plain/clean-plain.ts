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
import { findSiteName } from './site-name.js';
import type { Slot } from './slot.js';
import { unwrapHardWrapped } from './unwrap.js';

export { DEFAULT_PLAIN_OPTIONS, type PlainOptions } from './options.js';

/** Clean one article given as text: furniture, repeats, title, dateline, credits and date, each removal kept. */
export function cleanPlain(raw: string, meta: SourceMeta, outlets: OutletIndex, options: PlainOptions = DEFAULT_PLAIN_OPTIONS): Extracted {
  const text = unwrapHardWrapped(clean(raw));
  const slots: Slot[] = text
    .split('\n')
    .map((t) => t.trim())
    .filter((t) => t !== '')
    .map((t) => ({ text: t, info: lineInfo(t), reason: null }));

  const totals = slots.reduce((a, s) => ({ arabicLetters: a.arabicLetters + s.info.arabicLetters, letters: a.letters + s.info.letters }), { arabicLetters: 0, letters: 0 });
  const arabicDocument = arabicShare(totals) >= options.arabicDocumentShare;
  const outlet: OutletRecord | null = outlets.byHost(meta.url) ?? (meta.outlet ? outlets.byName(meta.outlet) : null) ?? detectOutlet(slots, outlets);
  const metaOutlet = meta.outlet !== undefined ? matchKey(meta.outlet) : null;
  let siteKey: string | null = null;
  const isOutletKey = (k: string): boolean => outlets.byMatchKey(k) !== null || k === metaOutlet || k === siteKey;
  const isOutletName = (s: string): boolean => s.split(' ').length <= 12 && isOutletKey(matchKey(s));

  markLineFurniture(slots, { arabicDocument, isOutletName, isOutletKey, outlet, outlets });
  const site = arabicDocument ? findSiteName(slots) : null;
  if (site) {
    siteKey = matchKey(site.name);
    for (const s of site.lines) s.reason ??= 'site-name';
    for (const s of slots) if (s.reason === null && s.info.words <= 6 && (s.info.unit ?? s.info.match) === siteKey) s.reason = 'site-name';
  }
  const outletName = outletNameOf(meta, outlet, site?.name ?? null, outlets);
  markReadAlsoTeasers(slots, options);
  markRepeats(slots, options);
  // Headline, dateline, label and credit conventions are those of Arabic news; other languages keep their text.
  const extras = arabicDocument ? markHeaderAndFooter(slots, meta, isOutletName, options) : markMetaTitle(slots, meta);

  const removed: Removed[] = [];
  const paragraphs: string[] = [];
  let agency = extras.agency;
  for (const s of slots) {
    if (s.reason !== null) {
      removed.push({ text: s.text, reason: s.reason });
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
  return { paragraphs, removed, title: extras.title, dateline: extras.dateline, agency, published: meta.published ?? publishedFrom(removed), outlet: outletName };
}

/**
 * The outlet's name, most trusted evidence first: the source's metadata (`og:site_name`, a JSON
 * `source`/`site` field; a known record's canonical name when it is one of its spellings), the record
 * of the URL's host, a known outlet printed as a line, the document's own site name (site-name line,
 * `name | section` line, `name :` prefix, a dateline's outlet part), and last the URL's host name.
 */
function outletNameOf(meta: SourceMeta, record: OutletRecord | null, siteName: string | null, outlets: OutletIndex): string | null {
  const declared = meta.outlet !== undefined ? clean(meta.outlet).trim() : '';
  if (declared !== '') return outlets.byName(declared)?.name ?? declared;
  return record?.name ?? siteName ?? hostOf(meta.url);
}

function hostOf(url: string | undefined): string | null {
  if (url === undefined) return null;
  try {
    const host = new URL(url).hostname.replace(/^www\./u, '').toLowerCase();
    return host === '' ? null : host;
  } catch {
    return null;
  }
}

/**
 * The publication date among the lines taken off: a date line first, then furniture, then the title
 * (`تفجيرات لندن 7 يوليو 2005` over the date line `الثلاثاء 7 يوليو 2009` names the event, not the day
 * of publication).
 */
function publishedFrom(removed: readonly Removed[]): string | null {
  for (const reasons of [['date-line', 'dateline'], ['furniture'], ['title']]) {
    for (const r of removed) {
      if (!reasons.includes(r.reason)) continue;
      const date = findDate(r.text);
      if (date !== null) return date;
    }
  }
  return null;
}
