/**
 * Key terms and key forms of a character range of a text, from its token view (the disagreement
 * windows ask many overlapping ranges of the same text).
 */
import { keyTerms, keyTokens } from '../text/index.js';
import { firstEndingAfter } from './search.js';
import { spellingTerm, type Tok } from './tokens.js';

/**
 * `keyTerms` of `text.slice(from, to)`, read from the text's own tokens: a word token inside the
 * range gives its term (kept per spelling), a token cut by an end the terms of its cut part — the
 * same terms in the same order as tokenizing the slice again.
 */
export function rangeTerms(text: string, toks: readonly Tok[], from: number, to: number): string[] {
  const out: string[] = [];
  for (let k = firstEndingAfter(toks, from); k < toks.length && (toks[k] as Tok).start < to; k++) {
    const t = toks[k] as Tok;
    if (t.start >= from && t.end <= to) {
      const term = spellingTerm(t);
      if (term !== null) out.push(term);
    } else out.push(...keyTerms(text.slice(Math.max(from, t.start), Math.min(to, t.end))));
  }
  return out;
}

/** `keyTokens(text.slice(from, to))` read the same way: each whole token's key, a cut token's keys re-read. */
export function rangeKeys(text: string, toks: readonly Tok[], from: number, to: number): string[] {
  const out: string[] = [];
  for (let k = firstEndingAfter(toks, from); k < toks.length && (toks[k] as Tok).start < to; k++) {
    const t = toks[k] as Tok;
    if (t.start >= from && t.end <= to) out.push(t.key);
    else out.push(...keyTokens(text.slice(Math.max(from, t.start), Math.min(to, t.end))));
  }
  return out;
}
