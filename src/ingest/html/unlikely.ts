import { Readability } from '@mozilla/readability';

/**
 * Elements that Readability's first attempt removes as "unlikely candidates" (class or id naming a
 * menu, sidebar, comment section, share bar, footer, ... or an unlikely ARIA role) are cut from the
 * markup before parsing: about a third of a news page's nodes, which the parser would build and
 * Readability would walk, serialize and then throw away. Only elements whose removal cannot change
 * anything else are cut:
 *
 * - container tags that no start tag closes implicitly (`div`, `section`, `ul`, ...), not opened
 *   inside a `table` or `code` (Readability keeps those) and not closing an open `<p>` themselves;
 * - no byline candidate (Readability would take it as the byline before removing it);
 * - nothing inside that is read elsewhere: `meta`, `link`, `time`, `script`, `title` (page metadata,
 *   JSON-LD) and `h1`/`h2` (Readability's title guess);
 * - class, id and role read exactly as the parser will read them (no entities, lower-case names).
 *
 * Where each element ends is decided by following the tree construction of htmlparser2, the parser
 * linkedom uses (void elements, start tags that close open ones, end tags that close everything up
 * to their match, raw-text elements, comments); test/ingest/unlikely.test.ts checks that parsing the
 * cut markup gives the same tree as parsing the whole page and removing those elements.
 *
 * This mirrors only Readability's first attempt. When that attempt finds too little text, Readability
 * retries with unlikely candidates kept, so the caller must then start again from the whole page.
 */
export function cutUnlikely(html: string): string {
  const cuts = cutRanges(html);
  if (cuts.length === 0) return html;
  const parts: string[] = [];
  let from = 0;
  for (const [start, end] of cuts) {
    parts.push(html.slice(from, start), PLACEHOLDER);
    from = end;
  }
  parts.push(html.slice(from));
  return parts.join('');
}

/**
 * What stands where an element was cut: an empty comment, so that the text on either side stays in
 * separate text nodes and Readability still wraps them in separate paragraphs, as it does while the
 * element is there.
 */
export const PLACEHOLDER = '<!---->';

/** The `[start, end)` ranges of the elements `cutUnlikely` removes, in order. */
export function cutRanges(html: string): readonly (readonly [number, number])[] {
  const scan = new Scanner(html);
  scan.run();
  return scan.cuts;
}

interface ReadabilityRules {
  readonly REGEXPS: { readonly unlikelyCandidates: RegExp; readonly okMaybeItsACandidate: RegExp; readonly byline: RegExp };
  readonly UNLIKELY_ROLES: readonly string[];
}
const RULES = Readability.prototype as unknown as ReadabilityRules;

/** Tags that no start tag closes implicitly in htmlparser2, so that their extent is decided by end tags only. */
const CUTTABLE = new Set(['div', 'section', 'header', 'footer', 'aside', 'nav', 'ul', 'ol', 'form', 'article', 'figure', 'main', 'dl', 'blockquote', 'center', 'details', 'address', 'fieldset', 'menu']);
/** Elements read outside the article: a candidate holding one is left for Readability. */
const READ_ELSEWHERE = new Set(['meta', 'link', 'time', 'script', 'title', 'h1', 'h2', 'html', 'head', 'body', 'base']);
/** Readability keeps unlikely candidates inside these. */
const KEEPS_INSIDE = new Set(['table', 'code']);

