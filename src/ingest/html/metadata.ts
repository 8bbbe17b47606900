import type { DomDocument, DomElement } from './dom.js';
import { elementsWithTag } from './readability-dom.js';

/** Metadata a page declares about its article. */
export interface PageMeta {
  readonly title: string | null;
  readonly siteName: string | null;
  readonly published: string | null;
  readonly author: string | null;
  readonly url: string | null;
  /** `articleBody` of a JSON-LD NewsArticle/Article, when the page embeds one. */
  readonly articleBody: string | null;
  readonly lang: string | null;
}

/**
 * The elements metadata is read from, gathered in one walk of the tree: each document-wide
 * `querySelector` that finds nothing walks every node, and a page is asked about a dozen selectors
 * (the walk is also cheaper than one `querySelectorAll`, which goes through a CSS selector engine).
 */
type Tagged = ReadonlyMap<string, readonly DomElement[]>;

function taggedElements(doc: DomDocument): Tagged {
  const byTag = new Map<string, DomElement[]>();
  for (const found of elementsWithTag(doc as never, ['meta', 'link', 'time', 'title', 'script'])) {
    const el = found as unknown as DomElement;
    const tag = found.localName.toLowerCase();
    const list = byTag.get(tag);
    if (list) list.push(el);
    else byTag.set(tag, [el]);
  }
  return byTag;
}

/** `tag[attr="value"]` or `tag[attr]`: the only selector forms used here. */
const SELECTOR = /^(\w+)\[([\w:-]+)(?:="([^"]*)")?\]$/;

function first(tagged: Tagged, selector: string): DomElement | null {
  const m = SELECTOR.exec(selector);
  if (!m) return null;
  const [, tag, attr, value] = m;
  for (const el of tagged.get(tag!) ?? []) {
    const v = el.getAttribute(attr!);
    if (v !== null && (value === undefined || v === value)) return el;
  }
  return null;
}

const meta = (tagged: Tagged, selectors: readonly string[]): string | null => {
  for (const sel of selectors) {
    const el = first(tagged, sel);
    const v = el?.getAttribute('content') ?? el?.getAttribute('datetime') ?? el?.getAttribute('href') ?? null;
    if (v !== null && v.trim() !== '') return v.trim();
  }
  return null;
};

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const ARTICLE_TYPES = /^(News|Report|Blog|Analysis|Opinion|Review|Background|Scholarly|Satirical|Tech)?Article$|^BlogPosting$|^LiveBlogPosting$/;

function* jsonLdObjects(tagged: Tagged): Generator<Record<string, Json>> {
  const scripts = (tagged.get('script') ?? []).filter((s) => s.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json');
  for (let i = 0; i < scripts.length; i++) {
    let data: Json;
    try {
      data = JSON.parse((scripts[i]!.textContent ?? '').trim()) as Json;
    } catch {
      continue;
    }
    const stack: Json[] = [data];
    while (stack.length > 0) {
      const x = stack.pop();
      if (Array.isArray(x)) stack.push(...x);
      else if (x !== null && typeof x === 'object') {
        yield x;
        if (x['@graph'] !== undefined) stack.push(x['@graph']);
      }
    }
  }
}

const str = (x: Json | undefined): string | null => {
  if (typeof x === 'string') return x.trim() || null;
  if (Array.isArray(x)) return str(x[0]);
  if (x !== null && typeof x === 'object') return str(x['name']);
  return null;
};

function jsonLdArticle(tagged: Tagged): Record<string, Json> | null {
  for (const o of jsonLdObjects(tagged)) {
    const types = ([] as Json[]).concat(o['@type'] ?? []);
    if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) return o;
  }
  return null;
}

/** `Headline | Site` and `Headline - Site` (either order) without the site's name. */
function withoutSiteName(title: string | null, site: string | null): string | null {
  if (title === null || site === null) return title;
  const parts = title.split(/\s+[|\-–—:»]\s+/u);
  const kept = parts.filter((p) => p.trim().toLowerCase() !== site.trim().toLowerCase());
  return kept.length > 0 && kept.length < parts.length ? kept.join(' - ') : title;
}

/** `Headline | Site`: when one side of the `<title>` is the declared headline, the other side (≤ 5 words) is the site's name. */
function siteNameInTitle(title: string | null, headline: string | null): string | null {
  if (title === null || headline === null) return null;
  const parts = title.split(/\s+[|\-–—»]\s+/u).map((p) => p.trim());
  if (parts.length !== 2) return null;
  const same = (a: string): boolean => a.toLowerCase() === headline.trim().toLowerCase();
  const other = same(parts[0]!) ? parts[1]! : same(parts[1]!) ? parts[0]! : null;
  return other !== null && other !== '' && other.split(/\s+/).length <= 5 ? other : null;
}

/** Title, site name, publication date, author and canonical URL from meta tags and JSON-LD. */
export function pageMetadata(doc: DomDocument): PageMeta {
  const tagged = taggedElements(doc);
  const ld = jsonLdArticle(tagged);
  const rawTitle = tagged.get('title')?.[0]?.textContent?.trim() || null;
  const headline = meta(tagged, ['meta[property="og:title"]', 'meta[name="twitter:title"]']) ?? str(ld?.['headline']);
  const siteName = meta(tagged, ['meta[property="og:site_name"]', 'meta[name="application-name"]']) ?? str(ld?.['publisher']) ?? siteNameInTitle(rawTitle, headline);
  const titleTag = withoutSiteName(rawTitle, siteName);
  return {
    title: headline ?? titleTag,
    siteName,
    published:
      meta(tagged, [
        'meta[property="article:published_time"]',
        'meta[itemprop="datePublished"]',
        'meta[name="pubdate"]',
        'meta[name="publishdate"]',
        'meta[name="parsely-pub-date"]',
        'meta[name="dc.date"]',
        'meta[name="date"]',
      ]) ??
      str(ld?.['datePublished']) ??
      meta(tagged, ['time[datetime]']),
    author: meta(tagged, ['meta[name="author"]', 'meta[property="article:author"]']) ?? str(ld?.['author']),
    url: meta(tagged, ['link[rel="canonical"]', 'meta[property="og:url"]']) ?? str(ld?.['url']),
    articleBody: str(ld?.['articleBody']),
    lang: doc.documentElement?.getAttribute('lang') ?? null,
  };
}
