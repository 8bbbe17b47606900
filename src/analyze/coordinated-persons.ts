/**
 * Persons listed after a person: `محمد صديق خان وتنوير شيزهاد وجيرمين ليندسي،`، `المغنين أنجيلا سيميليا وديدا
 * دراجان سيشاركون`. Items joined by و in a list are of one kind, so name words joined by و to a person
 * found, and closing the list (or going on with و), are a person too, though no list knows them.
 */
import type { Span } from '../core/index.js';
import { matchGazetteer } from './gazetteer.js';
import { isStop, TEMPORAL_KEYS } from './lexicon.js';
import { looksImperfect } from './names.js';
import { plainUnlistedWord } from './person-apposition.js';
import { firstFrom } from './search.js';
import { joined, startAfter, type Tok } from './tokens.js';

/** A word (key `k`: the token's key, or its form without و) that may be a name's in a list. */
function listNameWord(t: Tok, k: string): boolean {
  if (k.length < 3 || /^[يت]..+/.test(k) || !plainUnlistedWord(t, k)) return false;
  // (a noun with a pronoun, a feminine or sound plural, a feminine noun: `وزوجته`، `ومساعديه`، `ومطالبات`)
  return !/(يه|ات|ون|ين)$/.test(k) && !t.text.endsWith('ة');
}

/** What closes a list's item: punctuation, the end, a stopword, a present or future verb or a time word (`سيشاركون`، `في`). */
const closesItem = (t: Tok | undefined): boolean => t === undefined || !joined(t) || isStop(t) || looksImperfect(t) || /^س[يت]/.test(t.key) || TEMPORAL_KEYS.has(t.key);

/**
 * The persons listed by و after the persons `found` (by start): an item is one to three name words, the
 * first carrying و, closed by a boundary or by the next item's و; a one-word item only before punctuation
 * or another item. The list goes on from each item found.
 */
export function coordinatedPersons(toks: readonly Tok[], found: readonly Span[]): Span[] {
  const out: Span[] = [];
  const queue = found.map((p) => firstFrom(toks, p.end));
  const seen = new Set<number>(queue);
  while (queue.length > 0) {
    const j = queue.pop() as number;
    const t = toks[j];
    if (t === undefined || !joined(t) || !t.key.startsWith('و')) continue;
    const form = t.forms.find((f) => f.letters === 1);
    if (form === undefined || !listNameWord(t, form.form) || matchGazetteer(toks, j) !== null) continue;
    let to = j + 1;
    while (to < toks.length && to - j < 3 && joined(toks[to] as Tok) && !(toks[to] as Tok).key.startsWith('و') && listNameWord(toks[to] as Tok, (toks[to] as Tok).key)) to++;
    const after = toks[to];
    const nextItem = after !== undefined && joined(after) && after.key.startsWith('و');
    if (to === j + 1 ? !(after === undefined || !joined(after) || nextItem) : !(closesItem(after) || nextItem)) continue;
    out.push({ start: startAfter(t, 1), end: (toks[to - 1] as Tok).end });
    if (!seen.has(to)) {
      seen.add(to);
      queue.push(to);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
