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
 * Scripts (except JSON-LD), styles, inline SVG and comments never hold article text but are often
 * most of a page's bytes: cutting them before parsing makes parsing several times faster.
 */
export const stripInert = (html: string): string =>
  html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, '')
    .replace(/<svg\b[^>]*>[\s\S]*?<\/svg\s*>/gi, '');

export function parseDocument(html: string): DomDocument {
  const inert = stripInert(html);
  // linkedom needs a root element to build <html>/<body> around fragments.
  const source = /<html[\s>]/i.test(inert) ? inert : `<!doctype html><html><head></head><body>${inert}</body></html>`;
  return parseHTML(source).document as unknown as DomDocument;
}
