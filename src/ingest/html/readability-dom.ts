/**
 * Faster versions of two Readability 0.6 helpers over linkedom, with the same results:
 * `_getAllNodesWithTag` (Readability calls `querySelectorAll("a,b")`, which linkedom answers through
 * a CSS selector engine) and `_isProbablyVisible` (reading `node.style` makes linkedom build a
 * style object for every element). They are installed on each Readability instance; the
 * equivalence is checked by test/ingest/readability-dom.test.ts against Readability's own methods.
 */

interface LinkedomElement {
  readonly localName: string;
  readonly firstElementChild: LinkedomElement | null;
  readonly nextElementSibling: LinkedomElement | null;
  readonly parentNode: LinkedomElement | null;
  readonly className: unknown;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
}

/** Descendant elements of `root` whose tag is one of `tagNames`, in document order; `<template>` content is not entered (as linkedom's `querySelectorAll`). */
export function elementsWithTag(root: LinkedomElement, tagNames: readonly string[]): LinkedomElement[] {
  const wanted = new Set(tagNames.map((t) => t.toLowerCase()));
  // Parsed elements have lower-case names, elements Readability creates keep its upper-case ones:
  // a name is lower-cased only when its length could match.
  const lengths = new Set([...wanted].map((t) => t.length));
  const out: LinkedomElement[] = [];
  let el = root.firstElementChild;
  while (el !== null) {
    const name = el.localName;
    if (wanted.has(name) || (lengths.has(name.length) && wanted.has(name.toLowerCase()))) out.push(el);
    const down = name.length === 8 && name.toLowerCase() === 'template' ? null : el.firstElementChild;
    if (down !== null) {
      el = down;
      continue;
    }
    // Next element after `el`'s subtree, without leaving `root`.
    let up: LinkedomElement | null = el;
    el = null;
    while (up !== null && up !== root) {
      const next: LinkedomElement | null = up.nextElementSibling;
      if (next !== null) {
        el = next;
        break;
      }
      up = up.parentNode;
    }
  }
  return out;
}

/** The value linkedom's `style[property]` reports for an inline `style` attribute (last declaration wins). */
export function inlineStyle(style: string | null, property: string): string | undefined {
  if (style === null) return undefined;
  let value: string | undefined;
  for (const rule of style.split(/\s*;\s*/)) {
    const colon = rule.indexOf(':');
    if (colon === -1) continue;
    const key = rule.slice(0, colon).trim();
    const v = rule.slice(colon + 1).trim();
    if (key === property && v !== '') value = v;
  }
  return value;
}

/** Readability's `_isProbablyVisible`, reading the `style` attribute instead of `node.style`. */
export function probablyVisible(node: LinkedomElement): boolean {
  const style = node.getAttribute('style');
  return (
    inlineStyle(style, 'display') !== 'none' &&
    inlineStyle(style, 'visibility') !== 'hidden' &&
    !node.hasAttribute('hidden') &&
    (!node.hasAttribute('aria-hidden') ||
      node.getAttribute('aria-hidden') !== 'true' ||
      (typeof node.className === 'string' && node.className.includes('fallback-image')))
  );
}

interface ReadabilityInternals {
  readonly REGEXPS: { readonly byline: RegExp };
  readonly _doc: NodeMaker;
}

/**
 * Readability's `_isValidByline`, reading the node's text only when its attributes or class name
 * make it a byline candidate (Readability reads the text of every node it walks first, while no
 * byline is known).
 */
export function validByline(byline: RegExp, node: LinkedomElement & { readonly textContent: string | null }, matchString: string): boolean {
  const itemprop = node.getAttribute('itemprop');
  if (!(node.getAttribute('rel') === 'author' || (itemprop !== null && itemprop.includes('author')) || byline.test(matchString))) return false;
  const length = (node.textContent ?? '').trim().length;
  return length > 0 && length < 100;
}

/** The part of linkedom's node API that `javascriptLinksToText` uses. */
interface MutableNode {
  readonly nodeType: number;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<MutableNode>;
  readonly firstChild: MutableNode | null;
  readonly parentNode: MutableNode | null;
  appendChild(node: MutableNode): void;
  replaceChild(node: MutableNode, old: MutableNode): void;
}
interface NodeMaker {
  createTextNode(text: string): MutableNode;
  createElement(name: string): MutableNode;
}

/**
 * Readability's `_fixRelativeUris` without the URL resolution: only the text and class names of the
 * article are read here, and absolute URLs change neither. Replacing `javascript:` links with their
 * content does change what counts as link text, so that part is kept as Readability does it.
 */
export function javascriptLinksToText(doc: NodeMaker, root: LinkedomElement): void {
  for (const el of elementsWithTag(root, ['a'])) {
    const href = el.getAttribute('href');
    if (!href?.startsWith('javascript:')) continue;
    const link = el as unknown as MutableNode;
    const kids = link.childNodes;
    if (kids.length === 1 && kids[0]!.nodeType === 3) {
      link.parentNode!.replaceChild(doc.createTextNode(link.textContent ?? ''), link);
    } else {
      const container = doc.createElement('span');
      while (link.firstChild !== null) container.appendChild(link.firstChild);
      link.parentNode!.replaceChild(container, link);
    }
  }
}

/** Install the faster helpers on a Readability instance. */
export function speedUp(reader: object): void {
  const r = reader as ReadabilityInternals;
  Object.assign(reader, {
    _getAllNodesWithTag: (node: LinkedomElement, tagNames: readonly string[]) => elementsWithTag(node, tagNames),
    _isProbablyVisible: probablyVisible,
    _isValidByline: (node: LinkedomElement & { readonly textContent: string | null }, matchString: string) => validByline(r.REGEXPS.byline, node, matchString),
    _fixRelativeUris: (root: LinkedomElement) => javascriptLinksToText(r._doc, root),
  });
}
