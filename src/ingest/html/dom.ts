import { parseHTML } from 'linkedom';

/**
 * The small part of the DOM this stage uses, typed here because the project compiles without the DOM
 * library. linkedom provides it.
 */
export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly childNodes: ArrayLike<DomNode>;
  readonly textContent: string | null;
  readonly parentNode: DomNode | null;
}

export interface DomElement extends DomNode {
  readonly tagName: string;
  /** Child elements only (no text nodes). */
  readonly children: ArrayLike<DomElement>;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  remove(): void;
}

export interface DomDocument {
  readonly documentElement: DomElement | null;
  readonly body: DomElement | null;
  readonly title: string;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/**
 * Attributes that neither Readability nor the metadata read (data-*, responsive-image lists, event
 * handlers, ARIA other than aria-hidden, loading hints). linkedom makes a node of every attribute.
 */
const IDLE_ATTRIBUTE = /\s(?:data-[\w-]+|srcset|sizes|on[a-z]+|tabindex|loading|decoding|fetchpriority|aria-(?!hidden)[\w-]+|crossorigin|integrity|referrerpolicy|target|alt|width|height|media|align|border|for|action|value|placeholder|autocomplete|itemscope|itemtype|title|_ng[\w-]+|xmlns(?::\w+)?)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi;

/**
 * Scripts (except JSON-LD), styles, inline SVG and comments never hold article text but are often
 * most of a page's bytes, and idle attributes are many of its nodes: cutting them before parsing
 * made extraction about a quarter faster with identical output on the benchmark.
 */
export const stripInert = (html: string): string =>
  stripUnseen(
cutCode(html.replace(/<!--[\s\S]*?-->/g, '')))
    .replace(/<[a-z][\w-]*\s[^>]*>/gi, (tag) => (isIdleHeadTag(tag) ? '' : idleLinkAttributes(tag.replace(IDLE_ATTRIBUTE, ''))))
    .replace(GAP, blockGap);

/**
 * A link's `href`, `rel`, `name` and `type` matter only where Readability reads them: `href` when it
 * is a `#fragment` (link density counts such links at 0.3) or a `javascript:` URL (the link is
 * replaced by its text), `rel` when it is `author` (a byline). Other values are dropped: links are a
 * seventh of a page's elements, and each attribute is one more node. Attributes are read in order,
 * so a quoted value that looks like an attribute is never taken for one.
 */
function idleLinkAttributes(tag: string): string {
  if ((tag.charCodeAt(1) | 0x20) !== 0x61 /* a */ || !isSpaceCode(tag.charCodeAt(2))) return tag;
  return `<a${tag.slice(2).replace(ATTRIBUTE, (attr: string, name: string, value: string | undefined) => (linkAttributeRead(name.toLowerCase(), unquote(value)) ? attr : ''))}`;
}
const ATTRIBUTE = /\s*([^\s"'>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]*))?/g;
const isSpaceCode = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0c || c === 0x0d;
const unquote = (v: string | undefined): string => (v === undefined ? '' : /^["']/.test(v) ? v.slice(1, -1) : v);
function linkAttributeRead(name: string, value: string): boolean {
  if (value.includes('&')) return true; // an entity: read as the parser would only after decoding
  if (name === 'href') return /^#./.test(value) || value.startsWith('javascript:');
  if (name === 'rel') return value === 'author';
  return name !== 'name' && name !== 'type';
}

const CODE_START = /<(script|style|svg|noscript)\b([^>]*)>/gi;
const CODE_END: Readonly<Record<string, RegExp>> = { script: /<\/script\s*>/gi, style: /<\/style\s*>/gi, svg: /<\/svg\s*>/gi, noscript: /<\/noscript\s*>/gi };

/**
 * `<script>` (except JSON-LD), `<style>`, `<svg>` and `<noscript>` elements cut in one scan, each up
 * to its first end tag; a start tag without an end tag is left alone. Readability removes `<noscript>`
 * before reading the page and only uses it to swap lazy-loading placeholder images, which are not text.
 */
function cutCode(html: string): string {
  const parts: string[] = [];
  let from = 0;
  CODE_START.lastIndex = 0;
  for (let m = CODE_START.exec(html); m !== null; m = CODE_START.exec(html)) {
    const name = m[1]!.toLowerCase();
    if (name === 'script' && /application\/ld\+json/i.test(m[2]!)) continue;
    const end = CODE_END[name]!;
    end.lastIndex = CODE_START.lastIndex;
    const close = end.exec(html);
    if (close === null) continue;
    parts.push(html.slice(from, m.index));
    from = close.index + close[0].length;
    CODE_START.lastIndex = from;
  }
  if (from === 0) return html;
  parts.push(html.slice(from));
  return parts.join('');
}

/**
 * `<link>` and `<meta>` tags nothing reads: a page has dozens (icons, preloads, fonts, verification
 * codes, image cards), each an element with two or three attribute nodes. Kept: the canonical link,
 * and the meta tags naming a title, site, date, author or URL (what `pageMetadata` reads, and what
 * Readability's metadata reads for the title and byline it uses), charset and language. Descriptions
 * only feed Readability's excerpt, which is not used.
 */
const isIdleHeadTag = (tag: string): boolean => {
  const c = tag.charCodeAt(1) | 0x20;
  if (c === 0x6c /* l */) return /^<link\s/i.test(tag) && !/\srel\s*=\s*["']?[^"'>]*canonical/i.test(tag);
  if (c === 0x6d /* m */) return /^<meta\s/i.test(tag) && !META_KEPT.test(tag);
  return false;
};
const META_KEPT = /\s(?:name|property|itemprop)\s*=\s*["']?[^"'>]*(?:title|site_name|application-name|publish|date|author|creator|url)|\s(?:charset|http-equiv)\s*=/i;

/**
 * Whitespace between two tags: linkedom makes a text node of each run, over a third of a page's
 * nodes. Next to a block element it carries no text (blocks break paragraphs anyway) and is
 * dropped; between inline elements it separates words and is kept as one space. `<pre>` content
 * loses its blank runs between tags, which news pages do not use for article text.
 */
const GAP = />\s+(?=<\/?([a-zA-Z][\w-]*))/g;
const TAG_NAME = /^<\/?([a-zA-Z][\w-]*)/;
/**
 * The run after `>` at `at`, when that `>` ends a tag (`<name …>` or `</name …>` without another `<`
 * or `>` inside): dropped if either tag is a block, else one space. Each run is decided on its own,
 * so every gap of a run of tags is seen (a regex that consumed the next tag's `<` skipped every other one).
 */
function blockGap(run: string, after: string, at: number, html: string): string {
  const lt = html.lastIndexOf('<', at);
  if (lt === -1 || html.indexOf('>', lt) !== at) return run;
  const before = TAG_NAME.exec(html.slice(lt, at + 1));
  if (before === null) return run;
  return BLOCK_TAG.test(before[1]!) || BLOCK_TAG.test(after) ? '>' : '> ';
}
const BLOCK_TAG = /^(?:html|head|body|meta|link|title|div|p|ul|ol|li|dl|dt|dd|section|article|main|header|footer|nav|aside|figure|table|thead|tbody|tfoot|tr|td|th|form|fieldset|h[1-6]|blockquote|hr|br|option|select|script|noscript|iframe|textarea)$/i;

export const parseDocument = (html: string): DomDocument => parseStripped(stripInert(html));

/** Parse markup that has already been through `stripInert`. */
export const parseStripped = (inert: string): DomDocument => parseHTML(asDocument(inert)).document as unknown as DomDocument;

/** A fragment wrapped in `<html>` and `<body>`: linkedom needs a root element to build them around it. */
export const asDocument = (markup: string): string => (/<html[\s>]/i.test(markup) ? markup : `<!doctype html><html><head></head><body>${markup}</body></html>`);

/**
 * Elements whose text Readability never outputs are cut with their content before parsing: those it
 * skips as invisible (`hidden`, `aria-hidden="true"`, inline `display:none` or `visibility:hidden`;
 * not its `fallback-image` exception), those it always removes from the article (`footer`, `aside`,
 * `select`, `textarea`, `button`), and `nav` (menus; cutting it raised benchmark F1 .964 → .965).
 * Menus, modals, "most read" boxes and page footers would otherwise become about 40% of a page's
 * nodes. `form` is kept: some sites wrap the whole page in one. An element whose end tag cannot be
 * found is left alone.
 */
const UNSEEN_START = /<(footer|aside|select|textarea|button|nav)(?=[\s>/])[^>]*>|<([a-zA-Z][\w-]*)(?=\s)[^>]*?(?:\shidden(?=[\s>=/])|\saria-hidden\s*=\s*["']?true|\sstyle\s*=\s*["'][^"']*(?:display\s*:\s*none|visibility\s*:\s*hidden))[^>]*>/gi;
/** The candidate regex also fires on `hidden` inside a quoted value (`class="a hidden b"`): check the attribute itself. */
const isHidden = (tag: string): boolean =>
  /\shidden(?=[\s>=/])/i.test(tag.replace(/"[^"]*"|'[^']*'/g, '""')) || /\saria-hidden\s*=\s*["']?true/i.test(tag) || /\sstyle\s*=\s*["'][^"']*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(tag);
const VOID = /^(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)$/i;

export function stripUnseen(html: string): string {
  const parts: string[] = [];
  let from = 0;
  // Names whose end tag was not found: later elements of that name are not searched again (linear time).
  const unclosed = new Set<string>();
  UNSEEN_START.lastIndex = 0;
  for (let m = UNSEEN_START.exec(html); m !== null; m = UNSEEN_START.exec(html)) {
    const tag = m[0];
    const name = (m[1] ?? m[2]!).toLowerCase();
    if (/fallback-image/i.test(tag) || unclosed.has(name) || (m[1] === undefined && !isHidden(tag))) continue;
    const start = m.index;
    let end = start + tag.length;
    if (!VOID.test(name) && !tag.endsWith('/>')) {
      const close = matchingEnd(html, name, end);
      if (close === -1) {
        unclosed.add(name);
        continue;
      }
      end = close;
    }
    parts.push(html.slice(from, start));
    from = end;
    UNSEEN_START.lastIndex = end;
  }
  if (from === 0) return html;
  parts.push(html.slice(from));
  return parts.join('');
}

/** Index just past the end tag closing an element `name` opened before `from`, or -1. */
function matchingEnd(html: string, name: string, from: number): number {
  const tags = new RegExp(`<(/?)${name}(?=[\\s>/])[^>]*>`, 'gi');
  tags.lastIndex = from;
  let depth = 1;
  for (let m = tags.exec(html); m !== null; m = tags.exec(html)) {
    if (m[1] === '/') depth--;
    else if (!m[0].endsWith('/>')) depth++;
    if (depth === 0) return m.index + m[0].length;
  }
  return -1;
}
