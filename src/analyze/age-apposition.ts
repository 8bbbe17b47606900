/**
 * `عمر X ، 25 عاما ،`، `وحيد Y (34 عاما)`: wire reports give a person's age in apposition right after the
 * name, set off by a comma or a parenthesis. The name words that end right before it are a person,
 * whatever list knows them: an age is said of people only.
 */
import { KUNYA_NAME_KEYS } from './lexicon.js';
import { looksImperfect, nameRun } from './names.js';
import { keySet, type Tok } from './tokens.js';

const YEAR_KEYS = keySet(['عاما', 'عام', 'سنة']);

export interface AgedName {
  readonly start: number;
  readonly end: number;
}

/** Token `j` opens an age in apposition: a number set off by a comma or an opening parenthesis, then a word for years. */
function ageAt(toks: readonly Tok[], j: number): boolean {
  const n = toks[j];
  const years = toks[j + 1];
  return n !== undefined && n.kind === 'number' && /^\s*[،,(]\s*$/.test(n.gap) && years !== undefined && /^\s*$/.test(years.gap) && YEAR_KEYS.has(years.key);
}

/** The names (two words or three) closed by an age in apposition, earliest start first. */
export function agedNames(toks: readonly Tok[]): AgedName[] {
  const out: AgedName[] = [];
  for (let j = 2; j < toks.length; j++) {
    if (!ageAt(toks, j)) continue;
    // Three words only from a listed given name (`محمد صديق خان`); a present verb opens no name (`يرتب X Y، 24 عاما`).
    for (let k = Math.max(0, j - 3); k <= j - 2; k++) {
      const first = toks[k] as Tok;
      if ((k === j - 3 && !KUNYA_NAME_KEYS.has(first.key)) || looksImperfect(first)) continue;
      const run = nameRun(toks, k);
      if (run === null || run.from !== k || run.to !== j) continue;
      out.push({ start: first.start, end: (toks[j - 1] as Tok).end });
      break;
    }
  }
  return out;
}
