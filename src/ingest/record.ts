import type { SourceMeta } from '../core/index.js';

/**
 * Field names scrapers use, in order of preference. A JSON article is an object with a text field or
 * an HTML field; every other field is optional. Object values (`{ "name": ... }`) and arrays use
 * their first string.
 */
export const JSON_FIELDS = {
  title: ['title', 'headline', 'name', 'title_text'],
  text: ['text', 'content', 'body', 'articleBody', 'article_body', 'maintext', 'main_text', 'article', 'full_text', 'fulltext', 'plain_text'],
  html: ['html', 'raw_html', 'rawHtml', 'content_html', 'html_content', 'body_html', 'page', 'source_html'],
  url: ['url', 'link', 'uri', 'source_url', 'canonical_url', 'url_canonical', 'permalink'],
  published: ['published', 'date', 'datePublished', 'date_published', 'date_publish', 'published_at', 'publishedAt', 'pubDate', 'pub_date', 'publish_date', 'publication_date', 'created_at', 'time', 'timestamp'],
  outlet: ['outlet', 'source', 'site_name', 'siteName', 'site', 'publisher', 'source_name', 'source_domain', 'domain', 'website', 'newspaper'],
  author: ['author', 'authors', 'byline', 'creator'],
} as const;

export interface JsonArticle {
  readonly meta: SourceMeta;
  readonly text: string | null;
  readonly html: string | null;
}

const str = (x: unknown): string | null => {
  if (typeof x === 'string') return x.trim() === '' ? null : x;
  if (typeof x === 'number' && Number.isFinite(x)) return String(x);
  if (Array.isArray(x)) return x.length > 0 ? str(x[0]) : null;
  if (x !== null && typeof x === 'object') return str((x as Record<string, unknown>)['name'] ?? (x as Record<string, unknown>)['title']);
  return null;
};

const first = (o: Record<string, unknown>, names: readonly string[]): string | null => {
  for (const n of names) {
    const v = str(o[n]);
    if (v !== null) return v;
  }
  return null;
};

/** Epoch seconds or milliseconds as ISO; strings as given. */
function isoDate(value: string | null): string | null {
  if (value === null) return null;
  if (/^\d{9,13}$/.test(value)) {
    const n = Number(value);
    return new Date(value.length > 11 ? n : n * 1000).toISOString();
  }
  return value.trim();
}

const looksLikeHtml = (s: string): boolean => /<(p|div|br|article|span|a|h\d)[\s>/]/i.test(s.slice(0, 2000));

/** An article from one JSON object, or null when it carries neither text nor HTML. */
export function jsonArticle(o: unknown): JsonArticle | null {
  if (o === null || typeof o !== 'object' || Array.isArray(o)) return null;
  const r = o as Record<string, unknown>;
  let text = first(r, JSON_FIELDS.text);
  let html = first(r, JSON_FIELDS.html);
  if (html === null && text !== null && looksLikeHtml(text)) [html, text] = [text, null];
  if (text === null && html === null) return null;
  const entries: Array<[keyof SourceMeta, string | null]> = [
    ['title', first(r, JSON_FIELDS.title)],
    ['url', first(r, JSON_FIELDS.url)],
    ['published', isoDate(first(r, JSON_FIELDS.published))],
    ['outlet', first(r, JSON_FIELDS.outlet)],
    ['author', first(r, JSON_FIELDS.author)],
  ];
  const meta = Object.fromEntries(entries.filter(([, v]) => v !== null)) as SourceMeta;
  return { meta, text, html };
}
