/** Name comparison on key text: compact form (no spaces, hyphens or article) and bounded edit distance. */

/** Key text with spaces and hyphens removed: جان-ايف لودريان and جان ايف لو دريان meet. */
export const compact = (k: string): string => (/[\s\-‐‑]/.test(k) ? k.replace(/[\s\-‐‑]+/g, '') : k);

/** Levenshtein distance, giving up (returning max + 1) once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length] as number;
}

/** Edits tolerated between two compact names of this length: none below 6 letters, 1 up to 9, 2 above. */
export const tolerance = (length: number): number => (length < 6 ? 0 : length < 10 ? 1 : 2);

/** Same name up to spelling: equal compact forms, or within the tolerance of the shorter. */
export function sameName(a: string, b: string): boolean {
  const ca = compact(a);
  const cb = compact(b);
  if (ca === cb) return true;
  return editDistance(ca, cb, tolerance(Math.min(ca.length, cb.length))) <= tolerance(Math.min(ca.length, cb.length));
}
