import type { CleanDocument, SourceMeta } from '../core/index.js';
import { clean } from '../text/index.js';
import { makeDocument } from './document.js';
import { DEFAULT_HTML_OPTIONS, extractMain, type HtmlOptions } from './html/extract.js';
import { outletIndex, type OutletIndex } from './outlets/lookup.js';
import { BUILTIN_OUTLETS } from './outlets/records.js';
import type { OutletRecord } from './outlets/record.js';
import { cleanPlain, DEFAULT_PLAIN_OPTIONS, type PlainOptions } from './plain/clean-plain.js';

/** Options of the single-article cleaners. Defaults: built-in outlets, `DEFAULT_PLAIN_OPTIONS`, `DEFAULT_HTML_OPTIONS`. */
export interface CleanOptions {
  /** Where the article came from, as recorded in the document. Default `-`. */
  readonly path?: string;
  readonly outlets?: readonly OutletRecord[];
  readonly plain?: Partial<PlainOptions>;
  readonly html?: Partial<HtmlOptions>;
}

const builtinIndex = outletIndex(BUILTIN_OUTLETS);
const indexFor = (records: readonly OutletRecord[] | undefined): OutletIndex => (records === undefined ? builtinIndex : outletIndex(records));

/** One plain-text article: furniture, repeats, title, dateline, agency and date handled, every removal kept. */
export function cleanText(text: string, meta: SourceMeta = {}, options: CleanOptions = {}): CleanDocument {
  const extracted = cleanPlain(text, meta, indexFor(options.outlets), { ...DEFAULT_PLAIN_OPTIONS, ...options.plain });
  return makeDocument(options.path ?? '-', extracted, meta.url ?? null);
}

/**
 * One HTML page: main content by Readability over linkedom (JSON-LD `articleBody`, then body text as
 * fallbacks), page metadata (title, site name, dates, author, URL), then the plain-text clean-up.
 * Metadata given by the caller wins over what the page declares.
 */
export function extractHtml(html: string, meta: SourceMeta = {}, options: CleanOptions = {}): CleanDocument {
  const main = extractMain(html, { ...DEFAULT_HTML_OPTIONS, ...options.html });
  const page = main.meta;
  const merged: SourceMeta = {
    ...optional('title', meta.title ?? page.title),
    ...optional('url', meta.url ?? page.url),
    ...optional('outlet', meta.outlet ?? page.siteName),
    ...optional('published', meta.published ?? page.published),
    ...optional('author', meta.author ?? page.author),
  };
  const doc = cleanText(main.paragraphs.join('\n'), merged, options);
  return { ...doc, title: doc.title ?? (merged.title ? clean(merged.title) : null), removed: [...main.removed.map((r) => ({ text: clean(r.text), reason: r.reason })), ...doc.removed] };
}

const optional = <K extends string>(k: K, v: string | null | undefined): { [P in K]?: string } =>
  (v === null || v === undefined || v.trim() === '' ? {} : { [k]: v.trim() }) as { [P in K]?: string };