// htmlparser2 10 (Parser.js): the start tags that close open elements, void elements, raw-text elements, foreign content.
const P = new Set(['p']);
const FORM_TAGS = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const IMPLIES_CLOSE = new Map<string, ReadonlySet<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['li', new Set(['li'])],
  ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((t) => [t, P] as const),
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((t) => [t, FORM_TAGS] as const),
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', new Set(['dd', 'dt'])],
  ['dt', new Set(['dd', 'dt'])],
  ...['address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul'].map(
    (t) => [t, P] as const,
  ),
  ['rt', new Set(['rt', 'rp'])],
  ['rp', new Set(['rt', 'rp'])],
  ['tbody', new Set(['thead', 'tbody'])],
  ['tfoot', new Set(['thead', 'tbody'])],
]);
const VOID = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp']);
const FOREIGN = new Set(['math', 'svg']);
const INTEGRATION = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);
/** Attributes the candidate test reads. */
const WATCHED = new Set(['class', 'id', 'role', 'rel', 'itemprop']);

const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0c || c === 0x0d;
const isAlpha = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
const endsName = (c: number): boolean => c === 0x2f || c === 0x3e || isSpace(c);

interface StartTag {
  readonly name: string;
  /** Index just past the `>`, or -1 when the markup ends inside the tag. */
  readonly end: number;
  readonly selfClosing: boolean;
  /** First value of each watched attribute (exact lower-case name); null when one cannot be read as the parser will. */
  readonly attrs: Map<string, string> | null;
}

class Scanner {
  readonly cuts: [number, number][] = [];
  /** Open elements, innermost last. */
  private readonly stack: string[] = [];
  /** For each open element: Readability keeps candidates inside it, or might read its text as a whole (byline, title header). */
  private readonly guards: boolean[] = [];
  /** How many of `guards` are true (kept as a count so that deep nesting stays linear). */
  private guarded = 0;
  /** Open elements by name: an end tag whose name is not open is passed over without searching the stack. */
  private readonly openCount = new Map<string, number>();
  /** Set when Readability's walk would remove `<html>` or `<body>` itself and fall back to the whole body: then nothing is cut. */
  private off = false;
  private readonly foreign: boolean[] = [false];
  /** The candidate being scanned: its start index, its depth (stack length with it), whether it holds something read elsewhere. */
  private candidate: { start: number; depth: number; spoiled: boolean } | null = null;

  constructor(private readonly html: string) {}

  run(): void {
    const html = this.html;
    let i = html.indexOf('<');
    while (i !== -1) {
      if (this.off) {
        this.cuts.length = 0;
        return;
      }
      const next = this.token(i);
      if (next === -1) return;
      i = html.indexOf('<', next);
    }
  }

  /** Handle the markup starting at `<` (index `i`); the index to continue from, or -1 when the rest cannot hold a tag. */
  private token(i: number): number {
    const html = this.html;
    const c = html.charCodeAt(i + 1);
    if (c === 0x21 /* ! */) {
      if (html.startsWith('<!--', i)) return after(html, '-->', i + 4);
      if (html.startsWith('<![CDATA[', i)) return after(html, ']]>', i + 9);
      return after(html, '>', i + 2);
    }
    if (c === 0x3f /* ? */) return after(html, '>', i + 2);
    if (c === 0x2f /* / */) return this.endTag(i);
    if (!isAlpha(c)) return i + 1;
    const tag = readStartTag(html, i);
    if (tag.end === -1) return -1;
    this.open(tag, i);
    if (RAW_TEXT.has(tag.name) && !tag.selfClosing) {
      // Raw text up to `</name` followed by white space or `>`, which is then read as an end tag.
      const close = rawTextEnd(html, tag.name, tag.end);
      return close;
    }
    return tag.end;
  }

  private endTag(i: number): number {
    const html = this.html;
    let j = i + 2;
    while (j < html.length && isSpace(html.charCodeAt(j))) j++;
    if (j >= html.length) return -1;
    if (html.charCodeAt(j) === 0x3e) return j + 1;
    if (!isAlpha(html.charCodeAt(j))) return after(html, '>', j);
    let k = j;
    while (k < html.length && html.charCodeAt(k) !== 0x3e && !isSpace(html.charCodeAt(k))) k++;
    const name = html.slice(j, k).toLowerCase();
    const gt = html.indexOf('>', k);
    const end = gt === -1 ? html.length : gt + 1;
    if (FOREIGN.has(name) || INTEGRATION.has(name)) this.foreign.pop();
    if (!VOID.has(name)) {
      const pos = (this.openCount.get(name) ?? 0) > 0 ? this.stack.lastIndexOf(name) : -1;
      if (pos !== -1) this.popTo(pos, pos === (this.candidate?.depth ?? 0) - 1 ? end : i);
    }
    return gt === -1 ? -1 : end;
  }

