import { ELEMENT_NODE, TEXT_NODE, type DomElement, type DomNode } from './dom.js';

/** Elements that end a paragraph of text. */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5',
  'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT']);

/** The text of an element as paragraphs: block elements break lines, inline runs are joined, spaces collapsed. */
export function blockTexts(root: DomNode, skip: (el: DomElement) => boolean = () => false): string[] {
  const out: string[] = [];
  let current = '';
  const flush = (): void => {
    const t = current.replace(/\s+/g, ' ').trim();
    if (t !== '') out.push(t);
    current = '';
  };
  const walk = (node: DomNode, depth: number): void => {
    if (node.nodeType === TEXT_NODE) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name) || skip(node as DomElement)) return;
    const block = BLOCK.has(name);
    if (block) flush();
    // Deeply nested markup is walked with an explicit limit instead of unbounded recursion.
    if (depth < 2000) {
      const kids = node.childNodes;
      for (let i = 0; i < kids.length; i++) walk(kids[i]!, depth + 1);
    } else current += node.textContent ?? '';
    if (block) flush();
  };
  walk(root, 0);
  flush();
  return out;
}
