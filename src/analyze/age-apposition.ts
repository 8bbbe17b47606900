/**
 * `عمر X ، 25 عاما ،`، `وحيد Y (34 عاما)`، `X Y ,22, طالب`: wire reports give a person's age in apposition
 * right after the name, set off by a comma or a parenthesis. The name words that end right before it are a
 * person, whatever list knows them: an age is said of people only.
 */
import { isStopword } from '../text/index.js';
import { KUNYA_NAME_KEYS } from './lexicon.js';
import { looksImperfect, nameRun } from './names.js';
import { keySet, startAfter, type Tok } from './tokens.js';

const YEAR_KEYS = keySet(['عاما', 'عام', 'سنة']);

export interface AgedName {
  readonly start: number;
  readonly end: number;
}

/** Ages a bare number in apposition may give (`X Y ,22,`); a larger one is a count or a year. */
const MAX_BARE_AGE = 110;

/** The value of a token of up to three digits (ASCII or Arabic-Indic; its key has them in ASCII), NaN for anything else. */
const digitsValue = (t: Tok): number => (/^[0-9\u0660-\u0669]{1,3}$/.test(t.text) ? Number(t.key) : NaN);

/**
 * Token `j` opens an age in apposition: a number set off by a comma or an opening parenthesis, then a word
 * for years; or a bare number of at most `MAX_BARE_AGE` set off on both sides (`X Y ,22, طالب`، `X Y (34)`),
 * the two words before it no measured quantity (no number before them), and in parentheses only in a text
 * that does not number its notes (`numbersNotes`).
 */
function ageAt(toks: readonly Tok[], j: number, notes: () => boolean): boolean {
  const n = toks[j];
  if (n === undefined || n.kind !== 'number' || !/^\s*[،,(]\s*$/.test(n.gap)) return false;
  const after = toks[j + 1];
  if (after !== undefined && /^\s*$/.test(after.gap) && YEAR_KEYS.has(after.key)) return true;
  const value = digitsValue(n);
  const inParens = n.gap.includes('(');
  if (inParens && notes()) return false;
  const closing = inParens ? /^\s*\)/ : /^\s*[،,]/;
  // (`29 درجة ، 50 دقيقة شمالا ، 48 ،`: words measured by a number before them are no name.)
  return value >= 1 && value <= MAX_BARE_AGE && after !== undefined && closing.test(after.gap) && toks[j - 3]?.kind !== 'number';
}

/**
 * `وجواد X ، 23 عاما`: the next name of a list, its given name carrying the conjunction و. The name starts
 * after it when the rest is a name run up to the age and the given name alone is no stopword.
 */
function conjoinedName(toks: readonly Tok[], k: number, j: number): number | null {
  const first = toks[k] as Tok;
  if (!first.key.startsWith('و')) return null;
  const peeled = first.forms.find((f) => f.letters === 1 && f.form.length >= 3);
  if (peeled === undefined || isStopword(peeled.form) || peeled.form.startsWith('ال')) return null;
  const rest = nameRun(toks, k + 1);
  return rest !== null && rest.from === k + 1 && rest.to === j ? startAfter(first, 1) : null;
}

/**
 * `قام بحقه على أكمل وجه (5)،`: a text that marks a note `(1)` numbers its notes, and its bare numbers in
 * parentheses are note marks, no ages (a child of one is never aged by a bare `(1)`).
 */
function numbersNotes(toks: readonly Tok[]): boolean {
  for (let j = 0; j < toks.length; j++) {
    const n = toks[j] as Tok;
    if (n.kind === 'number' && n.key === '1' && /\(\s*$/.test(n.gap) && /^\s*\)/.test(toks[j + 1]?.gap ?? ')')) return true;
  }
  return false;
}

/** The names (two words or three) closed by an age in apposition, earliest start first. */
export function agedNames(toks: readonly Tok[]): AgedName[] {
  const out: AgedName[] = [];
  let numbered: boolean | undefined;
  const notes = (): boolean => (numbered ??= numbersNotes(toks));
  for (let j = 2; j < toks.length; j++) {
    if (!ageAt(toks, j, notes)) continue;
    // Three words only from a listed given name (`محمد صديق خان`); a present verb opens no name (`يرتب X Y، 24 عاما`).
    for (let k = Math.max(0, j - 3); k <= j - 2; k++) {
      const first = toks[k] as Tok;
      if ((k === j - 3 && !KUNYA_NAME_KEYS.has(first.key)) || looksImperfect(first)) continue;
      const run = nameRun(toks, k);
      const start = run !== null && run.from === k && run.to === j ? first.start : k === j - 2 ? conjoinedName(toks, k, j) : null;
      if (start === null) continue;
      out.push({ start, end: (toks[j - 1] as Tok).end });
      break;
    }
  }
  return out;
}
