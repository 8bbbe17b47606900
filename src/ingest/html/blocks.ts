import { ELEMENT_NODE, TEXT_NODE, type DomElement, type DomNode } from './dom.js';

/** Elements that end a paragraph of text. */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5',
  'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT']);

/** One paragraph of a page with what the markup says about it. */
export interface Block {
  readonly text: string;
  /** Characters of the text inside links. */
  readonly linkChars: number;
  /** Inside a `<figcaption>` (or an element whose class names a caption or credit). */
  readonly caption: boolean;
}

const CAPTION_CLASS = /(^|[\s_-])(caption|credit|wp-caption-text|image-credit|photo-credit)([\s_-]|$)/i;

/** The text of an element as blocks: block elements break lines, inline runs are joined, spaces collapsed. */
export function blocks(root: DomNode): Block[] {
  const out: Block[] = [];
  let current = '';
  let linkChars = 0;
  let caption = false;
  const flush = (): void => {
    const raw = current.replace(/\s+/g, ' ');
    const text = raw.trim();
    if (text !== '') out.push({ text, linkChars: Math.min(linkChars, text.length), caption });
    current = '';
    linkChars = 0;
    caption = false;
  };
  const walk = (node: DomNode, depth: number, inLink: boolean, inCaption: boolean): void => {
    if (node.nodeType === TEXT_NODE) {
      const t = node.textContent ?? '';
      current += t;
      if (inLink) linkChars += t.replace(/\s+/g, ' ').trim().length;
      if (inCaption && t.trim() !== '') caption = true;
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    const el = node as DomElement;
    const block = BLOCK.has(name);
    const nowCaption = inCaption || name === 'FIGCAPTION' || CAPTION_CLASS.test(el.getAttribute('class') ?? '');
    if (block) flush();
    // Deeply nested markup is walked with an explicit limit instead of unbounded recursion.
    if (depth < 2000) {
      const kids = node.childNodes;
      for (let i = 0; i < kids.length; i++) walk(kids[i]!, depth + 1, inLink || name === 'A', nowCaption);
    } else current += node.textContent ?? '';
    if (block) flush();
  };
  walk(root, 0, false, false);
  flush();
  return out;
}

/** Plain paragraphs of an element. */
export const blockTexts = (root: DomNode): string[] => blocks(root).map((b) => b.text);
