import { Readability } from '@mozilla/readability';
import type { Removed } from '../../core/index.js';
import { blocks, blockTexts } from './blocks.js';
import { DEFAULT_BLOCK_FILTER, keepBlock, type BlockFilterOptions } from './filter.js';
import { asDocument, parseStripped, stripInert, type DomDocument, type DomElement, type DomNode } from './dom.js';
import { pageMetadata, type PageMeta } from './metadata.js';
import { capNesting } from './nesting.js';
import { speedUp } from './readability-dom.js';
import { cutUnlikely } from './unlikely.js';

export interface HtmlExtraction {
  /** Paragraphs of the main content, before any language-specific clean-up. */
  readonly paragraphs: readonly string[];
  readonly meta: PageMeta;
  /** Which route produced the paragraphs. */
  readonly via: 'readability' | 'json-ld' | 'body';
  /** Blocks of Readability's output dropped by the block filters: `caption`, or `html-boilerplate` for link-dense blocks. */
  readonly removed: readonly Removed[];
}

/** Tunables of HTML extraction. Defaults in `DEFAULT_HTML_OPTIONS`. */
export interface HtmlOptions {
  /** Readability's minimum article length in characters. Default 500; 0–10,000. */
  readonly charThreshold: number;
  /** Pages with more elements than this are not given to Readability (body text is used). Default 60,000. */
  readonly maxElements: number;
  /**
   * Cut the elements Readability's first attempt removes as unlikely candidates before parsing
   * (html/unlikely.ts): same output on the benchmark pages, a fifth less markup to parse. Default true;
   * false parses the whole page (for comparison).
   */
  readonly cutUnlikely: boolean;
  /** Post-processing of Readability's blocks. */
  readonly filter: BlockFilterOptions;
  /**
   * Deepest element nesting parsed; deeper start tags are dropped, their text kept (html/nesting.ts).
   * The parser costs depth² and Readability about depth³ (a 500-deep page took 2.6 s, 250-deep 0.55 s);
   * the 181 benchmark pages nest at most 51 deep (median 15). Default 256; 50–100,000.
   */
  readonly maxDepth: number;
}

export const DEFAULT_HTML_OPTIONS: HtmlOptions = { charThreshold: 500, maxElements: 60_000, cutUnlikely: true, filter: DEFAULT_BLOCK_FILTER, maxDepth: 256 };

/** Main content of a page: Mozilla Readability over linkedom, with JSON-LD `articleBody` and body text as fallbacks. */
export function extractMain(html: string, options: HtmlOptions = DEFAULT_HTML_OPTIONS): HtmlExtraction {
  const inert = capNesting(stripInert(html), options.maxDepth);
  const tooLarge = countTags(inert) > options.maxElements;
  const doc = parseStripped(tooLarge || !options.cutUnlikely ? inert : cutUnlikely(asDocument(inert)));
  const meta = pageMetadata(doc);
  const article = tooLarge ? null : readability(doc, inert, options);
  if (article !== null && article.paragraphs.length > 0) return { ...article, meta, via: 'readability' };
  if (meta.articleBody !== null) return { paragraphs: meta.articleBody.split(/\n+/).map((p) => p.trim()).filter((p) => p !== ''), meta, via: 'json-ld', removed: [] };
  const fresh = parseStripped(inert);
  return { paragraphs: fresh.body ? blockTexts(fresh.body) : [], meta, via: 'body', removed: [] };
}

/** Start tags in the markup: the element count without walking the tree. */
function countTags(html: string): number {
  let n = 0;
  for (let i = html.indexOf('<'); i !== -1; i = html.indexOf('<', i + 1)) {
    const c = html.charCodeAt(i + 1) | 0x20;
    if (c >= 0x61 && c <= 0x7a) n++;
  }
  return n;
}

/** Thrown from Readability's first attempt when it would retry (see `firstAttemptOnly`). */
const RETRY: unique symbol = Symbol('retry');

/** Readability's state that its retries carry over from the first attempt. */
interface ReadabilityState {
  _flags: number;
  _attempts: unknown[];
  _articleByline: unknown;
  readonly FLAG_WEIGHT_CLASSES: number;
  readonly FLAG_CLEAN_CONDITIONALLY: number;
  _removeFlag(flag: number): void;
}

/** What a failed first attempt leaves: its result (Readability keeps the longest attempt) and the byline it found. */
interface FirstAttempt {
  readonly attempts: readonly unknown[];
  readonly byline: unknown;
}

type Extracted = { paragraphs: string[]; removed: Removed[] } | null;

/**
 * Readability's first attempt on `doc` (unlikely candidates already cut); when it finds too little
 * text, Readability's retries on the whole page, exactly as if nothing had been cut: the page is
 * parsed again and Readability resumes at its second attempt with the first attempt's result.
 */
function readability(doc: DomDocument, inert: string, options: HtmlOptions): Extracted {
  const first = run(doc, options, null);
  if (!isFirstAttempt(first)) return first;
  const rest = run(parseStripped(inert), options, first);
  return isFirstAttempt(rest) ? null : rest;
}

const isFirstAttempt = (x: Extracted | FirstAttempt): x is FirstAttempt => x !== null && 'attempts' in x;

function run(doc: DomDocument, options: HtmlOptions, resume: FirstAttempt | null): Extracted | FirstAttempt {
  // keepClasses: the block filters read caption and credit class names, which Readability would strip (and stripping them costs time).
  const reader = new Readability<DomNode>(doc as never, { charThreshold: options.charThreshold, keepClasses: true, serializer: (node) => node as unknown as DomNode });
  speedUp(reader);
  const state = reader as unknown as ReadabilityState;
  if (resume === null) {
    if (doc.body !== null) firstAttemptOnly(doc.body, state);
  } else {
    state._flags = state.FLAG_WEIGHT_CLASSES | state.FLAG_CLEAN_CONDITIONALLY;
    state._attempts = [...resume.attempts];
    state._articleByline = resume.byline;
  }
  try {
    const parsed = reader.parse();
    if (!parsed?.content) return null;
    const paragraphs: string[] = [];
    const removed: Removed[] = [];
    for (const b of blocks(parsed.content)) {
      if (keepBlock(b, options.filter)) paragraphs.push(b.text);
      else removed.push({ text: b.text, reason: b.caption ? 'caption' : 'html-boilerplate' });
    }
    return { paragraphs, removed };
  } catch (e) {
    if (e === RETRY) return { attempts: [...state._attempts], byline: state._articleByline };
    // Readability throws on some malformed trees; the fallbacks handle those pages.
    return null;
  }
}

/**
 * Readability serializes the whole body before its first attempt (`page.innerHTML`) and restores it
 * from that copy before each retry. Here the copy is not made and the restore does nothing; the
 * attempt stops where Readability would lower its first flag, after recording its result.
 */
function firstAttemptOnly(body: DomElement, state: ReadabilityState): void {
  Object.defineProperty(body, 'innerHTML', { configurable: true, get: () => '', set: () => undefined });
  state._removeFlag = () => {
    throw RETRY;
  };
}