  private open(tag: StartTag, i: number): void {
    const html = this.html;
    const { name } = tag;
    let closedSome = false;
    const closes = IMPLIES_CLOSE.get(name);
    if (closes !== undefined) {
      while (this.stack.length > 0 && closes.has(this.stack[this.stack.length - 1]!)) {
        this.popTo(this.stack.length - 1, i);
        closedSome = true;
      }
    }
    if (this.candidate !== null && READ_ELSEWHERE.has(name)) this.candidate.spoiled = true;
    if (name === 'html' || name === 'body') this.off ||= mayBeRemoved(tag, html.slice(i, tag.end));
    if (VOID.has(name)) return;
    this.stack.push(name);
    this.openCount.set(name, (this.openCount.get(name) ?? 0) + 1);
    const guard = KEEPS_INSIDE.has(name) || name === 'h1' || name === 'h2' || (tag.attrs !== null && bylineLike(tag.attrs));
    this.guards.push(guard);
    if (guard) this.guarded++;
    if (FOREIGN.has(name)) this.foreign.push(true);
    else if (INTEGRATION.has(name)) this.foreign.push(false);
    if (this.candidate === null && !closedSome && this.isCandidate(tag)) this.candidate = { start: i, depth: this.stack.length, spoiled: false };
    if (tag.selfClosing && this.foreign[this.foreign.length - 1] === true && this.stack[this.stack.length - 1] === name) this.popTo(this.stack.length - 1, tag.end);
  }

  /** Close the elements from stack index `pos` up; `at` is where the candidate's markup ends if it is among them. */
  private popTo(pos: number, at: number): void {
    for (let k = pos; k < this.stack.length; k++) {
      if (this.guards[k]!) this.guarded--;
      const name = this.stack[k]!;
      this.openCount.set(name, this.openCount.get(name)! - 1);
    }
    this.stack.length = pos;
    this.guards.length = pos;
    const cand = this.candidate;
    if (cand === null || pos >= cand.depth) return;
    if (!cand.spoiled) this.cuts.push([cand.start, at]);
    this.candidate = null;
  }

  private isCandidate(tag: StartTag): boolean {
    if (!CUTTABLE.has(tag.name) || tag.attrs === null || tag.attrs.size === 0) return false;
    if (this.guarded - (this.guards[this.guards.length - 1]! ? 1 : 0) > 0) return false;
    const attrs = tag.attrs;
    if (bylineLike(attrs)) return false;
    const match = matchString(attrs);
    const role = attrs.get('role');
    return (RULES.REGEXPS.unlikelyCandidates.test(match) && !RULES.REGEXPS.okMaybeItsACandidate.test(match)) || (role !== undefined && RULES.UNLIKELY_ROLES.includes(role));
  }
}

/** What Readability tests its class and id patterns on. */
const matchString = (attrs: ReadonlyMap<string, string>): string => `${attrs.get('class') ?? ''} ${attrs.get('id') ?? ''}`;

/** Readability would test this element's text as a byline (conservatively: whatever its length). */
function bylineLike(attrs: ReadonlyMap<string, string>): boolean {
  return attrs.get('rel') === 'author' || attrs.get('itemprop')?.includes('author') === true || RULES.REGEXPS.byline.test(matchString(attrs));
}

