import { Readability } from '@mozilla/readability';
import type { Removed } from '../../core/index.js';
import { blocks, blockTexts } from './blocks.js';
import { DEFAULT_BLOCK_FILTER, keepBlock, type BlockFilterOptions } from './filter.js';
import { parseDocument, parseStripped, stripInert, type DomDocument, type DomNode } from './dom.js';
import { pageMetadata, type PageMeta } from './metadata.js';
import { speedUp } from './readability-dom.js';

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
  /** Post-processing of Readability's blocks. */
  readonly filter: BlockFilterOptions;
}

export const DEFAULT_HTML_OPTIONS: HtmlOptions = { charThreshold: 500, maxElements: 60_000, filter: DEFAULT_BLOCK_FILTER };

/** Main content of a page: Mozilla Readability over linkedom, with JSON-LD `articleBody` and body text as fallbacks. */
export function extractMain(html: string, options: HtmlOptions = DEFAULT_HTML_OPTIONS): HtmlExtraction {
  const inert = stripInert(html);
  const doc = parseStripped(inert);
  const meta = pageMetadata(doc);
  const article = countTags(inert) > options.maxElements ? null : readability(doc, options);
  if (article !== null && article.paragraphs.length > 0) return { ...article, meta, via: 'readability' };
  if (meta.articleBody !== null) return { paragraphs: meta.articleBody.split(/\n+/).map((p) => p.trim()).filter((p) => p !== ''), meta, via: 'json-ld', removed: [] };
  const fresh = parseDocument(html);
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

function readability(doc: DomDocument, options: HtmlOptions): { paragraphs: string[]; removed: Removed[] } | null {
  try {
    // keepClasses: the block filters read caption and credit class names, which Readability would strip (and stripping them costs time).
    const reader = new Readability<DomNode>(doc as never, { charThreshold: options.charThreshold, keepClasses: true, serializer: (node) => node as unknown as DomNode });
    speedUp(reader);
    const parsed = reader.parse();
    if (!parsed?.content) return null;
    const paragraphs: string[] = [];
    const removed: Removed[] = [];
    for (const b of blocks(parsed.content)) {
      if (keepBlock(b, options.filter)) paragraphs.push(b.text);
      else removed.push({ text: b.text, reason: b.caption ? 'caption' : 'html-boilerplate' });
    }
    return { paragraphs, removed };
  } catch {
    // Readability throws on some malformed trees; the fallbacks handle those pages.
    return null;
  }
}
