/** Elements without content, and elements whose start tag closes an open one of their kind: neither deepens the tree. */
const FLAT = new Set(
  'area base br col embed hr img input link meta param source track wbr p li dt dd tr td th option optgroup rb rt rp tbody thead tfoot colgroup caption'.split(' '),
);

const TAG = /<(\/?)([a-zA-Z][\w-]*)[^<>]*>/g;

/**
 * Markup with element nesting kept to `maxDepth`: a start tag that would open an element deeper is
 * dropped, its text kept, and the next end tag of its name with it (so `<div>`×10,000 … `</div>`×10,000
 * keeps `maxDepth` balanced pairs; unmatched end tags made the parse slow again). The HTML parser
 * keeps its stack of open elements with `unshift`, so n unclosed elements cost n²/2 moves: 200,000
 * unclosed `<b>` in a 600 KB page took 42 s. Markup within the limit comes back unchanged (the same string).
 */
export function capNesting(html: string, maxDepth: number): string {
  if (deepest(html) <= maxDepth) return html;
  let depth = 0;
  /** Start tags dropped, by element name: as many end tags of that name are dropped with them. */
  const dropped = new Map<string, number>();
  return html.replace(TAG, (tag: string, close: string, name: string) => {
    const n = name.toLowerCase();
    if (FLAT.has(n) || tag.endsWith('/>')) return tag;
    if (close !== '') {
      const owed = dropped.get(n) ?? 0;
      if (owed > 0) {
        dropped.set(n, owed - 1);
        return '';
      }
      depth = Math.max(0, depth - 1);
      return tag;
    }
    if (depth >= maxDepth) {
      dropped.set(n, (dropped.get(n) ?? 0) + 1);
      return '';
    }
    depth++;
    return tag;
  });
}

/** The deepest nesting of the markup's elements, counted as `capNesting` counts it. */
function deepest(html: string): number {
  let depth = 0;
  let max = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m !== null; m = TAG.exec(html)) {
    if (FLAT.has(m[2]!.toLowerCase()) || m[0].endsWith('/>')) continue;
    depth = m[1] === '' ? depth + 1 : Math.max(0, depth - 1);
    if (depth > max) max = depth;
  }
  return max;
}