/**
 * Readability's walk might remove `<html>` or `<body>` itself (hidden, a dialog, a byline, an unlikely
 * class on `<html>` such as `header-spacing`, an unlikely role): its first attempt then never reaches
 * the candidates and keeps the whole body instead. Conservative: any inline style or ARIA attribute counts.
 */
function mayBeRemoved(tag: StartTag, markup: string): boolean {
  if (tag.attrs === null || /\s(?:hidden|style|aria-[\w-]+)\s*(?:=|>|\/|\s)/i.test(markup)) return true;
  const role = tag.attrs.get('role');
  if (role !== undefined && (RULES.UNLIKELY_ROLES.includes(role) || role === 'dialog')) return true;
  if (bylineLike(tag.attrs)) return true;
  const match = matchString(tag.attrs);
  return tag.name === 'html' && RULES.REGEXPS.unlikelyCandidates.test(match) && !RULES.REGEXPS.okMaybeItsACandidate.test(match);
}

/** Index just past the next `token` at or after `from`, or -1. */
function after(html: string, token: string, from: number): number {
  const k = html.indexOf(token, from);
  return k === -1 ? -1 : k + token.length;
}

/** Index of the `</name` that ends a raw-text element's content (case-insensitive, followed by white space or `>`), or -1. */
function rawTextEnd(html: string, name: string, from: number): number {
  for (let k = html.indexOf('</', from); k !== -1; k = html.indexOf('</', k + 2)) {
    if (html.slice(k + 2, k + 2 + name.length).toLowerCase() === name) {
      const c = html.charCodeAt(k + 2 + name.length);
      if (c === 0x3e || isSpace(c)) return k;
    }
  }
  return -1;
}

/** A start tag at `i` as htmlparser2's tokenizer reads it: name, attributes, end, self-closing slash. */
function readStartTag(html: string, i: number): StartTag {
  const n = html.length;
  let k = i + 1;
  while (k < n && !endsName(html.charCodeAt(k))) k++;
  const name = html.slice(i + 1, k).toLowerCase();
  let attrs: Map<string, string> | null = new Map();
  const selfClosing = false;
  while (k < n) {
    const c = html.charCodeAt(k);
    if (c === 0x3e) return { name, end: k + 1, selfClosing, attrs };
    if (c === 0x2f) {
      // `/` then optional white space then `>` closes the tag as self-closing; anything else starts over.
      let j = k + 1;
      while (j < n && isSpace(html.charCodeAt(j))) j++;
      if (j < n && html.charCodeAt(j) === 0x3e) return { name, end: j + 1, selfClosing: true, attrs };
      k = j;
      continue;
    }
    if (isSpace(c)) {
      k++;
      continue;
    }
    // Attribute name up to `=`, `/`, `>` or white space.
    const nameStart = k;
    while (k < n && html.charCodeAt(k) !== 0x3d && !endsName(html.charCodeAt(k))) k++;
    const attr = html.slice(nameStart, k);
    while (k < n && isSpace(html.charCodeAt(k))) k++;
    let value = '';
    if (k < n && html.charCodeAt(k) === 0x3d) {
      k++;
      while (k < n && isSpace(html.charCodeAt(k))) k++;
      const q = html.charCodeAt(k);
      if (q === 0x22 || q === 0x27) {
        const close = html.indexOf(q === 0x22 ? '"' : "'", k + 1);
        if (close === -1) return { name, end: -1, selfClosing, attrs };
        value = html.slice(k + 1, close);
        k = close + 1;
      } else {
        const start = k;
        while (k < n && html.charCodeAt(k) !== 0x3e && !isSpace(html.charCodeAt(k))) k++;
        value = html.slice(start, k);
      }
    }
    if (attrs !== null) {
      const lower = attr.toLowerCase();
      if (WATCHED.has(lower)) {
        if (lower !== attr || value.includes('&')) attrs = null;
        else if (!attrs.has(attr)) attrs.set(attr, value);
      }
    }
  }
  return { name, end: -1, selfClosing, attrs };
}
