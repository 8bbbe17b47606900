/** Key terms of a character range of a text, from its token view (the disagreement windows ask many overlapping ranges). */
import { keyTerms } from '../text/index.js';
import { firstEndingAfter } from './search.js';
import type { Tok } from './tokens.js';

/**
 * `keyTerms` of `text.slice(from, to)`, read from the text's own tokens: a word token inside the
 * range gives its term (looked up once per token), a token cut by an end the term of its cut part —
 * the same terms in the same order as tokenizing the slice again.
 */
export function rangeTerms(text: string, toks: readonly Tok[], cache: (string | null | undefined)[], from: number, to: number): string[] {
  const out: string[] = [];
  for (let k = firstEndingAfter(toks, from); k < toks.length && (toks[k] as Tok).start < to; k++) {
    const t = toks[k] as Tok;
    if (t.start >= from && t.end <= to) {
      let term = cache[k];
      if (term === undefined) {
        term = t.kind === 'number' ? null : (keyTerms(t.text)[0] ?? null);
        cache[k] = term;
      }
      if (term !== null) out.push(term);
    } else out.push(...keyTerms(text.slice(Math.max(from, t.start), Math.min(to, t.end))));
  }
  return out;
}
