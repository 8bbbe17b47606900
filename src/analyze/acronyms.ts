/**
 * A body's Latin abbreviation in parentheses right after its Arabic name (`الاتحاد الدولي للسباحة
 * (FINA)`، `منظمة الصحة العالمية (WHO)`): Arabic outlets print it so, and it is a mention of the same
 * body. Only after an organization found by other means: an abbreviation after any other phrase may
 * be an index or a measure (`الناتج المحلي الإجمالي (GDP)`).
 */
import type { Span } from '../core/index.js';

/** `(FINA)`، `( NHL )`، `(U.N.)`: two to twelve capitals, dots and & allowed between them. */
const ABBREVIATION_AFTER = /^\s*\(\s*([A-Z](?:[A-Z.&]{0,10}[A-Z])?\.?)\s*\)/;

/** The abbreviations set off in parentheses right after `organizations` (each: where it is in `text`). */
export function abbreviationsAfter(text: string, organizations: readonly Span[]): Span[] {
  const found: Span[] = [];
  for (const o of organizations) {
    const m = ABBREVIATION_AFTER.exec(text.slice(o.end, o.end + 24));
    const abbreviation = m?.[1];
    if (m === null || abbreviation === undefined || abbreviation.replace(/[.&]/g, '').length < 2) continue;
    const start = o.end + m[0].indexOf(abbreviation);
    found.push({ start, end: start + abbreviation.length });
  }
  return found;
}
