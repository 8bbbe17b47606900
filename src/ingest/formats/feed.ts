/**
 * RSS 2.0 and Atom feeds: each item (RSS `<item>`, Atom `<entry>`) is one article record with the
 * fields a JSON article has (`JSON_FIELDS`), so a feed goes through the same cleaning as a JSON line.
 * The body is the fullest one given: `content:encoded` or Atom `content`, else `description` or
 * `summary` (often a teaser: ingest then rejects it as too short, and says so). The channel's or
 * feed's own title is each item's outlet.
 */
import { DOMParser } from 'linkedom';
import type { DomDocument, DomElement } from '../html/dom.js';
import { FEED_ROOT } from '../kind.js';

export interface FeedRecord {
  readonly title?: string;
  readonly url?: string;
  readonly published?: string;
  readonly author?: string;
  readonly outlet?: string;
  readonly html?: string;
}

/** The child elements named `name` (tag names compared in lower case). */
const children = (parent: DomElement, name: string): DomElement[] => Array.from(parent.children).filter((c) => c.tagName.toLowerCase() === name);
const child = (parent: DomElement, name: string): DomElement | undefined => children(parent, name)[0];

/** The text of the first of the named children that has some. */
const childText = (parent: DomElement, ...names: string[]): string | undefined => {
  for (const name of names) {
    const text = child(parent, name)?.textContent?.trim();
    if (text) return text;
  }
  return undefined;
};

/** Atom's link to the article itself: `rel="alternate"` or no rel. */
const atomLink = (entry: DomElement): string | undefined =>
  children(entry, 'link').find((c) => (c.getAttribute('rel') ?? 'alternate') === 'alternate')?.getAttribute('href')?.trim() || undefined;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** RFC 822's named zones (the military letters aside). */
const ZONES: Readonly<Record<string, string>> = {
  gmt: 'Z', ut: 'Z', utc: 'Z', z: 'Z', est: '-05:00', edt: '-04:00', cst: '-06:00', cdt: '-05:00', mst: '-07:00', mdt: '-06:00', pst: '-08:00', pdt: '-07:00',
};
const RFC822 = /^\s*(?:[a-z]{3},?\s*)?(\d{1,2})\s+([a-z]{3})[a-z]*\s+(\d{2}|\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[a-z]{1,3})?\s*$/i;

/**
 * An RFC 822 date (`Fri, 20 Nov 2026 06:00:00 +0300`, RSS's) as ISO 8601 in the zone it was written
 * in (`2026-11-20T06:00:00+03:00`), so the day stays the outlet's; ISO dates as given; anything else
 * Date can read, in UTC.
 */
function isoDate(value: string | undefined): string | undefined {
  if (value === undefined || /^\d{4}-\d\d-\d\d/.test(value)) return value;
  const m = RFC822.exec(value);
  const month = m === null ? -1 : MONTHS.indexOf((m[2] ?? '').toLowerCase());
  const zone = m === null ? undefined : m[7] === undefined ? 'Z' : /^[+-]/.test(m[7]) ? `${m[7].slice(0, 3)}:${m[7].slice(3)}` : ZONES[m[7].toLowerCase()];
  if (m !== null && month >= 0 && zone !== undefined) {
    const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    const pad = (x: string | number | undefined): string => String(x ?? 0).padStart(2, '0');
    const iso = `${year}-${pad(month + 1)}-${pad(m[1])}T${pad(m[4])}:${m[5]}:${pad(m[6])}${zone}`;
    if (!Number.isNaN(Date.parse(iso))) return iso;
  }
  const t = Date.parse(value);
  return Number.isNaN(t) ? value : new Date(t).toISOString();
}

/** The items of a feed, or null when the text is not an RSS or Atom feed. */
export function feedRecords(xml: string): FeedRecord[] | null {
  const root = FEED_ROOT.exec(xml.replace(/^\uFEFF/, '').trimStart())?.[1]?.toLowerCase();
  if (root === undefined) return null;
  const doc = new DOMParser().parseFromString(xml, 'text/xml') as unknown as DomDocument;
  const atom = root === 'feed';
  const channel = atom ? doc.querySelector('feed') : doc.querySelector('channel');
  const outlet = channel ? childText(channel, 'title') : undefined;
  const items = Array.from(doc.querySelectorAll(atom ? 'entry' : 'item'));
  return items.map((item) => {
    const record: Record<string, string | undefined> = {
      title: childText(item, 'title'),
      url: atom ? atomLink(item) : childText(item, 'link', 'guid'),
      published: isoDate(childText(item, ...(atom ? ['published', 'updated'] : ['pubdate', 'dc:date']))),
      author: atom ? childText(child(item, 'author') ?? item, 'name') : childText(item, 'dc:creator', 'author'),
      outlet,
      html: childText(item, ...(atom ? ['content', 'summary'] : ['content:encoded', 'description'])),
    };
    return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as FeedRecord;
  });
}
