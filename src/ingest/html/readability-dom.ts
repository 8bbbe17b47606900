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
  const out: LinkedomElement[] = [];
  let el = root.firstElementChild;
  while (el !== null) {
    const name = el.localName.toLowerCase();
    if (wanted.has(name)) out.push(el);
    const down = name === 'template' ? null : el.firstElementChild;
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

/** Install the faster helpers on a Readability instance. */
export function speedUp(reader: object): void {
  Object.assign(reader, {
    _getAllNodesWithTag: (node: LinkedomElement, tagNames: readonly string[]) => elementsWithTag(node, tagNames),
    _isProbablyVisible: probablyVisible,
  });
}
